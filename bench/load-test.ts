// `npm run load`: 60 s of mixed load on loopback; exits non-zero on any failed request.
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { extractArticle } from "../src/extract/pipeline.js";
import { createParleyServer } from "../src/server/create-server.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BBC = resolve(REPO_ROOT, "..", "shared", "corpus", "bbc-news");

export interface LoadOptions {
  durationSeconds: number;
  /** Concurrent autocannon connections. @default 8 */
  connections?: number;
  /** Also run `parley ingest` of the BBC corpus into the same database file (a second writer process). @default false */
  cliWriter?: boolean;
}

export interface LoadFigures {
  durationSeconds: number;
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 200 responses that carried GraphQL errors. */
  graphqlErrors: number;
  /** Responses whose body mentions SQLITE_BUSY or "database is locked". */
  busy: number;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  /** Articles the ingest loop sent through the API, and how many of those failed. */
  apiIngests: number;
  apiIngestFailures: number;
  /** Articles the second writer (CLI) added; -1 when it did not run. */
  cliAdded: number;
  failures: string[];
}

/** Query mix written for this benchmark: lookups, search, paging, contacts, stats. */
const QUERIES = [
  `{ stats { articles events entitiesByKind { kind count } } }`,
  `{ person(name: "Putin") { id name events { type date { value } } } }`,
  `{ search(query: "minister") { __typename } }`,
  `{ events(first: 10, orderBy: DATE_DESC) { totalCount edges { node { id type summary participants { entity { name } } } } } }`,
  `{ articles(first: 5) { totalCount edges { node { id title } } } }`,
  `{ contacts(between: ["person:donald-trump", "person:vladimir-putin"]) { id type } }`,
];

