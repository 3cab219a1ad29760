// Monaco's language workers, built by scripts/build-web.ts as separate files under /assets/workers/:
// served by Parley itself, so the editor works offline and under a same-origin content policy.
const WORKER_URLS: Record<string, string> = {
  json: "/assets/workers/json.worker.js",
  graphql: "/assets/workers/graphql.worker.js",
};

(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return new Worker(WORKER_URLS[label] ?? "/assets/workers/editor.worker.js");
  },
};
