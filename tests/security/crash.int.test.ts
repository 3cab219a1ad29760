import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openNeo4jStore, type Neo4jStoreOptions } from "../../src/store/neo4j/index.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { NEO4J_SKIP_REASON, NEO4J_TURN_TIMEOUT_MS, NEO4J_UNDER_TEST, takeNeo4jTurn } from "../helpers/neo4j-under-test.js";
import { REPO_ROOT, SHARED_DIR } from "../helpers/shared-corpus.js";
import { makeTempDir } from "../helpers/test-server.js";

const CORPUS = join(SHARED_DIR, "corpus", "bbc-news", "politics");
const BIN = join(REPO_ROOT, "bin", "parley.js");
const skip = existsSync(CORPUS) ? false : `skipped: ${CORPUS} is absent (third-party text is read from ../shared at test time)`;
if (skip) console.warn(skip);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `parley ingest CORPUS --db FILE` (or, given Neo4j options instead of a file, `parley ingest
 * CORPUS` with NEO4J_URI set); with `killAfterAdded`, calls `onAdded` (by default: SIGKILL the
 * ingest) once that many articles were reported added.
 */
function ingest(
  db: string | Neo4jStoreOptions,
  killAfterAdded?: number,
  options: { corpus?: string; onAdded?: (child: ChildProcess) => void } = {},
): Promise<Run & { addedBeforeKill: number }> {
  const corpus = options.corpus ?? CORPUS;
  const target =
    typeof db === "string"
      ? { args: ["--db", db], env: { NEO4J_URI: "" } }
      : { args: [], env: { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password, NEO4J_DATABASE: db.database } };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "ingest", corpus, ...target.args], { cwd: REPO_ROOT, env: { ...process.env, ...target.env }, stdio: ["ignore", "pipe", "pipe"] });
    let fired = false;
    let stdout = "";
    let stderr = "";
    let added = 0;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      added = (stderr.match(/^ADDED /gm) ?? []).length;
      if (killAfterAdded !== undefined && added >= killAfterAdded && child.exitCode === null && !fired) {
        fired = true;
        (options.onAdded ?? ((c: ChildProcess) => c.kill("SIGKILL")))(child);
      }
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, addedBeforeKill: added }));
  });
}

async function articleIds(store: GraphStore): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.findArticles({ first: 100, ...(after ? { after } : {}) });
    ids.push(...page.items.map((article) => article.id));
    if (!page.hasNextPage || !page.endCursor) return ids;
    after = page.endCursor;
  }
}

async function eventsOf(store: GraphStore, articleId: string): Promise<string[]> {
  return (await store.findEvents({ articleId }, { first: 500 })).items.map((event) => event.id).sort();
}

describe.skipIf(skip)("kill -9 during a bulk `parley ingest` of the BBC politics corpus", () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await makeTempDir("parley-crash-"));
  });
  afterAll(async () => remove?.());

  it("leaves an intact database holding whole articles only, and a re-run ends where a clean run does", { timeout: 90_000 }, async () => {
    const cleanDb = join(dir, "clean.db");
    const crashedDb = join(dir, "crashed.db");
    const [clean, crashed] = await Promise.all([ingest(cleanDb), ingest(crashedDb, 15)]);
    expect(clean.code, clean.stderr.slice(-500)).toBe(0);
    expect(crashed.signal).toBe("SIGKILL");
    expect(crashed.stdout).not.toMatch(/^added/m); // it died before its summary

    // The file as the killed process left it (WAL and all): SQLite's own checks first.
    const raw = new Database(crashedDb);
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(raw.pragma("foreign_key_check")).toEqual([]);
    raw.close();

    const cleanStore = await openSqliteStore({ path: cleanDb });
    const crashedStore = await openSqliteStore({ path: crashedDb });
    try {
      const stored = await articleIds(crashedStore);
      expect(stored.length).toBeGreaterThanOrEqual(crashed.addedBeforeKill);
      const cleanStats = await cleanStore.stats();
      expect(stored.length).toBeLessThan(cleanStats.articles);
      // Every stored article is whole: exactly the events the clean run gives it, evidence included.
      const [found] = await crashedStore.articlesByIds(stored.slice(0, 1));
      expect(found?.text.length).toBeGreaterThan(0);
      for (const id of stored) expect(await eventsOf(crashedStore, id), id).toEqual(await eventsOf(cleanStore, id));
      for (const id of stored) {
        const events = await eventsOf(crashedStore, id);
        const evidence = await crashedStore.evidenceByEventIds(events);
        evidence.forEach((list, index) => expect(list.length, events[index]).toBeGreaterThan(0));
      }
      await crashedStore.close();

      const rerun = await ingest(crashedDb);
      expect(rerun.code, rerun.stderr.slice(-500)).toBe(0);
      expect(rerun.stdout).toMatch(new RegExp(`added ${cleanStats.articles - stored.length}, unchanged ${401 - (cleanStats.articles - stored.length)}, rejected 0`));
      const reopened = await openSqliteStore({ path: crashedDb });
      expect(await reopened.stats()).toEqual(cleanStats);
      await reopened.close();
    } finally {
      await cleanStore.close();
      await crashedStore.close().catch(() => undefined);
    }
  });
});

// ── the same on Neo4j: kill the Parley process (not Neo4j), then restart Neo4j in the middle of an ingest ──

