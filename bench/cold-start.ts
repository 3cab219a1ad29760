// `npx tsx bench/cold-start.ts [--runs 5] [-- COMMAND…]`: milliseconds from spawning the server to
// its first answered `{ __typename }` over HTTP, on a temporary database with the seeds. "first" is a
// start on an empty database (the seeds are extracted and ingested); "restart" is the next start on
// that database (the seeds are already stored). The command defaults to `node dist/server/main.js`
// (run `npm run build` first); `-- node --import tsx src/server/main.ts` measures the source.
// Beside the wall time, the CPU time the server used until it answered (from /proc, where there is
// one): on a busy machine the wall time grows with the load, the CPU time hardly.
// The last line is one JSON object with every run and the medians.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function parseArgs(argv: readonly string[]): { runs: number; command: string[] } {
  const dashes = argv.indexOf("--");
  const own = dashes >= 0 ? argv.slice(0, dashes) : argv;
  const runsAt = own.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(own[runsAt + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError("--runs must be a positive integer");
  const command = dashes >= 0 ? argv.slice(dashes + 1) : ["node", "dist/server/main.js"];
  if (command.length === 0) throw new RangeError("no command after --");
  return { runs, command };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** User plus system CPU milliseconds a process has used so far (Linux clock ticks of 10 ms); NaN without /proc. */
function cpuMsOf(pid: number): number {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return Number.NaN;
  const fields = readFileSync(stat, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Starts the command on `db`, polls POST /graphql until `{ __typename }` answers; wall and CPU ms, and a stop function. */
async function timeToFirstAnswer(command: string[], db: string): Promise<{ ms: number; cpuMs: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const started = performance.now();
  const [file, ...args] = command;
  const child = spawn(file === "node" ? process.execPath : file!, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, NEO4J_URI: "", PARLEY_DB: db, PARLEY_LOAD_SEEDS: "true", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));
  const stop = async (): Promise<void> => {
    child.kill("SIGTERM");
    await exited;
  };
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = started + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before answering`);
    const answered = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' }).then(
      async (r) => r.ok && ((await r.json()) as { data?: { __typename?: string } }).data?.__typename === "Query",
      () => false,
    );
    if (answered) return { ms: Math.round(performance.now() - started), cpuMs: cpuMsOf(child.pid!), stop };
    if (performance.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("no answer within 60 s");
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function main(): Promise<void> {
  const { runs, command } = parseArgs(process.argv.slice(2));
  const first: number[] = [];
  const restart: number[] = [];
  const firstCpu: number[] = [];
  const restartCpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), "parley-cold-start-"));
    try {
      const db = join(dir, "parley.db");
      const cold = await timeToFirstAnswer(command, db);
      await cold.stop();
      const warm = await timeToFirstAnswer(command, db);
      await warm.stop();
      first.push(cold.ms);
      restart.push(warm.ms);
      firstCpu.push(cold.cpuMs);
      restartCpu.push(warm.cpuMs);
      console.log(`run ${run + 1}: first start ${cold.ms} ms (CPU ${cold.cpuMs} ms), restart ${warm.ms} ms (CPU ${warm.cpuMs} ms)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    JSON.stringify({
      command: command.join(" "),
      runs,
      loadAverage: loadavg()[0],
      firstMs: first,
      restartMs: restart,
      firstMedianMs: median(first),
      restartMedianMs: median(restart),
      firstCpuMedianMs: median(firstCpu),
      restartCpuMedianMs: median(restartCpu),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
