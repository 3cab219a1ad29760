import { BadInputError } from "../../domain/index.js";
import { type Page } from "../../store/graph-store.js";
import { MAX_FIRST } from "../inputs/page.args.js";
import { type ConnectionData } from "../types/connection.type.js";

/**
 * The API's cursor wraps the store's opaque keyset cursor `a` plus a small skip `s`, so every edge
 * gets a cursor although the store only returns one per page: the last edge's cursor is the store's
 * own (`s = 0`); an earlier edge resumes from the page's start cursor and skips the edges before it.
 */
interface Position {
  a?: string;
  s: number;
}

function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

function decodeCursor(cursor: string | undefined): Position {
  if (cursor === undefined || cursor === null) return { s: 0 };
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof value === "object" && value !== null) {
      const { a, s } = value as Record<string, unknown>;
      if ((a === undefined || typeof a === "string") && Number.isInteger(s) && (s as number) >= 0 && (s as number) <= MAX_FIRST) {
        return { ...(a === undefined ? {} : { a }), s: s as number };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new BadInputError("after is not a cursor returned by this API", { field: "after" });
}

/** Fetches one page through a keyset-paged store method and shapes it as a Relay connection. */
export async function keysetConnection<T>(
  fetchPage: (request: { first: number; after?: string }) => Promise<Page<T>>,
  first: number,
  after?: string,
): Promise<ConnectionData<T>> {
  const start = decodeCursor(after);
  const page = await fetchPage({ first: first + start.s, ...(start.a === undefined ? {} : { after: start.a }) });
  const items = page.items.slice(start.s);
  const edges = items.map((node, index) => {
    const isLast = index === items.length - 1;
    const position: Position =
      isLast && page.endCursor ? { a: page.endCursor, s: 0 } : { ...(start.a === undefined ? {} : { a: start.a }), s: start.s + index + 1 };
    return { node, cursor: encodeCursor(position) };
  });
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== undefined && after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
