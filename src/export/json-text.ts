/**
 * JSON documents written piece by piece, byte for byte what `JSON.stringify(document, null, 2)`
 * gives for the whole: a streamed array holds one item at a time. JSON strings never hold a raw
 * line break, so an item's own lines are indented by prefixing every "\n".
 */

const pad = (depth: number): string => "  ".repeat(depth);

/** `value` as JSON.stringify(value, null, 2) prints it when nested `depth` levels deep. */
export function jsonAt(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad(depth)}`);
}

/** An object key and the separator after it, at `depth`: `\n    "key": `. */
export function jsonKey(key: string, depth: number, first: boolean): string {
  return `${first ? "" : ","}\n${pad(depth)}${JSON.stringify(key)}: `;
}

/** A JSON array at `depth` whose items come one at a time (`[]` when there are none). */
export async function* jsonArray(items: AsyncIterable<readonly unknown[]>, depth: number): AsyncGenerator<string> {
  let count = 0;
  yield "[";
  for await (const page of items) {
    let text = "";
    for (const item of page) text += `${count++ === 0 ? "" : ","}\n${pad(depth + 1)}${jsonAt(item, depth + 1)}`;
    if (text) yield text;
  }
  yield count === 0 ? "]" : `\n${pad(depth)}]`;
}

/** The closing brace of an object at `depth`. */
export function jsonClose(depth: number): string {
  return `\n${pad(depth)}}`;
}
