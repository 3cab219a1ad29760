/**
 * Turns what a user typed into an FTS5 MATCH expression. User text never reaches FTS5 syntax
 * unquoted: it is cut into words (the same letters-and-digits runs the unicode61 tokenizer keeps),
 * every word or quoted phrase becomes a double-quoted FTS5 string, and the strings are ANDed.
 * So `"`, `NEAR(`, `*`, `OR` or `') DROP TABLE` are searched as words or ignored, never parsed.
 */

/** Runs of letters, combining marks and digits: what unicode61 treats as token characters. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A double-quoted phrase, or a stretch of text without quotes. */
const SEGMENT = /"([^"]*)"|([^"]+)/g;

/**
 * The MATCH expression for `text`, or null when it holds no searchable word. Quoted input stays a
 * phrase; the last word, when it is not inside quotes, matches as a prefix ("Put" finds "Putin").
 */
export function buildFtsQuery(text: string): string | null {
  const terms: { words: string[]; phrase: boolean }[] = [];
  for (const match of text.matchAll(SEGMENT)) {
    if (match[1] !== undefined) {
      const words = match[1].match(WORD) ?? [];
      if (words.length > 0) terms.push({ words, phrase: true });
    } else {
      for (const word of match[2]?.match(WORD) ?? []) terms.push({ words: [word], phrase: false });
    }
  }
  if (terms.length === 0) return null;
  return terms
    .map((term, i) => {
      const quoted = `"${term.words.join(" ")}"`; // WORD never contains a double quote
      return !term.phrase && i === terms.length - 1 ? `${quoted}*` : quoted;
    })
    .join(" ");
}
