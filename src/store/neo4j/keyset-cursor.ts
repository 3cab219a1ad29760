import { BadInputError } from "../../domain/errors.js";

/**
 * Opaque keyset cursors: the list they belong to, the sort key and the id of the last item seen,
 * as base64url JSON. A cursor from another list (or another order) is refused, as is garbage.
 */
export function encodeCursor(list: string, key: string, id: string): string {
  return Buffer.from(JSON.stringify([list, key, id]), "utf8").toString("base64url");
}

/** The sort key and id of a cursor, or a BadInputError naming `after`. */
export function decodeCursor(cursor: string, list: string): { key: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === "string")) {
    throw new BadInputError(`invalid cursor ${JSON.stringify(cursor)}`, { path: "after" });
  }
  const [cursorList, key, id] = parsed as [string, string, string];
  if (cursorList !== list) throw new BadInputError(`the cursor belongs to another list (${cursorList}, not ${list})`, { path: "after" });
  return { key, id };
}
