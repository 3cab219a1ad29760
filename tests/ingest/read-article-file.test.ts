import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileFilenameDatePattern } from "../../src/ingest/filename-dates.js";
import {
  type ArticleItem,
  type ArticleRead,
  decodeArticleBytes,
  isRejected,
  readArticleContent,
  readArticleSource,
  type RunMetadata,
} from "../../src/ingest/read-article-file.js";

// Every article below was written for these tests.
const BODY = "The foreign ministers of Norway and Chile spoke by telephone on Tuesday about fishing quotas.";
const BBC_STYLE = `Ministers discuss fishing\n\n${BODY}\n`;
const HEADER = `title: Ministers discuss fishing\nsource: Parley test desk\npublishedAt: 2021-06-08\nurl: https://example.org/fishing\n---\n${BODY}\n`;
const page = (head: string) => `<!doctype html><html><head>${head}</head><body><article><h1>Ministers discuss fishing</h1><p>${BODY}</p></article></body></html>`;

function one(items: ArticleItem[]): ArticleRead {
  expect(items).toHaveLength(1);
  const [item] = items;
  if (!item || isRejected(item)) throw new Error(`expected an article, got ${JSON.stringify(item)}`);
  return item;
}

function rejection(items: ArticleItem[]): string {
  const bad = items.find(isRejected);
  if (!bad) throw new Error(`expected a rejection, got ${JSON.stringify(items)}`);
  return `${bad.label}: ${bad.error}`;
}

const read = (content: string, path: string, run: RunMetadata = {}, relativePath?: string) =>
  readArticleContent(content, { path, ...(relativePath ? { relativePath } : {}) }, run);

describe("a .txt file", () => {
  it("in BBC style gives its first line as the title and the rest as the text", () => {
    const { input, origins } = one(read(BBC_STYLE, "a.txt"));
    expect(input).toEqual({ title: "Ministers discuss fishing", text: BODY });
    expect(origins).toEqual({ title: "file" });
  });

  it("whose first line is a sentence (it ends with a full stop) is all text, so the flag's title applies", () => {
    const content = `${BODY}\n\nThe two ministers agreed to meet again in August.\n`;
    const { input, origins } = one(read(content, "a.txt", { title: "Fishing talks" }));
    expect(input.text).toBe(content.trim());
    expect(input.title).toBe("Fishing talks");
    expect(origins.title).toBe("flag");
  });

  it("with a headline ending in an ellipsis or a question mark still has a title", () => {
    expect(one(read(`Fishing talks to resume...\n\n${BODY}`, "a.txt")).input.title).toBe("Fishing talks to resume...");
    expect(one(read(`Will the talks resume?\n\n${BODY}`, "a.txt")).input.title).toBe("Will the talks resume?");
  });

  it("in the header format gives its header as metadata", () => {
    const { input, origins } = one(read(HEADER, "a.txt"));
    expect(input).toEqual({ title: "Ministers discuss fishing", source: "Parley test desk", publishedAt: "2021-06-08", url: "https://example.org/fishing", text: BODY });
    expect(origins).toEqual({ title: "file", source: "file", url: "file", publishedAt: "file" });
  });

  it("in the header format may leave keys out; the flags fill them in", () => {
    const { input, origins } = one(read(`title: Fishing\n---\n${BODY}`, "a.txt", { publishedAt: "2021-06-09", source: "Desk" }));
    expect(input).toMatchObject({ title: "Fishing", publishedAt: "2021-06-09", source: "Desk" });
    expect(origins).toMatchObject({ title: "file", publishedAt: "flag", source: "flag" });
  });

  it.each([
    ["a date that is not a calendar day", HEADER.replace("2021-06-08", "2021-06-31"), /^dir\/a\.txt: publishedAt must be YYYY-MM-DD \(a calendar day\), got "2021-06-31"$/],
    ["an unknown key", HEADER.replace("source:", "outlet:"), /^dir\/a\.txt:2: unknown header key "outlet"/],
    ["a URL that is not http(s)", HEADER.replace("https://example.org/fishing", "example.org/fishing"), /^dir\/a\.txt: url must be an http\(s\) URL/],
    ["an empty body", HEADER.replace(BODY, ""), /^dir\/a\.txt: the body after `---` is empty/],
  ])("in the header format with %s is rejected, naming the file (and line)", (_name, content, message) => {
    expect(rejection(read(content, "dir/a.txt"))).toMatch(message);
  });

  it("that is empty is rejected", () => {
    expect(rejection(read(" \n\n", "a.txt"))).toBe("a.txt: the file is empty: there is no article in it");
  });
});