/** The first articles of the politics corpus, copied into a temporary directory of their own (the CLI skips symlinks): a Neo4j run of all 401 would take minutes. */
function corpusSubset(dir: string, count: number): string {
  const subset = join(dir, "politics-subset");
  mkdirSync(subset);
  for (const name of readdirSync(CORPUS).filter((n) => n.endsWith(".txt")).sort().slice(0, count)) copyFileSync(join(CORPUS, name), join(subset, name));
  return subset;
}

const SUBSET_SIZE = 40;

/** Starts the project's Neo4j test server on `dataDir` (and `port`, 0 for a free one); resolves once it printed its URI. */
function startNeo4jServer(dataDir: string, port: number): Promise<{ uri: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const server = spawn("bash", ["tools/neo4j-test-server/start.sh", "--data", dataDir, "--port", String(port)], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_PASSWORD: "parley-restart-password", NEO4J_TEST_SERVER_JAVA_OPTS: "-Xms256m -Xmx768m" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    server.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^NEO4J_URI=(\S+)$/m.exec(out);
      if (match) resolve({ uri: match[1]!, process: server });
    });
    server.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
    server.once("exit", (code) => reject(new Error(`the Neo4j test server exited (${code}): ${err.slice(-500)}`)));
  });
}

/** Every article of `store` holds exactly the events the clean sqlite run gives it, each with evidence. */
async function expectWholeArticles(store: GraphStore, clean: GraphStore): Promise<string[]> {
  const stored = await articleIds(store);
  for (const id of stored) {
    const events = await eventsOf(store, id);
    expect(events, id).toEqual(await eventsOf(clean, id));
    const evidence = await store.evidenceByEventIds(events);
    evidence.forEach((list, index) => expect(list.length, events[index]).toBeGreaterThan(0));
  }
  return stored;
}

if (!skip && !NEO4J_UNDER_TEST) console.warn(NEO4J_SKIP_REASON);

describe.skipIf(skip || !NEO4J_UNDER_TEST)(`kill -9 and a Neo4j restart during a bulk \`parley ingest\` into Neo4j (${SUBSET_SIZE} politics articles)`, () => {
  let dir: string;
  let remove: () => Promise<void>;
  let corpus: string;
  let clean: GraphStore;
  beforeAll(async () => {
    ({ dir, remove } = await makeTempDir("parley-crash-neo4j-"));
    corpus = corpusSubset(dir, SUBSET_SIZE);
    const reference = await ingest(join(dir, "clean.db"), undefined, { corpus });
    expect(reference.code, reference.stderr.slice(-500)).toBe(0);
    clean = await openSqliteStore({ path: join(dir, "clean.db") });
  }, 120_000);
  afterAll(async () => {
    await clean?.close();
    await remove?.();
  });

  it("kill -9 of Parley leaves whole articles only in Neo4j, and a re-run ends with what the clean sqlite run holds", { timeout: NEO4J_TURN_TIMEOUT_MS }, async () => {
    const turn = await takeNeo4jTurn();
    try {
      const crashed = await ingest(turn.options, 15, { corpus });
      expect(crashed.signal).toBe("SIGKILL");
      const stored = await expectWholeArticles(turn.admin, clean);
      const cleanStats = await clean.stats();
      expect(stored.length).toBeGreaterThanOrEqual(crashed.addedBeforeKill);
      expect(stored.length).toBeLessThan(cleanStats.articles);

      const rerun = await ingest(turn.options, undefined, { corpus });
      expect(rerun.code, rerun.stderr.slice(-500)).toBe(0);
      expect(rerun.stdout).toMatch(new RegExp(`added ${cleanStats.articles - stored.length}, unchanged ${stored.length}, rejected 0`));
      expect(await turn.admin.stats()).toEqual(cleanStats);
    } finally {
      await turn.release();
    }
  });

  it("Neo4j killed and restarted in the middle of an ingest: the article in flight is fully there or absent, and a re-run completes", { timeout: 300_000 }, async () => {
    // A server of its own, on a data directory that outlives the process: the shared one must not be killed.
    const dataDir = join(dir, "neo4j-data");
    let server = await startNeo4jServer(dataDir, 0);
    const port = Number(new URL(server.uri.replace(/^bolt/, "http")).port);
    const options = { uri: server.uri, user: "neo4j", password: "parley-restart-password", database: "neo4j" };
    try {
      const interrupted = await ingest(options, 10, {
        corpus,
        onAdded: () => server.process.kill("SIGKILL"),
      });
      // Parley gives up on the lost server (bounded retries) and says which server it could not reach.
      expect(interrupted.code).not.toBe(0);
      expect(interrupted.stderr).toContain(server.uri);

      server = await startNeo4jServer(dataDir, port);
      const store = await openNeo4jStore(options);
      try {
        const stored = await expectWholeArticles(store, clean);
        expect(stored.length).toBeGreaterThanOrEqual(interrupted.addedBeforeKill);
        const rerun = await ingest(options, undefined, { corpus });
        expect(rerun.code, rerun.stderr.slice(-500)).toBe(0);
        expect(await store.stats()).toEqual(await clean.stats());
      } finally {
        await store.close();
      }
    } finally {
      const last = server.process;
      // A process killed by a signal has signalCode set and exitCode null.
      if (last.exitCode === null && last.signalCode === null) {
        await new Promise((resolve) => {
          last.once("exit", resolve);
          last.kill("SIGTERM");
        });
      }
    }
  });
});
