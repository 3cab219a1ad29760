import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphql } from "../helpers/http-client.js";
import { listen, wsClient } from "../helpers/subscription-client.js";
import { startLiveServer, type LiveServer } from "./secure-server.js";

const TOKEN = "a-long-test-token-for-the-feed";
const FEED = "subscription { eventAdded { id type } }";

/** The first error of a subscription the server refused. */
async function refusal(live: LiveServer, query: string, options: Parameters<typeof wsClient>[1] = {}, variables?: Record<string, unknown>) {
  const client = wsClient(live.url, options);
  try {
    const heard = listen(client, query, variables);
    await heard.ended();
    const errors = Array.isArray(heard.failure) ? heard.failure : heard.results[0]?.errors;
    return errors?.[0];
  } finally {
    await client.dispose();
  }
}

/** Resolves once the server listens for one more subscriber than `before`. */
async function subscribed(live: LiveServer, before = 0): Promise<void> {
  await expect.poll(() => live.server.feed.subscriberCount, { timeout: 2000 }).toBe(before + 1);
}

describe("the WebSocket keeps the HTTP endpoint's token rule", () => {
  let closedReads: LiveServer;
  let openReads: LiveServer;
  beforeAll(async () => {
    closedReads = await startLiveServer({ security: { apiToken: TOKEN, readsRequireToken: true } });
    openReads = await startLiveServer({ security: { apiToken: TOKEN } });
  });
  afterAll(async () => {
    await closedReads?.dispose();
    await openReads?.dispose();
  });

  it("refuses a subscription without the token (UNAUTHENTICATED) or with a wrong one (FORBIDDEN) when reads need it", async () => {
    expect(await refusal(closedReads, FEED)).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(await refusal(closedReads, FEED, { connectionParams: { authorization: "Bearer not-it" } })).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(closedReads.server.feed.subscriberCount).toBe(0);
  });

  it("accepts the token in the connection_init payload or on the upgrade request", async () => {
    for (const options of [{ connectionParams: { authorization: `Bearer ${TOKEN}` } }, { headers: { authorization: `Bearer ${TOKEN}` } }]) {
      const client = wsClient(closedReads.url, options);
      const heard = listen(client, FEED);
      await subscribed(closedReads);
      expect(heard.failure).toBeUndefined();
      heard.unsubscribe();
      await expect.poll(() => closedReads.server.feed.subscriberCount).toBe(0);
      await client.dispose();
    }
  });

  it("lets anyone subscribe where queries are open: a subscription is a read", async () => {
    const client = wsClient(openReads.url);
    const heard = listen(client, FEED);
    await subscribed(openReads);
    expect(heard.failure).toBeUndefined();
    await client.dispose();
  });
});

describe("the WebSocket keeps the HTTP endpoint's limits and origin rule", () => {
  let live: LiveServer;
  beforeAll(async () => {
    live = await startLiveServer({ environment: "production", security: { maxDepth: 4, maxQueryLength: 400, maxCost: 10, corsOrigins: ["https://app.example.org"] } });
  });
  afterAll(async () => live?.dispose());

  it("refuses a subscription nested past the depth limit, as HTTP does", async () => {
    const deep = "subscription { eventAdded { participants { entity { ... on Person { offices { office { id } } } } } } }";
    expect(await refusal(live, deep)).toMatchObject({ message: "the query is nested 6 levels deep; the limit is 4", extensions: { code: "GRAPHQL_VALIDATION_FAILED", maxDepth: 4 } });
  });

  it("prices a subscription per event it sends, and refuses one over the cost limit", async () => {
    const costly = "subscription { eventAdded { evidence { article { id } } participants { entity { id } } } }";
    expect(await refusal(live, costly)).toMatchObject({ message: "the query costs 13; the limit is 10 (most expensive: eventAdded 13)", extensions: { code: "GRAPHQL_VALIDATION_FAILED", maxCost: 10 } });
  });

  it("refuses a document over the length limit without parsing it", async () => {
    const long = `subscription { eventAdded { id ${" ".repeat(400)} } }`;
    expect(await refusal(live, long)).toMatchObject({ extensions: { code: "GRAPHQL_PARSE_FAILED", maxQueryLength: 400 } });
  });

  it("validates against the schema, without suggesting field names in production", async () => {
    const error = await refusal(live, "subscription { eventAdded { summry } }");
    expect(error).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(error!.message).toBe('Cannot query field "summry" on type "Event".');
  });

  it("carries subscriptions only: a query is sent back to HTTP, and HTTP sends a subscription to the WebSocket", async () => {
    expect(await refusal(live, "{ stats { articles } }")).toMatchObject({ extensions: { code: "BAD_REQUEST" } });
    const overHttp = await postGraphql(live.url, "subscription { eventAdded { id } }");
    expect(overHttp.status).toBe(400);
    expect(overHttp.body.errors).toEqual([expect.objectContaining({ message: "subscriptions run over a WebSocket (graphql-ws) on /graphql, not over HTTP", extensions: { code: "BAD_REQUEST" } })]);
  });

  it("refuses the upgrade from a browser page of another origin, and accepts a listed one", async () => {
    const wsUrl = live.url.replace(/^http/, "ws");
    const status = (origin: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(wsUrl, "graphql-transport-ws", { origin });
        socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
        socket.once("open", () => {
          socket.close();
          resolve(101);
        });
        socket.once("error", reject);
      });
    expect(await status("https://elsewhere.example.com")).toBe(403);
    expect(await status("https://app.example.org")).toBe(101);
  });
});