/** Articles for the ingest loop: the BBC corpus when present, else generated variants of one text. */
function articleTexts(): { title: string; text: string }[] {
  const out: { title: string; text: string }[] = [];
  if (existsSync(BBC)) {
    for (const topic of ["politics", "world", "business"].filter((t) => existsSync(join(BBC, t)))) {
      for (const name of readdirSync(join(BBC, topic)).sort()) {
        const [title = "", ...body] = readFileSync(join(BBC, topic, name), "utf8").split("\n");
        out.push({ title: title.trim(), text: body.join("\n").trim() });
      }
    }
  }
  if (out.length > 0) return out;
  return Array.from({ length: 5000 }, (_, i) => ({
    title: `Talks ${i}`,
    text: `US President Donald Trump and Russian President Vladimir Putin spoke by telephone on Tuesday, report ${i} said. The two leaders discussed a ceasefire in Ukraine during call number ${i}.`,
  }));
}

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { status } }`;

/** Stored before the load: the people the query mix names by id. */
const SEED_ARTICLE = "US President Donald Trump and Russian President Vladimir Putin spoke by telephone on Monday about a ceasefire, officials said.";

/** Starts a server on port 0 over a temp database, runs the mixed load, and returns the figures. */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const dir = await mkdtemp(join(tmpdir(), "parley-load-"));
  const dbPath = join(dir, "parley.db");
  const store = await openSqliteStore({ path: dbPath });
  // The query mix names Donald Trump and Vladimir Putin by id: unknown ids are NOT_FOUND answers, so they are stored before the load starts.
  await store.ingestArticle(extractArticle({ text: SEED_ARTICLE, publishedAt: "2025-03-18", title: "Leaders' call" }));
  const server = await createParleyServer({ store, extract: extractArticle, environment: "production" });
  const { port } = await server.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}/graphql`;
  const failures: string[] = [];
  let graphqlErrors = 0;
  let busy = 0;
  let child: ChildProcess | undefined;
  let cliAdded = -1;
  try {
    const texts = articleTexts();
    let running = true;
    let apiIngests = 0;
    let apiIngestFailures = 0;
    const ingestLoop = (async () => {
      for (let i = 0; running; i++) {
        const article = texts[i % texts.length]!;
        const input = { ...article, publishedAt: "2025-03-19", ...(i >= texts.length ? { text: `${article.text}\n\nUpdate ${i}.` } : {}) };
        try {
          const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: INGEST, variables: { input } }) });
          const body = await response.text();
          apiIngests += 1;
          const rejectedInput = /"code":"BAD_USER_INPUT"/.test(body);
          if (response.status !== 200 || (/"errors"/.test(body) && !rejectedInput)) {
            apiIngestFailures += 1;
            if (failures.length < 20) failures.push(`ingest ${i}: HTTP ${response.status} ${body.slice(0, 200)}`);
          }
          if (/SQLITE_BUSY|database is locked/i.test(body)) busy += 1;
        } catch (error) {
          apiIngestFailures += 1;
          if (failures.length < 20) failures.push(`ingest ${i}: ${String(error)}`);
        }
      }
    })();

    let stopSent = false;
    if (options.cliWriter && existsSync(join(BBC, "politics"))) {
      const cli = spawn(process.execPath, [join(REPO_ROOT, "bin", "parley.js"), "ingest", join(BBC, "politics"), join(BBC, "business"), "--db", dbPath], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, NEO4J_URI: "" } });
      child = cli;
      let out = "";
      cli.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
      cli.on("close", (code, signal) => {
        const match = /^added (\d+)/m.exec(out);
        cliAdded = match ? Number(match[1]) : 0;
        // Stopped by our SIGINT: after its current article (exit 1, "interrupted"), or, on a busy machine,
        // before it had loaded far enough to catch the signal (killed by it, nothing written yet).
        const interrupted = (code === 1 && /\(interrupted\)/.test(out) && !/rejected [1-9]/.test(out)) || (signal === "SIGINT" && stopSent);
        if (code !== 0 && !interrupted) failures.push(`parley ingest (second writer) exited ${code}: ${out.slice(-300)}`);
      });
    }

    const result = await autocannon({
      url,
      connections: options.connections ?? 8,
      duration: options.durationSeconds,
      timeout: 10,
      requests: QUERIES.map((query) => ({
        method: "POST" as const,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
        onResponse: (status: number, body: string) => {
          if (/"errors"/.test(body)) {
            graphqlErrors += 1;
            if (failures.length < 20) failures.push(`query HTTP ${status}: ${body.slice(0, 200)}`);
          }
          if (/SQLITE_BUSY|database is locked/i.test(body)) busy += 1;
        },
      })),
    });
    running = false;
    await ingestLoop;
    // The second writer stops after its current article (SIGINT) if the load ended first.
    if (child && child.exitCode === null) {
      const closed = new Promise((done) => child!.once("close", done));
      stopSent = true;
      child.kill("SIGINT");
      await closed;
    }

    const errors = result.errors + result.timeouts;
    if (errors > 0) failures.push(`${result.errors} connection errors, ${result.timeouts} timeouts`);
    if (result.non2xx > 0) failures.push(`${result.non2xx} non-2xx responses`);
    return {
      durationSeconds: options.durationSeconds,
      requests: result.requests.total,
      errors,
      non2xx: result.non2xx,
      graphqlErrors,
      busy,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requestsPerSecond: result.requests.average,
      apiIngests,
      apiIngestFailures,
      cliAdded,
      failures,
    };
  } finally {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** True when the run had no failed request of any kind. */
export function passed(figures: LoadFigures): boolean {
  return figures.errors === 0 && figures.non2xx === 0 && figures.graphqlErrors === 0 && figures.busy === 0 && figures.apiIngestFailures === 0 && figures.failures.length === 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const seconds = Number(process.env.LOAD_SECONDS ?? 60);
  const figures = await runLoad({ durationSeconds: seconds, cliWriter: true });
  const { failures, ...numbers } = figures;
  console.log(JSON.stringify(numbers, null, 2));
  for (const failure of failures) console.log(`FAIL ${failure}`);
  console.log(passed(figures) ? "load test passed" : "load test FAILED");
  process.exitCode = passed(figures) ? 0 : 1;
}
