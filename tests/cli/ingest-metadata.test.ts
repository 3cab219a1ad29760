import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { parley } from "./run-parley.js";

// Articles written for this test.
const BODY_A = "Finnish Prime Minister Aino Lahti met Estonian President Karl Rebane in Tallinn on Monday to discuss ferry links.";
const BODY_B = "Irish Foreign Minister Niamh Doyle spoke by telephone with Portuguese Foreign Minister Rui Salgado on Wednesday.";
const BODY_C = "Chilean President Tomas Vera visited Lima on Thursday and met Peruvian President Ana Quispe at the palace.";
const BODY_D = "Austrian Chancellor Lena Gruber hosted Slovak Prime Minister Marek Bartos in Vienna on Friday.";

const FILES: Record<string, string> = {
  "bbc-style.txt": `Leaders discuss ferry links\n\n${BODY_A}\n`,
  "header.txt": `title: Ministers speak by phone\nsource: Parley test desk\npublishedAt: 2022-03-16\n---\n${BODY_B}\n`,
  "page.html": `<!doctype html><html><head><title>Vera visits Lima</title><meta property="article:published_time" content="2022-03-17T09:00:00Z"><meta property="og:site_name" content="Example Wire"></head><body><article><h1>Vera visits Lima</h1><p>${BODY_C} The two leaders talked about trade.</p></article></body></html>`,
  "2022-03-18-vienna.txt": `Gruber hosts Bartos\n\n${BODY_D}\n`,
};
const FLAGS = ["--source", "Flag Desk", "--published", "2022-03-01", "--dates-from-filename", "YYYY-MM-DD"];

const dir = mkdtempSync(join(tmpdir(), "parley-ingest-meta-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Article {
  id: string;
  title?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  text: string;
}

const pick = ({ id, title, source, publishedAt, url, text }: Article) => ({ id, title: title ?? null, source: source ?? null, publishedAt: publishedAt ?? null, url: url ?? null, text });

describe("parley ingest with run-level metadata", () => {
  let stored: Map<string, Article>;
  let run: ReturnType<typeof parley>;
  beforeAll(async () => {
    mkdirSync(join(dir, "in"));
    for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, "in", name), content);
    const db = join(dir, "meta.db");
    run = parley(["ingest", join(dir, "in"), "--db", db, ...FLAGS]);
    const store = await openSqliteStore({ path: db });
    stored = new Map((await store.findArticles({ first: 20 })).items.map((article) => [article.title ?? "", article]));
    await store.close();
  });

  it("stores each article with the file's own metadata first, then the file-name date, then the flags", () => {
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect([...stored.values()].map(pick).map(({ id: _id, text: _text, ...meta }) => meta).sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!))).toEqual([
      { title: "Leaders discuss ferry links", source: "Flag Desk", publishedAt: "2022-03-01", url: null },
      { title: "Ministers speak by phone", source: "Parley test desk", publishedAt: "2022-03-16", url: null },
      { title: "Vera visits Lima", source: "Example Wire", publishedAt: "2022-03-17", url: null },
      { title: "Gruber hosts Bartos", source: "Flag Desk", publishedAt: "2022-03-18", url: null },
    ]);
  });

  it("says where the publication days came from and which flags the files overrode", () => {
    expect(run.stdout).toMatch(/^added 4, unchanged 0, rejected 0 in /m);
    expect(run.stdout).toMatch(/^publication days of the articles added: 2 from the articles themselves, 1 from file names, 1 from --published$/m);
    expect(run.stdout).toMatch(/^--source not used for 2 articles carrying their own source$/m);
    expect(run.stdout).toMatch(/^--published not used for 3 articles carrying a date of their own \(or in their file name\)$/m);
  });

  it.each(Object.keys(FILES))("gives `parley extract` the same article for %s", (name) => {
    const extracted = parley(["extract", join(dir, "in", name), ...FLAGS]);
    expect(extracted.status, extracted.stderr).toBe(0);
    const { article } = JSON.parse(extracted.stdout) as { article: Article };
    const twin = [...stored.values()].find((candidate) => candidate.id === article.id);
    expect(twin, `no stored article ${article.id}`).toBeDefined();
    expect(pick(article)).toEqual(pick(twin!));
  });

  it("counts undated articles instead of leaving them silent", () => {
    const db = join(dir, "undated.db");
    const plain = parley(["ingest", join(dir, "in", "bbc-style.txt"), "--db", db]);
    expect(plain.stdout).toMatch(/^publication days of the articles added: 1 undated \(no publication day: relative dates stay unresolved\)$/m);
  });
});

describe("parley ingest and extract refuse bad metadata", () => {
  it.each([
    ["ingest", ["--published", "2022-02-30"], /option '--published <YYYY-MM-DD>' argument '2022-02-30' is invalid\. expected a calendar date written YYYY-MM-DD/],
    ["extract", ["--published", "2022-02-30"], /option '--published <YYYY-MM-DD>' argument '2022-02-30' is invalid\. expected a calendar date written YYYY-MM-DD/],
    ["ingest", ["--url", "example.org/x"], /option '--url <URL>' argument 'example\.org\/x' is invalid\. expected an absolute http\(s\) URL/],
    ["extract", ["--dates-from-filename", "\\d{8}"], /argument '\\d\{8\}' is invalid\. "\\\\d\{8\}" is neither a template with YYYY, MM and DD/],
  ] as const)("%s %j is bad usage, exit 2", (command, flags, message) => {
    const file = join(dir, "one.txt");
    writeFileSync(file, `Talks\n\n${BODY_A}\n`);
    const run = parley([command, file, ...flags, ...(command === "ingest" ? ["--db", join(dir, "bad.db")] : [])]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("a file with a bad date of its own is rejected by ingest (exit 1) and by extract (exit 2), naming the file and the value", () => {
    const file = join(dir, "bad-date.txt");
    writeFileSync(file, `title: Talks\npublishedAt: 2022-13-01\n---\n${BODY_A}\n`);
    const ingest = parley(["ingest", file, "--db", join(dir, "bad.db"), "--published", "2022-03-01"]);
    expect(ingest.status).toBe(1);
    expect(ingest.stdout).toContain(`rejected ${file}: publishedAt must be YYYY-MM-DD (a calendar day), got "2022-13-01"`);
    const extract = parley(["extract", file]);
    expect(extract.status).toBe(2);
    expect(extract.stderr).toContain(`${file}: publishedAt must be YYYY-MM-DD (a calendar day), got "2022-13-01"`);
  });

  it("extract says when the file's own metadata beat a flag", () => {
    const file = join(dir, "own.txt");
    writeFileSync(file, `title: Talks\npublishedAt: 2022-03-16\n---\n${BODY_B}\n`);
    const run = parley(["extract", file, "--published", "2022-03-01"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).article.publishedAt).toBe("2022-03-16");
    expect(run.stderr).toBe(`parley: note: ${file}: --published not used; the article carries its own publishedAt\n`);
  });
});
