import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { REPO_ROOT, SHARED_DIR } from "../helpers/shared-corpus.js";
import { makeTempDir, startTestServer, type TestServer } from "../helpers/test-server.js";
import { parley } from "./run-parley.js";

// The BBC articles are third-party text: read from ../shared at test time, never copied.
const BBC_POLITICS = join(SHARED_DIR, "corpus", "bbc-news", "politics");
const README = readFileSync(join(REPO_ROOT, "README.md"), "utf8");

/** The README's own BBC ingest command, as a user would paste it. */
function readmeIngestArgs(): string[] {
  const line = /^npx parley (ingest \.\.\/shared\/corpus\/bbc-news\/politics[^#\n]*)/m.exec(README)?.[1];
  if (!line) throw new Error("README.md has no `npx parley ingest ../shared/corpus/bbc-news/politics …` line");
  return line.trim().split(/\s+/);
}

/** The README example query filtered by `source: "BBC"`, from its graphql block. */
function readmeBbcQuery(): string {
  const block = /```graphql\n([\s\S]*?)```/.exec(README)?.[1] ?? "";
  const lines = block.split("\n");
  const start = lines.findIndex((line) => line.includes('source: "BBC"'));
  if (start < 0) throw new Error('README.md has no example with source: "BBC"');
  const end = lines.findIndex((line, index) => index > start && (line.startsWith("#") || /^(\{|mutation\b)/.test(line) || !line.trim()));
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

describe.skipIf(!existsSync(BBC_POLITICS))("the README's BBC example (reads ../shared/corpus/bbc-news at test time)", () => {
  let server: TestServer | undefined;
  let remove: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await server?.dispose();
    await remove?.();
  });

  it("ingests with --source BBC and the stand-in date, and the README's source: \"BBC\" query returns BBC events", async () => {
    const args = readmeIngestArgs();
    expect(args).toEqual(expect.arrayContaining(["--source", "BBC", "--published"]));
    const temp = await makeTempDir("parley-bbc-readme-");
    remove = temp.remove;
    const db = join(temp.dir, "bbc.db");
    const run = parley([...args, "--db", db]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^publication days of the articles added: \d+ from --published$/m);

    const store = await openSqliteStore({ path: db });
    server = await startTestServer({ store });
    const result = await server.run<{ events: { edges: { node: { summary: string } }[] } }>(readmeBbcQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data!.events.edges.length).toBeGreaterThan(0);

    const all = await server.run<{ events: { totalCount: number } }>('{ events(filter: { source: "BBC" }, first: 1) { totalCount } }');
    const everything = await server.run<{ events: { totalCount: number } }>("{ events(first: 1) { totalCount } }");
    // Every event came from a BBC file, so the source filter keeps them all.
    expect(all.data!.events.totalCount).toBe(everything.data!.events.totalCount);
  }, 300_000);
});