describe("an HTML page", () => {
  it("gives its publication day, site name and canonical URL from its own tags", () => {
    const html = page(
      '<title>Fishing | Example Times</title><meta property="article:published_time" content="2021-06-08T23:30:00-05:00">' +
        '<meta property="og:site_name" content="Example &amp; Times"><link rel="canonical" href="https://example.org/fishing">',
    );
    const { input, origins } = one(read(html, "a.html", { publishedAt: "2020-01-01", source: "Other", url: "https://example.org/other", title: "Flag title" }));
    // The day as the page writes it, in the publisher's own time zone.
    expect(input).toEqual({ html, publishedAt: "2021-06-08", source: "Example & Times", url: "https://example.org/fishing" });
    expect(origins).toEqual({ title: "file", source: "file", url: "file", publishedAt: "file" });
  });

  it("reads a JSON-LD datePublished", () => {
    const html = page('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2021-06-08"}]}</script>');
    expect(one(read(html, "a.html")).input.publishedAt).toBe("2021-06-08");
  });

  it("with a meta date it cannot read notes it and falls back to the flag", () => {
    const item = one(read(page('<meta name="date" content="June 8, 2021">'), "a.html", { publishedAt: "2021-06-09" }));
    expect(item.input.publishedAt).toBe("2021-06-09");
    expect(item.notes).toEqual(['meta date "June 8, 2021" is not a date written YYYY-MM-DD…; ignored']);
  });

  it("with no date of its own is rejected under --published-from-meta", () => {
    expect(rejection(read(page("<title>Fishing</title>"), "a.html", { requireHtmlDate: true, publishedAt: "2021-06-09" }))).toBe(
      "a.html: no publication date in the page's meta tags (--published-from-meta)",
    );
  });
});

describe("a .jsonl file", () => {
  it("gives one article per line; each line's fields win over the flags", () => {
    const content = [JSON.stringify({ text: BODY, publishedAt: "2021-06-08", source: "Line desk" }), "", JSON.stringify({ text: BODY.replace("Tuesday", "Monday") })].join("\n");
    const [first, second] = read(content, "a.jsonl", { publishedAt: "2021-06-10", source: "Flag desk" }) as ArticleRead[];
    expect(first).toMatchObject({ label: "a.jsonl:1", input: { publishedAt: "2021-06-08", source: "Line desk" }, overridden: ["source", "publishedAt"] });
    expect(second).toMatchObject({ label: "a.jsonl:3", input: { publishedAt: "2021-06-10", source: "Flag desk" }, overridden: [] });
  });

  it("rejects a line with a bad date, naming the line", () => {
    expect(rejection(read(JSON.stringify({ text: BODY, publishedAt: "8 June 2021" }), "a.jsonl"))).toBe('a.jsonl:1: publishedAt must be a calendar date written YYYY-MM-DD, got "8 June 2021"');
  });
});

