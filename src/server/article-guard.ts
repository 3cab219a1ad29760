import { BadInputError } from "../domain/index.js";
import { type ArticleInput } from "../extract/pipeline.js";

/** Deepest element nesting accepted in `html`: real pages nest 20–60 levels; parsing cost grows with depth. */
export const MAX_HTML_DEPTH = 256;
/** Most elements accepted in `html`: a long news page has a few thousand. */
export const MAX_HTML_ELEMENTS = 100_000;

const STRING_FIELDS = ["text", "html", "title", "source", "url", "publishedAt", "language"] as const;
// C0 controls and DEL, except tab, line feed, vertical tab, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Element depth and count by a tag scan: cheap, and an upper bound for what the HTML parser builds. */
export function measureHtml(html: string): { depth: number; elements: number } {
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const [, closing, rawName = "", selfClosing] = match;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    elements += 1;
    if (VOID_ELEMENTS.has(name) || selfClosing) continue;
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
  }
  return { depth, elements };
}

/**
 * The article as the extractor should get it: checked by `assertUsableArticle`, and HTML with no
 * `<body>` (a fragment, or plain text sent as html) wrapped in a page, because Readability throws a
 * TypeError on a document without a body.
 */
export function prepareArticle(input: ArticleInput): ArticleInput {
  assertUsableArticle(input);
  if (typeof input.html !== "string" || /<body[\s>]/i.test(input.html)) return input;
  return { ...input, html: `<!doctype html><html><body>${input.html}</body></html>` };
}

/**
 * Rejects an article the extractor should never see, before anything is extracted or written:
 * binary bytes (control characters), text that was not valid UTF-8 (U+FFFD replacement
 * characters, lone surrogates) and HTML nested or sized like a bomb. Throws BadInputError naming
 * the field and the offset of the first bad character.
 */
export function assertUsableArticle(input: ArticleInput): void {
  for (const field of STRING_FIELDS) {
    const value = input[field];
    if (typeof value !== "string") continue;
    const control = CONTROL.exec(value);
    if (control) {
      throw new BadInputError(`${field} contains the control character ${codePoint(control[0])} at offset ${control.index}: send text, not binary data`, { field, offset: control.index });
    }
    const replacement = value.indexOf("\uFFFD");
    if (replacement >= 0) {
      throw new BadInputError(`${field} contains U+FFFD replacement characters at offset ${replacement}: the bytes were not valid UTF-8; fix the decoding before sending`, { field, offset: replacement });
    }
    const surrogate = LONE_SURROGATE.exec(value);
    if (surrogate) {
      throw new BadInputError(`${field} contains a lone UTF-16 surrogate at offset ${surrogate.index}: it is not valid Unicode text`, { field, offset: surrogate.index });
    }
  }
  if (typeof input.html === "string") {
    const { depth, elements } = measureHtml(input.html);
    if (depth > MAX_HTML_DEPTH) throw new BadInputError(`html nests elements ${depth} deep; the limit is ${MAX_HTML_DEPTH}`, { field: "html", depth });
    if (elements > MAX_HTML_ELEMENTS) throw new BadInputError(`html has ${elements} elements; the limit is ${MAX_HTML_ELEMENTS}`, { field: "html", elements });
  }
}
