import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
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

/** Runs `parley ingest CORPUS --db FILE`; with `killAfterAdded`, sends SIGKILL once that many articles were reported added. */
function ingest(db: string, killAfterAdded?: number): Promise<Run & { addedBeforeKill: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "ingest", CORPUS, "--db", db], { cwd: REPO_ROOT, env: { ...process.env, NEO4J_URI: "" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let added = 0;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      added = (stderr.match(/^ADDED /gm) ?? []).length;
      if (killAfterAdded !== undefined && added >= killAfterAdded && child.exitCode === null) child.kill("SIGKILL");
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