describe("--dates-from-filename", () => {
  const cases: [string, string, string | undefined][] = [
    ["YYYY-MM-DD", "2021-06-08-fishing.txt", "2021-06-08"],
    ["YYYYMMDD", "news/20210608_fishing.txt", "2021-06-08"],
    ["YYYY/MM/DD", "2021/06/08/fishing.html", "2021-06-08"],
    ["(?<date>\\d{8})", "story-20210608.txt", "2021-06-08"],
    ["(?<date>\\d{4}_\\d{2}_\\d{2})", "story-2021_06_08.txt", "2021-06-08"],
    ["(?<day>\\d{1,2})-(?<month>[a-z]+)-(?<year>\\d{4})", "8-jun-2021.txt", "2021-06-08"],
    ["(?<day>\\d{1,2})-(?<month>[a-z]+)-(?<year>\\d{4})", "8-june-2021.txt", "2021-06-08"],
    ["(?<day>\\d{1,2})-(?<month>[a-z]+)-(?<year>\\d{4})", "8-June-2021.txt", "2021-06-08"],
    ["YYYY-MM-DD", "fishing.txt", undefined],
  ];
  it.each(cases)("%s finds %s in %s", (pattern, path, expected) => {
    const item = one(read(BODY, "x/any.txt", { datesFromFilename: compileFilenameDatePattern(pattern) }, path));
    expect(item.input.publishedAt).toBe(expected);
    expect(item.origins.publishedAt).toBe(expected ? "filename" : undefined);
  });

  it("loses to the file's own date and wins over --published", () => {
    const pattern = compileFilenameDatePattern("YYYY-MM-DD");
    expect(one(read(HEADER, "a.txt", { datesFromFilename: pattern, publishedAt: "2021-06-10" }, "2021-06-01.txt")).input.publishedAt).toBe("2021-06-08");
    const fromName = one(read(BBC_STYLE, "a.txt", { datesFromFilename: pattern, publishedAt: "2021-06-10" }, "2021-06-01.txt"));
    expect(fromName.input.publishedAt).toBe("2021-06-01");
    expect(fromName.overridden).toEqual(["publishedAt"]);
  });

  it("rejects a file whose name holds an impossible day, saying which and why", () => {
    const pattern = compileFilenameDatePattern("YYYY-MM-DD");
    expect(rejection(read(BBC_STYLE, "in/2021-02-30.txt", { datesFromFilename: pattern }, "2021-02-30.txt"))).toBe(
      'in/2021-02-30.txt: the date in the file name, "2021-02-30", is not a calendar day (--dates-from-filename YYYY-MM-DD)',
    );
  });

  it.each([
    ["\\d{4}-\\d{2}", /neither a template with YYYY, MM and DD/],
    ["(?<year>\\d{4})-(?<month>\\d{2})", /needs a group \(\?<date>…\) or all of .*; it has only year, month/],
    ["(?<date>[0-9", /not a regular expression/],
  ])("refuses the pattern %s, saying what is missing", (pattern, message) => {
    expect(() => compileFilenameDatePattern(pattern)).toThrow(message);
  });
});

describe("bytes", () => {
  it("that are not UTF-8 are read as Windows-1252 (an old £) unless they look binary", () => {
    expect(decodeArticleBytes(Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x3a, 0x20, 0xa3, 0x35]))).toEqual({ text: "Cost: £5", encoding: "Windows-1252" });
    expect(decodeArticleBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({ error: expect.stringContaining("not valid UTF-8") });
  });

  const dir = mkdtempSync(join(tmpdir(), "parley-reader-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("from a file are read, decoded and noted", async () => {
    const file = join(dir, "old.txt");
    writeFileSync(file, Buffer.concat([Buffer.from("Prices rise\n\nA loaf now costs "), Buffer.from([0xa3]), Buffer.from("2 in the capital.\n")]));
    const item = one(await readArticleSource({ path: file }));
    expect(item.input).toEqual({ title: "Prices rise", text: "A loaf now costs £2 in the capital." });
    expect(item.notes).toEqual(["not UTF-8: read as Windows-1252"]);
  });

  it("from a missing file are a rejection naming it", async () => {
    expect(rejection(await readArticleSource({ path: join(dir, "nope.txt") }))).toBe(`${join(dir, "nope.txt")}: cannot read it: no such file`);
  });
});

describe("the format", () => {
  it("of stdin or an unknown extension is sniffed: { is JSON lines, < is HTML, else text", () => {
    expect(one(read(JSON.stringify({ text: BODY }), "-")).label).toBe("stdin:1");
    expect(one(read(page(""), "-")).input.html).toBeDefined();
    expect(one(read(BBC_STYLE, "notes.md")).input.title).toBe("Ministers discuss fishing");
  });
});
