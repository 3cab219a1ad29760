// `npm run bench -- --events N [--store sqlite|neo4j] [--db FILE|DIR] [--samples 200] [--skip-bbc] [--commit-every 50] [--only path,pathHub]`:
// ingest and query timings at N synthetic events; last line is one JSON object. `--store neo4j` runs the
// same queries on Neo4j: the server NEO4J_URI names (an empty, dedicated database), or else the project's
// own test server (tools/neo4j-test-server) started on the data directory --db, kept for the next run.
import "reflect-metadata";
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle, type ArticleInput } from "../src/extract/pipeline.js";
import { readArticleFile } from "../src/eval/run-gold.js";
import { createParleyServer } from "../src/server/create-server.js";
import { type GraphStore } from "../src/store/graph-store.js";
import { neighborhoodOf } from "../src/store/neighborhood.js";
import { openNeo4jStore, type Neo4jGraphStore, type Neo4jStoreOptions } from "../src/store/neo4j/index.js";
import { openSqliteStore, type SqliteGraphStore } from "../src/store/sqlite/index.js";
import { buildWorld, createRng, generateArticles } from "./generate.js";
import { FLOOR_QUERY } from "./http-floor.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BBC_DIR = resolve(REPO_ROOT, "..", "shared", "corpus", "bbc-news");
const EVENTS_PER_ARTICLE = 20;
const SEED = 1;

interface Args {
  events: number;
  store: "sqlite" | "neo4j";
  /** The sqlite file, or the Neo4j test server's data directory. */
  db: string;
  samples: number;
  skipBbc: boolean;
  /** Synthetic articles per commit while building (each still its own savepoint). */
  commitEvery: number;
  /** Query kinds to time (all when empty); the BBC pass runs only when all do. */
  only: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const events = Number((value("--events") ?? "10000").replace(/_/g, "").replace(/k$/i, "000").replace(/m$/i, "000000"));
  if (!Number.isInteger(events) || events < EVENTS_PER_ARTICLE) throw new RangeError(`--events must be an integer ≥ ${EVENTS_PER_ARTICLE}`);
  const store = value("--store") ?? "sqlite";
  if (store !== "sqlite" && store !== "neo4j") throw new RangeError(`--store must be sqlite or neo4j; got ${store}`);
  return {
    events,
    store,
    db: resolve(value("--db") ?? join(tmpdir(), store === "sqlite" ? `parley-bench-${events}.db` : `parley-bench-neo4j-${events}`)),
    samples: Number(value("--samples") ?? "200"),
    // The real-article pass ingests into a fresh sqlite file; on Neo4j it would share the bench database.
    skipBbc: argv.includes("--skip-bbc") || store === "neo4j",
    commitEvery: Math.max(1, Math.trunc(Number(value("--commit-every") ?? "50"))),
    only: (value("--only") ?? "").split(",").filter(Boolean),
  };
}

interface Timing {
  p50: number;
  p99: number;
  runs: number;
}

/** Nearest-rank percentile of sorted milliseconds. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

/** Most wall time one query kind may take in one mode (store or HTTP); slow queries get fewer runs, reported as `runs`. */
const BUDGET_MS = 20_000;
/** Fewest timed runs before the budget may stop a query kind. */
const MIN_RUNS = 20;
/** Untimed `{ __typename }` requests to the floor and to Parley before the HTTP timings. */
const HTTP_WARM_UP_REQUESTS = 1500;

/** Runs `fn` on the arguments in order (after a short warm-up) until they or the time budget run out; p50/p99 in ms. */
async function time<T>(args: readonly T[], fn: (arg: T) => Promise<unknown>): Promise<Timing> {
  // One untimed pass over the same arguments (within a quarter of the budget): a server answers from
  // warm caches, and the first pass over a 4 GB file otherwise times the disk, not the query.
  const warmStarted = performance.now();
  for (const arg of args) {
    await fn(arg);
    if (performance.now() - warmStarted > BUDGET_MS / 4) break;
  }
  const times: number[] = [];
  const started = performance.now();
  for (const arg of args) {
    const at = performance.now();
    await fn(arg);
    times.push(performance.now() - at);
    if (times.length >= MIN_RUNS && performance.now() - started > BUDGET_MS) break;
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)), runs: times.length };
}

