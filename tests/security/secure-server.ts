import { join } from "node:path";
import { type SecurityConfig } from "../../src/config.js";
import { extractArticle } from "../../src/extract/pipeline.js";
import { createParleyServer, type ParleyServer } from "../../src/server/create-server.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { makeTempDir } from "../helpers/test-server.js";

/** A real Parley (real extractor, temp sqlite file) listening on a free loopback port. */
export interface LiveServer {
  server: ParleyServer;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** http://127.0.0.1:<port> */
  base: string;
  dbPath: string;
  dispose(): Promise<void>;
}

export async function startLiveServer(
  options: { security?: Partial<SecurityConfig>; environment?: string; wrapStore?: (store: GraphStore) => GraphStore } = {},
): Promise<LiveServer> {
  const temp = await makeTempDir("parley-security-");
  const dbPath = join(temp.dir, "parley.db");
  const opened = await openSqliteStore({ path: dbPath });
  const store = options.wrapStore ? options.wrapStore(opened) : opened;
  const server = await createParleyServer({
    store,
    extract: extractArticle,
    environment: options.environment ?? "test",
    ...(options.security ? { security: options.security } : {}),
  });
  const address = await server.listen(0, "127.0.0.1");
  return {
    server,
    url: `http://127.0.0.1:${address.port}/graphql`,
    base: `http://127.0.0.1:${address.port}`,
    dbPath,
    async dispose() {
      await server.close();
      await temp.remove();
    },
  };
}

export interface Reply {
  status: number;
  ms: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: any;
}

/** One HTTP request, timed; never throws on a non-2xx status. */
export async function send(url: string, init: RequestInit = {}): Promise<Reply> {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  const ms = performance.now() - started;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, ms, headers: response.headers, body };
}

/** POSTs a JSON body (any value, so batches and junk can be sent too). */
export function postJson(url: string, payload: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(payload) });
}

export const STATS_QUERY = "{ stats { articles events tenures entitiesByKind { kind count } eventsByType { type count } } }";

/** Everything the store counts, to compare before and after a request that must write nothing. */
export async function counts(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const reply = await postJson(url, { query: STATS_QUERY }, headers);
  if (reply.status !== 200 || reply.body.errors) throw new Error(`stats failed: ${JSON.stringify(reply.body)}`);
  return reply.body.data.stats;
}

export const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId status entityCount eventCount } }`;

// Written for these tests: a call reported in our own words.
export const GOOD_ARTICLE = {
  title: "Leaders speak by phone",
  source: "Parley test desk",
  publishedAt: "2025-03-19",
  text: [
    "US President Donald Trump and Russian President Vladimir Putin spoke by telephone on Tuesday for about two hours, the White House said.",
    "Kremlin spokesperson Dmitry Peskov said the two leaders had also discussed a possible meeting but that no date had been set.",
  ].join("\n\n"),
};
