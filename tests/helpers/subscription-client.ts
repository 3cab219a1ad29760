import { performance } from "node:perf_hooks";
import { createClient, type Client, type ClientOptions } from "graphql-ws";
import WebSocket from "ws";
import { type GraphQLErrorJson } from "./test-server.js";

/** What one subscription heard: each result with the time it arrived, then how it ended. */
export interface HeardSubscription<TData> {
  results: { data?: TData | null; errors?: GraphQLErrorJson[]; at: number }[];
  /** The `error` message's errors, or the socket's close (code and reason), once the subscription failed. */
  failure?: GraphQLErrorJson[] | { code: number; reason: string };
  completed: boolean;
  /** The result after the ones already taken; rejects after `timeoutMs` without one. */
  next(timeoutMs?: number): Promise<{ data?: TData | null; errors?: GraphQLErrorJson[]; at: number }>;
  /** Resolves once the subscription failed or completed; rejects after `timeoutMs`. */
  ended(timeoutMs?: number): Promise<void>;
  unsubscribe(): void;
}

/** A graphql-ws client (the `ws` package as its WebSocket) for a server's http://…/graphql URL. */
export function wsClient(httpUrl: string, options: Partial<ClientOptions> & { headers?: Record<string, string> } = {}): Client {
  const { headers, ...rest } = options;
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, headers ? { headers } : {});
    }
  }
  return createClient({ url: httpUrl.replace(/^http/, "ws"), webSocketImpl: WebSocketWithHeaders, retryAttempts: 0, lazy: true, ...rest });
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Subscribes and records every result as it arrives. */
export function listen<TData = Record<string, any>>(client: Client, query: string, variables?: Record<string, unknown>): HeardSubscription<TData> {
  let taken = 0;
  const heard: HeardSubscription<TData> = {
    results: [],
    completed: false,
    async next(timeoutMs = 2000) {
      await until(() => heard.results.length > taken || heard.failure !== undefined || heard.completed, timeoutMs, "subscription result");
      if (heard.results.length <= taken) throw new Error(`the subscription ended before a result: ${JSON.stringify(heard.failure ?? "completed")}`);
      return heard.results[taken++]!;
    },
    ended: (timeoutMs = 2000) => until(() => heard.failure !== undefined || heard.completed, timeoutMs, "end of the subscription"),
    unsubscribe: () => undefined,
  };
  heard.unsubscribe = client.subscribe<TData>(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (result) => void heard.results.push({ ...(result as object), at: performance.now() }),
      error: (error) => {
        if (Array.isArray(error)) heard.failure = error as GraphQLErrorJson[];
        else if (error && typeof error === "object" && "code" in error) heard.failure = { code: Number(error.code), reason: String((error as { reason?: unknown }).reason ?? "") };
        else heard.failure = [{ message: String(error) }];
      },
      complete: () => void (heard.completed = true),
    },
  );
  return heard;
}