/** Opens the database for N events, building it through `ingestArticle` unless a complete one is there. */
async function syntheticStore(args: Args, neo4j: Neo4jServer | null): Promise<{ store: GraphStore; reused: boolean; seconds: number; articles: number }> {
  if (neo4j) return syntheticNeo4jStore(args, neo4j);
  const expectedArticles = Math.ceil(args.events / EVENTS_PER_ARTICLE);
  if (existsSync(args.db)) {
    const store = await openSqliteStore({ path: args.db });
    const stats = await store.stats();
    const events = Object.values(stats.eventsByType).reduce((a, b) => a + b, 0);
    if (stats.articles === expectedArticles && events === args.events) {
      // The build's own timing, kept beside the database, so a reused database still reports it.
      const seconds = existsSync(`${args.db}.build.json`) ? (JSON.parse(readFileSync(`${args.db}.build.json`, "utf8")) as { seconds: number }).seconds : 0;
      return { store, reused: true, seconds, articles: expectedArticles };
    }
    await store.close();
    console.log(`${args.db} holds ${stats.articles} articles / ${events} events, not ${expectedArticles} / ${args.events}: rebuilding`);
    for (const suffix of ["", "-wal", "-shm", ".build.json"]) rmSync(args.db + suffix, { force: true });
  }
  const store: SqliteGraphStore = await openSqliteStore({ path: args.db });
  const world = buildWorld({ seed: SEED });
  let articles = 0;
  let nanoseconds = 0n;
  const progressEvery = Math.max(1, Math.floor(expectedArticles / 10));
  // Articles are committed in groups: each ingestArticle is still its own (nested) transaction, a
  // savepoint, but the pages it shares with its neighbours are written to the WAL once per group.
  const database = store.database;
  for (const graph of generateArticles({ events: args.events, eventsPerArticle: EVENTS_PER_ARTICLE, seed: SEED }, world)) {
    const started = process.hrtime.bigint();
    if (articles % args.commitEvery === 0) database.exec("BEGIN IMMEDIATE");
    await store.ingestArticle(graph);
    if ((articles + 1) % args.commitEvery === 0) database.exec("COMMIT");
    nanoseconds += process.hrtime.bigint() - started;
    articles++;
    if (articles % progressEvery === 0) {
      const seconds = Number(nanoseconds) / 1e9;
      console.log(`  synthetic ingest ${articles}/${expectedArticles} articles, ${Math.round(articles / seconds)} articles/s`);
    }
  }
  if (database.inTransaction) database.exec("COMMIT");
  const seconds = Number(nanoseconds) / 1e9;
  writeFileSync(`${args.db}.build.json`, JSON.stringify({ seconds, articles, events: args.events, commitEvery: args.commitEvery }));
  return { store, reused: false, seconds, articles };
}

/** The Neo4j server the bench runs on: NEO4J_URI's, or the project's test server it started itself. */
interface Neo4jServer {
  options: Neo4jStoreOptions;
  /** Where the build's timing is kept. */
  buildFile: string;
  /** Set when the bench started the server: empties its data directory and starts it again. */
  restartEmpty?: () => Promise<void>;
  stop(): Promise<void>;
}

const NEO4J_BENCH_PASSWORD = "parley-bench-password";

