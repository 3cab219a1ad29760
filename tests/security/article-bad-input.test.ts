import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_HTML_DEPTH } from "../../src/server/article-guard.js";
import { counts, GOOD_ARTICLE, INGEST, postJson, send, startLiveServer, type LiveServer, type Reply } from "./secure-server.js";

interface BadArticle {
  name: string;
  /** The `input` variable, or a whole request for cases that cannot be written as JSON values. */
  input?: Record<string, unknown>;
  request?: (url: string) => Promise<Reply>;
  status: number;
  code: string;
  /** The field the error must name (in extensions.field or the message). */
  field?: string;
  message?: RegExp;
}

const BODY = GOOD_ARTICLE.text;

/** A JSON request body with raw bytes spliced into the article text: not valid UTF-8 on the wire. */
function rawBytesBody(bytes: number[]): Buffer {
  const [head, tail] = JSON.stringify({ query: INGEST, variables: { input: { text: `${BODY} @@BYTES@@ more text.` } } }).split("@@BYTES@@");
  return Buffer.concat([Buffer.from(head!, "utf8"), Buffer.from(bytes), Buffer.from(tail!, "utf8")]);
}

const CASES: BadArticle[] = [
  { name: "empty text", input: { text: "" }, status: 200, code: "BAD_USER_INPUT", field: "text", message: /empty/ },
  { name: "whitespace only", input: { text: " \n\t\r\n   " }, status: 200, code: "BAD_USER_INPUT", field: "text", message: /empty/ },
  { name: "binary bytes (NUL, BEL) in text", input: { text: `${BODY}\u0000\u0007\u0001` }, status: 200, code: "BAD_USER_INPUT", field: "text", message: /control character U\+0000/ },
  { name: "control characters in title", input: { text: BODY, title: "Leaders\u001b[31m speak" }, status: 200, code: "BAD_USER_INPUT", field: "title", message: /U\+001B/ },
  {
    name: "invalid UTF-8 bytes on the wire",
    request: (url) => send(url, { method: "POST", headers: { "content-type": "application/json" }, body: rawBytesBody([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1]) }),
    status: 200,
    code: "BAD_USER_INPUT",
    field: "text",
    message: /U\+FFFD.*not valid UTF-8/,
  },
  { name: "replacement characters already in the text", input: { text: `${BODY} caf\uFFFD\uFFFD` }, status: 200, code: "BAD_USER_INPUT", field: "text", message: /U\+FFFD/ },
  { name: "a lone UTF-16 surrogate", input: { text: `${BODY} \uD800 end` }, status: 200, code: "BAD_USER_INPUT", field: "text", message: /surrogate/ },
  {
    name: "a 20 MB body",
    request: (url) => postJson(url, { query: INGEST, variables: { input: { text: `${BODY} ${"word ".repeat(4 * 1024 * 1024)}` } } }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  { name: "text over the extractor's 2 000 000 characters", input: { text: "Putin met Trump. ".repeat(150_000) }, status: 200, code: "BAD_USER_INPUT", field: "text", message: /limit is 2000000/ },
  {
    name: "HTML bomb: 100 000 nested elements",
    input: { html: `<html><body>${"<div>".repeat(100_000)}<p>${BODY}</p>${"</div>".repeat(100_000)}</body></html>` },
    status: 200,
    code: "BAD_USER_INPUT",
    field: "html",
    message: new RegExp(`nests elements \\d+ deep; the limit is ${MAX_HTML_DEPTH}`),
  },
  {
    name: "HTML bomb: unclosed nesting",
    input: { html: `<html><body>${"<span><b><i>".repeat(20_000)}${BODY}` },
    status: 200,
    code: "BAD_USER_INPUT",
    field: "html",
  },
  {
    name: "HTML bomb: 150 000 sibling elements",
    input: { html: `<html><body><article>${"<p>a</p>".repeat(150_000)}</article></body></html>` },
    status: 200,
    code: "BAD_USER_INPUT",
    field: "html",
    message: /150\d{3} elements; the limit is 100000/,
  },
  {
    name: "only page furniture (navigation, footer)",
    input: { html: "<html><head><title>News</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav><footer>© 2025 All rights reserved. <a href='/privacy'>Privacy</a></footer></body></html>" },
    status: 200,
    code: "BAD_USER_INPUT",
    field: "html",
  },
  { name: "impossible date 2025-02-30", input: { text: BODY, publishedAt: "2025-02-30" }, status: 200, code: "BAD_USER_INPUT", field: "publishedAt" },
  { name: "impossible date 2025-13-01", input: { text: BODY, publishedAt: "2025-13-01" }, status: 200, code: "BAD_USER_INPUT", field: "publishedAt" },
  { name: "date in words", input: { text: BODY, publishedAt: "19 March 2025" }, status: 200, code: "BAD_USER_INPUT", field: "publishedAt" },
  { name: "neither text nor html", input: { title: "No body" }, status: 200, code: "BAD_USER_INPUT", field: "text" },
  { name: "both text and html", input: { text: BODY, html: `<p>${BODY}</p>` }, status: 200, code: "BAD_USER_INPUT", field: "html" },
  { name: "a javascript: url", input: { text: BODY, url: "javascript:alert(1)" }, status: 200, code: "BAD_USER_INPUT", field: "url" },
  { name: "a 600-character title", input: { text: BODY, title: "t".repeat(600) }, status: 200, code: "BAD_USER_INPUT", field: "title" },
  { name: "a language that is not a code", input: { text: BODY, language: "english" }, status: 200, code: "BAD_USER_INPUT", field: "language" },
  { name: "a number where text belongs", input: { text: 42 }, status: 400, code: "BAD_USER_INPUT", field: "text" },
  { name: "no input at all", request: (url) => postJson(url, { query: "mutation { ingestArticle { status } }" }), status: 400, code: "GRAPHQL_VALIDATION_FAILED", field: "input" },
];

describe("article bad input over HTTP: a clear error naming the field, and nothing written", () => {
  let live: LiveServer;
  beforeAll(async () => {
    live = await startLiveServer();
    // One good article first, so "nothing written" is checked against a non-empty store.
    const good = await postJson(live.url, { query: INGEST, variables: { input: GOOD_ARTICLE } });
    expect(good.body.data?.ingestArticle.status, JSON.stringify(good.body)).toBe("ADDED");
  });
  afterAll(async () => live?.dispose());

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, bad) => {
    const before = await counts(live.url);
    const reply = bad.request ? await bad.request(live.url) : await postJson(live.url, { query: INGEST, variables: { input: bad.input } });
    const error = reply.body.errors?.[0];
    expect(reply.status, JSON.stringify(reply.body).slice(0, 400)).toBe(bad.status);
    expect(error?.extensions?.code, JSON.stringify(reply.body).slice(0, 400)).toBe(bad.code);
    expect(reply.body.data?.ingestArticle ?? null).toBeNull();
    if (bad.field) expect(`${error.extensions.field ?? ""} ${error.message}`).toContain(bad.field);
    if (bad.message) expect(error.message).toMatch(bad.message);
    expect(error.extensions).not.toHaveProperty("stacktrace");
    expect(reply.ms).toBeLessThan(5000);
    expect(await counts(live.url)).toEqual(before);
  });

  it("takes an HTML fragment or plain text sent as html (no <body>) as the body of a page", async () => {
    const before = await counts(live.url);
    const plain = await postJson(live.url, { query: INGEST, variables: { input: { html: "' OR 1=1 --" } } });
    expect(plain.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "html" } });
    expect(await counts(live.url)).toEqual(before);
    const fragment = `${"<div>".repeat(5)}<p>French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday, officials said.</p>${"</div>".repeat(5)}`;
    const stored = await postJson(live.url, { query: INGEST, variables: { input: { html: fragment, publishedAt: "2025-03-19" } } });
    expect(stored.body.errors, JSON.stringify(stored.body)).toBeUndefined();
    expect(stored.body.data.ingestArticle.status).toBe("ADDED");
    expect(stored.body.data.ingestArticle.entityCount).toBeGreaterThan(0);
  });

  it("documented result for non-English text: stored with its language, no entities or events", async () => {
    const before = (await counts(live.url)) as { articles: number; events: number };
    // Written for this test (Russian): "On Tuesday the two ministers discussed trade by telephone."
    const input = { text: "Во вторник два министра обсудили по телефону вопросы торговли. Стороны договорились продолжить переговоры.", language: "ru", publishedAt: "2025-03-19" };
    const reply = await postJson(live.url, { query: INGEST, variables: { input } });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data.ingestArticle).toMatchObject({ status: "ADDED", entityCount: 0, eventCount: 0 });
    const after = (await counts(live.url)) as { articles: number; events: number };
    expect(after.articles).toBe(before.articles + 1);
    expect(after.events).toBe(before.events);
    const article = await postJson(live.url, { query: "query($id: ID!) { article(id: $id) { language } }", variables: { id: reply.body.data.ingestArticle.articleId } });
    expect(article.body.data.article.language).toBe("ru");
  });
});
