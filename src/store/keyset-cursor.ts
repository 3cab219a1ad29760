import { BadInputError } from "../domain/errors.js";
import { type EventOrder, type Page } from "./graph-store.js";

/**
 * Keyset paging shared by every adapter. A cursor is opaque to callers: base64url JSON of the
 * ordering it came from, the sort key and the id of the last item seen. A cursor from another
 * ordering (another list, or the same list sorted the other way) is refused, as is garbage.
 */

/** The orderings a cursor can belong to; the strings are part of every cursor already handed out. */
export type KeysetOrdering = "entities" | "articles" | "curations" | `events:${EventOrder}`;

/** Where the previous page ended: the sort key and id of its last item. */
export interface KeysetPosition {
  key: string;
  id: string;
}

/** The opaque cursor of an item at sort key `key` with id `id` in `ordering`. */
export function encodeCursor(ordering: KeysetOrdering, key: string, id: string): string {
  return Buffer.from(JSON.stringify([ordering, key, id]), "utf8").toString("base64url");
}

/** The sort key and id of a cursor, or a BadInputError naming `after`. */
export function decodeCursor(cursor: string, ordering: KeysetOrdering): KeysetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === "string")) {
    throw new BadInputError(`invalid cursor ${JSON.stringify(cursor)}`, { path: "after" });
  }
  const [cursorOrdering, key, id] = parsed as [string, string, string];
  if (cursorOrdering !== ordering) {
    throw new BadInputError(`the cursor belongs to another list (${cursorOrdering}, not ${ordering})`, { path: "after" });
  }
  return { key, id };
}

/** The position an optional `after` cursor names, null when there is none. */
export function decodeAfter(after: string | undefined, ordering: KeysetOrdering): KeysetPosition | null {
  return after === undefined ? null : decodeCursor(after, ordering);
}

/**
 * A page from rows read with a limit of `first + 1`: the extra row only says there is a next page.
 * `toItems` maps the kept rows (all at once, so an adapter may batch-load what they refer to);
 * `cursorOf` gives the cursor of the last kept row.
 */
export function keysetPage<R, T>(
  rows: readonly R[],
  first: number,
  totalCount: number,
  toItems: (rows: R[]) => T[],
  cursorOf: (row: R) => string,
): Page<T> {
  const kept = rows.slice(0, first);
  const last = kept[kept.length - 1];
  return { items: toItems(kept), totalCount, hasNextPage: rows.length > first, endCursor: last === undefined ? null : cursorOf(last) };
}