/** NEO4J_URI's server, or tools/neo4j-test-server started on `dataDir` (1 GiB page cache, 2 GiB heap). */
async function neo4jServer(dataDir: string): Promise<Neo4jServer> {
  if (process.env.NEO4J_URI) {
    return {
      options: { uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER || "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: process.env.NEO4J_DATABASE || "neo4j" },
      buildFile: join(tmpdir(), `parley-bench-neo4j-${createHash("sha256").update(process.env.NEO4J_URI).digest("hex").slice(0, 8)}.build.json`),
      stop: async () => undefined,
    };
  }
  let child: ReturnType<typeof spawn>;
  const start = async (): Promise<string> => {
    child = spawn("bash", ["tools/neo4j-test-server/start.sh", "--data", dataDir, "--page-cache", "1g"], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_PASSWORD: NEO4J_BENCH_PASSWORD, NEO4J_TEST_SERVER_JAVA_OPTS: "-Xms1g -Xmx2g" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    return new Promise((resolveUri, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /^NEO4J_URI=(\S+)$/m.exec(out);
        if (match) resolveUri(match[1]!);
      });
      child.once("exit", (code) => reject(new Error(`the Neo4j test server exited (${code}) before printing its URI`)));
    });
  };
  const stop = () =>
    new Promise<void>((resolveStop) => {
      if (child.exitCode !== null) return resolveStop();
      child.once("exit", () => resolveStop());
      child.kill("SIGTERM");
    });
  const server: Neo4jServer = {
    options: { uri: await start(), user: "neo4j", password: NEO4J_BENCH_PASSWORD, database: "neo4j" },
    buildFile: `${dataDir}.build.json`,
    restartEmpty: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
      server.options = { ...server.options, uri: await start() };
    },
    stop,
  };
  console.log(`Neo4j test server on ${dataDir} at ${server.options.uri}`);
  return server;
}

/** syntheticStore on Neo4j: every article through the adapter's own ingestArticle, one write transaction each. */
async function syntheticNeo4jStore(args: Args, neo4j: Neo4jServer): Promise<{ store: GraphStore; reused: boolean; seconds: number; articles: number }> {
  const expectedArticles = Math.ceil(args.events / EVENTS_PER_ARTICLE);
  let store: Neo4jGraphStore = await openNeo4jStore(neo4j.options);
  const stats = await store.stats();
  const events = Object.values(stats.eventsByType).reduce((a, b) => a + b, 0);
  if (stats.articles === expectedArticles && events === args.events) {
    const seconds = existsSync(neo4j.buildFile) ? (JSON.parse(readFileSync(neo4j.buildFile, "utf8")) as { seconds: number }).seconds : 0;
    return { store, reused: true, seconds, articles: expectedArticles };
  }
  if ((await store.countParleyNodes()) > 0) {
    await store.close();
    if (!neo4j.restartEmpty) throw new Error(`${neo4j.options.uri} holds ${stats.articles} articles / ${events} events, not ${expectedArticles} / ${args.events}: point NEO4J_URI at an empty database`);
    console.log(`${args.db} holds ${stats.articles} articles / ${events} events, not ${expectedArticles} / ${args.events}: rebuilding`);
    await neo4j.restartEmpty();
    store = await openNeo4jStore(neo4j.options);
  }
  const world = buildWorld({ seed: SEED });
  let articles = 0;
  let nanoseconds = 0n;
  const progressEvery = Math.max(1, Math.floor(expectedArticles / 10));
  for (const graph of generateArticles({ events: args.events, eventsPerArticle: EVENTS_PER_ARTICLE, seed: SEED }, world)) {
    const started = process.hrtime.bigint();
    await store.ingestArticle(graph);
    nanoseconds += process.hrtime.bigint() - started;
    articles++;
    if (articles % progressEvery === 0) console.log(`  synthetic ingest ${articles}/${expectedArticles} articles, ${Math.round(articles / (Number(nanoseconds) / 1e9))} articles/s`);
  }
  const seconds = Number(nanoseconds) / 1e9;
  writeFileSync(neo4j.buildFile, JSON.stringify({ seconds, articles, events: args.events }));
  return { store, reused: false, seconds, articles };
}

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFiles(path);
      return name.endsWith(".txt") && name !== "README.TXT" ? [path] : [];
    });
}

interface IngestFigures {
  articles: number;
  words: number;
  articlesPerSec: number;
  wordsPerSec: number;
  tokenizeWordsPerSec: number;
  vsTokenizeOnly: number;
  failures: number;
}

/**
 * BBC corpus, deduplicated by content: extractArticle + ingestArticle into a fresh database, then a
 * tokenise-only pass (cleanPlainText + splitSentences, the extractor's own wink stage) over the same texts.
 * Words are whitespace-separated tokens of the body in both, so the ratio is like for like.
 */
