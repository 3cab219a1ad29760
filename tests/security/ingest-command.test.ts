import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { parley } from "../cli/run-parley.js";
import { makeTempDir } from "../helpers/test-server.js";

// Articles written for this test.
const BBC = "Ministers meet in Paris\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday to discuss energy prices.\n";
const SEED = "title: Leaders speak by phone\nsource: Parley test desk\npublishedAt: 2025-03-19\n---\nUS President Donald Trump and Russian President Vladimir Putin spoke by telephone on Tuesday, the White House said.\n";
const HTML = `<!doctype html><html><head><meta property="article:published_time" content="2025-03-20T10:00:00Z"><title>Talks</title></head><body><article><h1>Talks in Rome</h1><p>Italian Prime Minister Giorgia Meloni met Ukrainian President Volodymyr Zelensky in Rome on Thursday, her office said. The two leaders discussed reconstruction.</p></article></body></html>`;
const JSONL = [
  JSON.stringify({ title: "Visit", publishedAt: "2025-03-21", text: "Indian Prime Minister Narendra Modi visited Washington on Friday and met US President Donald Trump at the White House." }),
  "not json",
  JSON.stringify({ text: "Fine text about nothing in particular.", publishedAt: "2025-02-30" }),
  JSON.stringify({ text: 5 }),
  "",
].join("\n");

describe("parley ingest", () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, remove } = await makeTempDir("parley-ingest-"));
    await mkdir(join(dir, "in", "nested"), { recursive: true });
    await writeFile(join(dir, "in", "bbc.txt"), BBC);
    await writeFile(join(dir, "in", "nested", "seed.txt"), SEED);
    await writeFile(join(dir, "in", "nested", "page.html"), HTML);
    await writeFile(join(dir, "in", "more.jsonl"), JSONL);
    await writeFile(join(dir, "in", "ignored.md"), "# not an article");
    await writeFile(join(dir, "bad.txt"), Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x0a, 0xff, 0xfe, 0x00]));
  });
  afterAll(async () => remove?.());

  it("ingests a folder recursively (.txt in both formats, .html, .jsonl), reports rejections with reasons, exit 1", async () => {
    const db = join(dir, "a.db");
    const run = parley(["ingest", join(dir, "in"), "--db", db]);
    expect(run.stdout, run.stderr).toMatch(/^added 4, unchanged 0, rejected 3 in /m);
    expect(run.stdout).toMatch(/rejected .*more\.jsonl:2: not a JSON object/);
    expect(run.stdout).toMatch(/rejected .*more\.jsonl:3: publishedAt must be a calendar date/);
    expect(run.stdout).toMatch(/rejected .*more\.jsonl:4: text must be a string/);
    expect(run.status).toBe(1);
    // Not a TTY: one plain line per article on stderr.
    expect(run.stderr).toMatch(/^ADDED .*bbc\.txt$/m);
    const store = await openSqliteStore({ path: db });
    const stats = await store.stats();
    const titles = (await store.findArticles({ first: 10 })).items.map((article) => article.title).sort();
    await store.close();
    expect(stats.articles).toBe(4);
    expect(titles).toEqual(["Leaders speak by phone", "Ministers meet in Paris", "Talks", "Visit"].sort());

    const again = parley(["ingest", join(dir, "in"), "--db", db]);
    expect(again.stdout).toMatch(/^added 0, unchanged 4, rejected 3/m);
  });

  it("reads stdin with -, takes HTML dates from meta tags when asked, exits 0 when nothing is rejected", () => {
    const db = join(dir, "b.db");
    const run = parley(["ingest", "-", "--db", db], BBC);
    expect(run.stdout, run.stderr).toMatch(/^added 1, unchanged 0, rejected 0/m);
    expect(run.status).toBe(0);
    const meta = parley(["ingest", join(dir, "in", "nested", "page.html"), "--published-from-meta", "--db", db]);
    expect(meta.status, meta.stdout + meta.stderr).toBe(0);
  });

  it("rejects bytes that are not UTF-8, and a missing path is a usage error (exit 2)", () => {
    const db = join(dir, "c.db");
    const bad = parley(["ingest", join(dir, "bad.txt"), "--db", db]);
    expect(bad.stdout).toMatch(/rejected .*bad\.txt: .*not valid UTF-8/);
    expect(bad.status).toBe(1);
    const missing = parley(["ingest", join(dir, "nope"), "--db", db]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder: .*nope/);
    expect(parley(["ingest", "--db", db]).status).toBe(2);
  });
});
