import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreError } from "../../src/domain/index.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { counts, GOOD_ARTICLE, INGEST, postJson, send, startLiveServer, STATS_QUERY, type LiveServer } from "./secure-server.js";

const TOKEN = "test-token-0123456789abcdef";
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("access with PARLEY_API_TOKEN set (reads open)", () => {
  let live: LiveServer;
  beforeAll(async () => {
    live = await startLiveServer({ security: { apiToken: TOKEN } });
  });
  afterAll(async () => live?.dispose());

  it("refuses a mutation without a token: 401 UNAUTHENTICATED, nothing written", async () => {
    const before = await counts(live.url);
    const reply = await postJson(live.url, { query: INGEST, variables: { input: GOOD_ARTICLE } });
    expect(reply.status).toBe(401);
    expect(reply.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(reply.body.errors[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(/Authorization: Bearer/) });
    expect(await counts(live.url)).toEqual(before);
  });

  it("refuses a malformed Authorization header (401) and a wrong token (403 FORBIDDEN)", async () => {
    const before = await counts(live.url);
    for (const [headers, status, code] of [
      [{ authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString("base64")}` }, 401, "UNAUTHENTICATED"],
      [{ authorization: "Bearer" }, 401, "UNAUTHENTICATED"],
      [bearer(`${TOKEN}x`), 403, "FORBIDDEN"],
      [bearer(TOKEN.slice(0, -1)), 403, "FORBIDDEN"],
      [bearer("wrong"), 403, "FORBIDDEN"],
    ] as const) {
      const reply = await postJson(live.url, { query: INGEST, variables: { input: GOOD_ARTICLE } }, headers);
      expect(reply.status, JSON.stringify(headers)).toBe(status);
      expect(reply.body.errors[0].extensions.code).toBe(code);
    }
    // A mutation hidden behind a query in the same document is still a mutation when selected.
    const mixed = await postJson(live.url, { query: `query Q { stats { articles } } mutation M { deleteArticle(id: "article:0000000000000000") }`, operationName: "M" });
    expect(mixed.status).toBe(401);
    expect(await counts(live.url)).toEqual(before);
  });

  it("accepts the right token, and leaves queries open", async () => {
    const reply = await postJson(live.url, { query: INGEST, variables: { input: GOOD_ARTICLE } }, bearer(TOKEN));
    expect(reply.status).toBe(200);
    expect(reply.body.data.ingestArticle.status).toBe("ADDED");
    const read = await postJson(live.url, { query: STATS_QUERY });
    expect(read.status).toBe(200);
    expect(read.body.data.stats.articles).toBe(1);
  });
});

describe("access with reads closed (PARLEY_READS_REQUIRE_TOKEN=true)", () => {
  let live: LiveServer;
  beforeAll(async () => {
    live = await startLiveServer({ security: { apiToken: TOKEN, readsRequireToken: true } });
  });
  afterAll(async () => live?.dispose());

  it("needs the token for queries too", async () => {
    expect((await postJson(live.url, { query: STATS_QUERY })).status).toBe(401);
    const wrong = await postJson(live.url, { query: STATS_QUERY }, bearer("nope"));
    expect(wrong.status).toBe(403);
    expect(wrong.body.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(wrong.body.data).toBeUndefined();
    const right = await postJson(live.url, { query: STATS_QUERY }, bearer(TOKEN));
    expect(right.status).toBe(200);
    expect(right.body.data.stats.articles).toBe(0);
  });
});

describe("CORS allowlist, CSRF prevention, body limit", () => {
  let open: LiveServer;
  let closed: LiveServer;
  beforeAll(async () => {
    open = await startLiveServer({ security: { corsOrigins: ["https://app.example.org"], maxBodyBytes: 64 * 1024 } });
    closed = await startLiveServer();
  });
  afterAll(async () => {
    await open?.dispose();
    await closed?.dispose();
  });

  it("answers a preflight from an allowed origin, with the Authorization header allowed", async () => {
    const reply = await send(open.url, { method: "OPTIONS", headers: { origin: "https://app.example.org", "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });
    expect(reply.status).toBe(204);
    expect(reply.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
    expect(reply.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const post = await postJson(open.url, { query: STATS_QUERY }, { origin: "https://app.example.org" });
    expect(post.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
  });

  it("gives other origins no CORS headers (browsers block them), and by default allows no origin at all", async () => {
    for (const [url, origin] of [[open.url, "https://evil.example"], [open.url, "https://app.example.org.evil.example"], [closed.url, "https://app.example.org"]] as const) {
      const preflight = await send(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
      expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
      const post = await postJson(url, { query: STATS_QUERY }, { origin });
      expect(post.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("keeps CSRF prevention on: form posts and simple GETs are refused", async () => {
    const form = await send(closed.url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "query=mutation{deleteArticle(id:%22article:0%22)}" });
    expect(form.status).toBe(415);
    const get = await send(`${closed.url}?query=${encodeURIComponent(STATS_QUERY)}`);
    expect(get.status).toBe(400);
    expect(get.body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  it("answers a body over PARLEY_MAX_BODY with 413 PAYLOAD_TOO_LARGE and keeps serving", async () => {
    const big = await postJson(open.url, { query: STATS_QUERY, variables: { pad: "x".repeat(65 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    expect((await postJson(open.url, { query: STATS_QUERY })).status).toBe(200);
  });
});

describe("production settings: no introspection or playground when turned off, no internals in errors", () => {
  let live: LiveServer;
  beforeAll(async () => {
    live = await startLiveServer({
      environment: "production",
      security: { introspection: false, playground: false },
      // A store that fails the way a driver does, with SQL and a file path in its message.
      wrapStore: (store) =>
        new Proxy(store, {
          get(target, key, receiver) {
            if (key === "ingestArticle") return async () => { throw new StoreError("could not store article:1; nothing was written: SQLITE_CONSTRAINT: INSERT INTO articles (id) VALUES (?) at /var/lib/parley.db", { cause: "INSERT INTO articles" }); };
            if (key === "findArticles") return async () => { throw new Error("SQLITE_ERROR: near \"SELECT\": syntax error in SELECT * FROM articles"); };
            return Reflect.get(target, key, receiver) as unknown;
          },
        }) as GraphStore,
    });
  });
  afterAll(async () => live?.dispose());

  it("refuses introspection and serves no query page", async () => {
    const reply = await postJson(live.url, { query: "{ __schema { types { name } } }" });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(reply.body.errors[0].message).toMatch(/introspection/i);
    for (const path of ["/", "/graphql"]) {
      const page = await send(`${live.base}${path}`, { headers: { accept: "text/html" } });
      expect(String(page.body)).not.toContain("<title>Parley GraphQL</title>");
    }
  });

  it("does not suggest field names to clients", async () => {
    const reply = await postJson(live.url, { query: "{ stat { articles } }" });
    expect(reply.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(reply.body.errors[0].message).not.toMatch(/Did you mean/);
  });

  it("masks store and unexpected errors: no SQL, no paths, no stack traces", async () => {
    const write = await postJson(live.url, { query: INGEST, variables: { input: GOOD_ARTICLE } });
    const read = await postJson(live.url, { query: "{ articles { totalCount } }" });
    expect(write.body.errors[0].extensions.code).toBe("STORE_ERROR");
    expect(read.body.errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
    for (const reply of [write, read]) {
      const text = JSON.stringify(reply.body);
      expect(text).not.toMatch(/SQLITE|INSERT|SELECT|\/var\/lib|stacktrace|    at /);
    }
    expect(write.body.errors[0].message).toBe("the store could not complete the request; nothing was written");
  });

  it("answers bad input with its code and message, still without a stack trace", async () => {
    const reply = await postJson(live.url, { query: INGEST, variables: { input: { text: "" } } });
    expect(reply.body.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "text" } });
    expect(reply.body.errors[0].extensions).not.toHaveProperty("stacktrace");
  });
});