async function measureBbcIngest(): Promise<IngestFigures | null> {
  if (!existsSync(BBC_DIR)) {
    console.log(`BBC corpus not found at ${BBC_DIR}: skipping the real-article ingest figures`);
    return null;
  }
  const seen = new Set<string>();
  const inputs: ArticleInput[] = [];
  for (const file of textFiles(BBC_DIR)) {
    const input = readArticleFile(file);
    const hash = createHash("sha256").update(input.text ?? "").digest("hex");
    if (seen.has(hash)) continue;
    seen.add(hash);
    inputs.push(input);
  }
  const words = inputs.reduce((sum, input) => sum + (input.text ?? "").split(/\s+/).filter(Boolean).length, 0);
  // Warm-up so JIT start-up is counted in neither pass.
  for (const input of inputs.slice(0, 20)) {
    try {
      extractArticle(input);
    } catch {
      // counted in the timed pass
    }
  }
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-bbc-"));
  const store = await openSqliteStore({ path: join(dir, "bbc.db") });
  let failures = 0;
  const started = performance.now();
  for (const input of inputs) {
    try {
      await store.ingestArticle(extractArticle(input));
    } catch {
      failures++;
    }
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const { tokens, seconds: tokenizeSeconds } = tokenizeOnlyPass(inputs.map((input) => input.text ?? ""));
  if (tokens === 0) throw new Error("the tokenise-only pass found no tokens");
  const wordsPerSec = words / ingestSeconds;
  const tokenizeWordsPerSec = words / tokenizeSeconds;
  return {
    articles: inputs.length,
    words,
    articlesPerSec: round(inputs.length / ingestSeconds, 1),
    wordsPerSec: Math.round(wordsPerSec),
    tokenizeWordsPerSec: Math.round(tokenizeWordsPerSec),
    vsTokenizeOnly: round(wordsPerSec / tokenizeWordsPerSec),
    failures,
  };
}

/** Times cleanPlainText + splitSentences over `texts` in a fresh process (bench/tokenize-pass.ts), cold like the ingest pass. */
function tokenizeOnlyPass(texts: readonly string[]): { tokens: number; seconds: number } {
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-tokens-"));
  try {
    const file = join(dir, "inputs.json");
    writeFileSync(file, JSON.stringify(texts));
    const output = execFileSync(process.execPath, ["--import", "tsx", "bench/tokenize-pass.ts", file], { cwd: REPO_ROOT, encoding: "utf8" });
    return JSON.parse(output.trim().split("\n").pop()!) as { tokens: number; seconds: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Query arguments drawn from the data: the first articles of the same deterministic corpus, shuffled with a fixed seed. */
function drawSamples(events: number, samples: number) {
  const world = buildWorld({ seed: SEED });
  const byId = new Map(world.people.map((p) => [p.id, p]));
  const pairs: [string, string][] = [];
  const countryYears: { country: string; year: string }[] = [];
  const people: string[] = [];
  const eventsOf = new Map<string, number>();
  for (const graph of generateArticles({ events: Math.min(events, 2000), eventsPerArticle: EVENTS_PER_ARTICLE, seed: SEED }, world)) {
    for (const event of graph.events) {
      const [a, b] = event.participants.map((p) => p.entityId);
      if (a && b) pairs.push([a, b]);
      const person = a ? byId.get(a) : undefined;
      if (person && event.date) countryYears.push({ country: `country:${person.iso3}`, year: event.date.value.slice(0, 4) });
      if (a) people.push(a);
      for (const p of event.participants) eventsOf.set(p.entityId, (eventsOf.get(p.entityId) ?? 0) + 1);
    }
  }
  const rng = createRng(SEED + 99);
  const take = <T>(items: readonly T[]): T[] => Array.from({ length: samples }, () => items[Math.floor(rng() * items.length)]!);
  const prefixes = take(world.people).map((p) => {
    const surname = p.name.split(" ").pop()!;
    return surname.slice(0, Math.max(3, Math.min(surname.length, 3 + Math.floor(rng() * 3))));
  });
  // path: two people drawn independently, most of them not sharing an event.
  const distant = take(people).map((a, i): [string, string] => [a, people[(i * 7919 + Math.floor(rng() * people.length)) % people.length]!]);
  // pathHub: from one of the ten busiest people to anyone of the world, drawn uniformly (mostly the long tail).
  const hubs = [...eventsOf].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 10).map(([id]) => id);
  const fromHub = take(hubs).map((hub, i): [string, string] => [hub, world.people[(i * 7919 + Math.floor(rng() * world.people.length)) % world.people.length]!.id]);
  return { pairs: take(pairs), countryYears: take(countryYears), people: take(people), prefixes, distant, fromHub };
}

/** Wraps a store so every port call is counted (the nested-query round-trip figure). */
function countingStore(store: GraphStore): { store: GraphStore; calls: () => number; reset: () => void } {
  let calls = 0;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls: () => calls, reset: () => (calls = 0) };
}

const QUERIES = {
  contacts: `query($between: [ID!]!) { contacts(between: $between) { id type date { value precision } } }`,
  timeline: `query($c: ID!, $from: String, $to: String) { events(first: 100, filter: { countries: [$c], from: $from, to: $to }) { totalCount edges { node { id type date { value } } } } }`,
  search: `query($q: String!) { search(query: $q, first: 10) { id kind label score } }`,
  neighborhood: `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 50) { nodes { data { id } } edges { data { source target weight } } } }`,
  contactCounts: `query($a: ID!, $b: ID) { contactCounts(a: $a, b: $b, interval: YEAR) { period count } }`,
  path: `query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { hops nodes { id } events { id } } }`,
  nested: `{ events(first: 20) { edges { node { participants { entity { ... on Person { offices { office { country { id } } } } } } } } } }`,
};

interface ServerProcess {
  url: string;
  /** Resident memory of the server process now (VmRSS), in MB. */
  rssMB(): number;
  /** Its peak resident memory (VmHWM), in MB. */
  peakRssMB(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** Starts bench/http-floor.ts (a bare Apollo Server on Parley's express stack) as its own process, as Parley's server runs. */
async function startHttpFloorProcess(): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/http-floor.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: "0", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^HTTP_FLOOR_URL=(\S+)$/m.exec(out);
      if (match) resolveUrl(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the HTTP floor server exited (${code}) before printing its URL`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once("exit", () => resolveStop());
        child.kill("SIGTERM");
      }),
  };
}

/** Starts `src/server/main.ts` on `db` (or the Neo4j server) without seeds and waits until /readyz answers 200. */
async function startServerProcess(db: string, neo4j: Neo4jStoreOptions | null): Promise<ServerProcess> {
  const port = await freePort();
  const store = neo4j
    ? { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database }
    : { NEO4J_URI: "" };
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...store, PARLEY_DB: db, PARLEY_LOAD_SEEDS: "false", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error("the server was not ready within 120 s");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const statusMB = (field: "VmRSS" | "VmHWM"): number => {
    const line = readFileSync(`/proc/${child.pid}/status`, "utf8").split("\n").find((l) => l.startsWith(`${field}:`));
    return line ? Math.round(Number(line.replace(/\D+/g, "")) / 1024) : Number.NaN;
  };
  return {
    url: `${base}/graphql`,
    rssMB: () => statusMB("VmRSS"),
    peakRssMB: () => statusMB("VmHWM"),
    stop: () =>
      new Promise((resolveStop) => {
        child.once("exit", () => resolveStop());
        child.kill("SIGTERM");
      }),
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  console.log(`parley bench: ${args.events} events on ${args.store}, ${args.store === "sqlite" ? "db" : "data"} ${args.db}, ${args.samples} samples per query`);
  const neo4j = args.store === "neo4j" ? await neo4jServer(args.db) : null;
  const built = await syntheticStore(args, neo4j);
  const { store } = built;
  const synthetic = {
    reused: built.reused,
    articlesPerSec: built.seconds > 0 ? round(built.articles / built.seconds, 1) : null,
    eventsPerSec: built.seconds > 0 ? Math.round(args.events / built.seconds) : null,
    seconds: round(built.seconds, 1),
  };
  console.log(built.reused ? `reusing ${args.db}` : `synthetic ingest: ${built.articles} articles in ${synthetic.seconds} s (${synthetic.articlesPerSec} articles/s, ${synthetic.eventsPerSec} events/s)`);

  const samples = drawSamples(args.events, args.samples);
  const storeRuns: Record<string, () => Promise<Timing>> = {
    // first: 100 as the API's contacts (its default and cap), so store and HTTP time the same work.
    contacts: () => time(samples.pairs, ([a, b]) => store.contacts({ between: [a, b], first: 100 })),
    timeline: () => time(samples.countryYears, ({ country, year }) => store.findEvents({ countryIds: [country], from: year, to: year }, { first: 100 })),
    search: () => time(samples.prefixes, (text) => store.search({ text, first: 10 })),
    neighborhood: () => time(samples.people, (id) => neighborhoodOf(store, { id, depth: 1, limit: 50 })),
    contactCounts: () => time(samples.pairs, ([a, b]) => store.contactCounts({ a, b, interval: "YEAR" })),
    path: () => time(samples.distant, ([from, to]) => store.path({ from, to, maxHops: 4 })),
    pathHub: () => time(samples.fromHub, ([from, to]) => store.path({ from, to, maxHops: 4 })),
  };

  // HTTP goes to the real server (npm start's entry point) in its own process on the same database,
  // so its RSS is the server's alone; the in-process one only counts store round-trips.
  const counting = countingStore(store);
  const server = await createParleyServer({ store: counting.store, extract: extractArticle });
  const serverProcess = await startServerProcess(args.db, neo4j?.options ?? null);
  const floorProcess = await startHttpFloorProcess();
  let httpErrors = 0;
  // The floor and Parley are asked through this one function: same client, headers and body shape.
  const postTo = async (url: string, query: string, variables: Record<string, unknown>): Promise<void> => {
    const request = () => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    // A keep-alive socket the server closed while idle fails once (ECONNRESET); the retry is timed too.
    const response = await request().catch(request);
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (!response.ok || body.errors) {
      if (httpErrors++ < 3) console.log(`HTTP error: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    }
  };
  const post = (query: string, variables: Record<string, unknown>) => postTo(serverProcess.url, query, variables);
  const httpRuns: Record<string, () => Promise<Timing>> = {
    contacts: () => time(samples.pairs, ([a, b]) => post(QUERIES.contacts, { between: [a, b] })),
    timeline: () => time(samples.countryYears, ({ country, year }) => post(QUERIES.timeline, { c: country, from: year, to: year })),
    search: () => time(samples.prefixes, (q) => post(QUERIES.search, { q })),
    neighborhood: () => time(samples.people, (id) => post(QUERIES.neighborhood, { id })),
    contactCounts: () => time(samples.pairs, ([a, b]) => post(QUERIES.contactCounts, { a, b })),
    path: () => time(samples.distant, ([from, to]) => post(QUERIES.path, { from, to })),
    pathHub: () => time(samples.fromHub, ([from, to]) => post(QUERIES.path, { from, to })),
  };

  // Both servers and this client are warmed on the stack they share before anything is timed: the
  // first thousand or so requests through undici, express and Apollo run slower (JIT), and the floor
  // would otherwise be timed colder than Parley's later passes.
  for (let i = 0; i < HTTP_WARM_UP_REQUESTS; i++) {
    await postTo(floorProcess.url, FLOOR_QUERY, {});
    await post(FLOOR_QUERY, {});
  }
  // The floor: as many `{ __typename }` requests as each query kind has samples, over the same client.
  const httpFloor = await time(
    Array.from({ length: args.samples }, () => FLOOR_QUERY),
    (query) => postTo(floorProcess.url, query, {}),
  );
  await floorProcess.stop();
  console.log(`  HTTP floor (bare Apollo + express, { __typename }): p50 ${httpFloor.p50} p99 ${httpFloor.p99} (${httpFloor.runs} runs)`);

  const queries: Record<
    string,
    { p50: number; p99: number; httpP50: number; httpP99: number; httpRatio: number; floorRatio: number; runs: number; httpRuns: number }
  > = {};
  const unknown = args.only.filter((name) => !(name in storeRuns));
  if (unknown.length > 0) throw new RangeError(`--only: no query kind ${unknown.join(", ")}; kinds: ${Object.keys(storeRuns).join(", ")}`);
  for (const name of Object.keys(storeRuns).filter((kind) => args.only.length === 0 || args.only.includes(kind))) {
    const s = await storeRuns[name]!();
    const h = await httpRuns[name]!();
    queries[name] = {
      p50: s.p50,
      p99: s.p99,
      httpP50: h.p50,
      httpP99: h.p99,
      httpRatio: round(h.p50 / s.p50, 2),
      floorRatio: round(h.p50 / httpFloor.p50, 2),
      runs: s.runs,
      httpRuns: h.runs,
    };
    console.log(`  ${name}: store p50 ${s.p50} p99 ${s.p99} (${s.runs} runs); HTTP p50 ${h.p50} p99 ${h.p99} (${h.runs} runs)`);
  }

  counting.reset();
  const nested = await server.executeOperation({ query: QUERIES.nested });
  const roundTripsNested = counting.calls();
  if (nested.body.kind === "single" && nested.body.singleResult.errors) console.log(`nested query errors: ${JSON.stringify(nested.body.singleResult.errors).slice(0, 300)}`);

  const rssMB = serverProcess.rssMB();
  const serverPeakRssMB = serverProcess.peakRssMB();
  const benchRssMB = Math.round(process.memoryUsage().rss / 1024 / 1024);
  await serverProcess.stop();
  await server.close();
  await neo4j?.stop();

  // Last, so the garbage of extracting 2 000 articles does not pause the query timings above.
  const ingest = args.skipBbc || args.only.length > 0 ? null : await measureBbcIngest();

  console.log("");
  console.log(`| query | store p50 ms | store p99 ms | HTTP p50 ms | HTTP p99 ms | httpRatio | floorRatio | runs (store/HTTP) |`);
  console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
  console.log(`| HTTP floor | | | ${httpFloor.p50} | ${httpFloor.p99} | | 1 | /${httpFloor.runs} |`);
  for (const [name, q] of Object.entries(queries)) {
    console.log(`| ${name} | ${q.p50} | ${q.p99} | ${q.httpP50} | ${q.httpP99} | ${q.httpRatio} | ${q.floorRatio} | ${q.runs}/${q.httpRuns} |`);
  }
  console.log("");
  console.log(
    `HTTP p50 over the floor's (${httpFloor.p50} ms): ` +
      ["contacts", "timeline", "search"].filter((name) => queries[name]).map((name) => `${name} ${queries[name]!.floorRatio}×`).join(", "),
  );
  if (ingest) {
    console.log(
      `BBC ingest: ${ingest.articles} articles, ${ingest.words} words: ${ingest.articlesPerSec} articles/s, ${ingest.wordsPerSec} words/s; ` +
        `tokenise-only (cleanPlainText + splitSentences) ${ingest.tokenizeWordsPerSec} words/s → vsTokenizeOnly ${ingest.vsTokenizeOnly}; ${ingest.failures} failures`,
    );
  }
  console.log(
    `store round-trips for the nested events(first:20) query: ${roundTripsNested}; HTTP errors: ${httpErrors}; ` +
      `server RSS ${rssMB} MB (peak ${serverPeakRssMB} MB); this bench process ${benchRssMB} MB`,
  );
  console.log(
    JSON.stringify({
      events: args.events,
      store: args.store,
      ingest: ingest ? { articlesPerSec: ingest.articlesPerSec, wordsPerSec: ingest.wordsPerSec, vsTokenizeOnly: ingest.vsTokenizeOnly } : null,
      synthetic,
      httpFloor,
      queries,
      roundTripsNested,
      httpErrors,
      rssMB,
      serverPeakRssMB,
      benchRssMB,
    }),
  );
}

await main();
