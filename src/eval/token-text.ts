/**
 * Tokenised corpora (CoNLL-2003, RAMS) hold tokens, not text. The evaluations rebuild a text the
 * extractor can read — tokens joined by single spaces, one paragraph per sentence — and keep the
 * offsets, so that character spans in the ArticleGraph can be turned back into token spans.
 */
export interface TokenText {
  /** Tokens joined by " ", sentences joined by "\n\n". */
  text: string;
  /** [start, end) of every token in `text`, indexed by its position in the flattened token list. */
  tokenStarts: number[];
  tokenEnds: number[];
  /** Per source sentence: its character range and its tokens [firstToken, endToken). */
  sentences: { start: number; end: number; firstToken: number; endToken: number }[];
}

/** Builds the text of a tokenised document. Whitespace inside a token (none in the corpora today) becomes "_" so offsets stay exact. */
export function joinTokens(sentences: readonly (readonly string[])[]): TokenText {
  let text = "";
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  const ranges: TokenText["sentences"] = [];
  for (const sentence of sentences) {
    if (ranges.length > 0) text += "\n\n";
    const start = text.length;
    const firstToken = tokenStarts.length;
    sentence.forEach((raw, i) => {
      if (i > 0) text += " ";
      const token = raw === "" ? "_" : raw.replace(/\s/g, "_");
      tokenStarts.push(text.length);
      text += token;
      tokenEnds.push(text.length);
    });
    ranges.push({ start, end: text.length, firstToken, endToken: tokenStarts.length });
  }
  return { text, tokenStarts, tokenEnds, sentences: ranges };
}

/** The token span [first, last] (inclusive) that a character span covers exactly, or undefined when it starts or ends inside a token or on a space. */
export function exactTokenSpan(tokens: TokenText, start: number, end: number): { first: number; last: number } | undefined {
  const first = lowerBound(tokens.tokenStarts, start);
  if (tokens.tokenStarts[first] !== start) return undefined;
  const last = lowerBound(tokens.tokenEnds, end);
  if (tokens.tokenEnds[last] !== end || last < first) return undefined;
  return { first, last };
}

/** The tokens [first, last] (inclusive) that a character span touches, or undefined when it touches none. */
export function overlappingTokens(tokens: TokenText, start: number, end: number): { first: number; last: number } | undefined {
  // First token ending after `start`, last token starting before `end`.
  const first = upperBound(tokens.tokenEnds, start);
  const last = lowerBound(tokens.tokenStarts, end) - 1;
  if (first >= tokens.tokenStarts.length || last < first) return undefined;
  return { first, last };
}

/** Index of the source sentence holding a token. */
export function sentenceOfToken(tokens: TokenText, token: number): number {
  return tokens.sentences.findIndex((s) => token >= s.firstToken && token < s.endToken);
}

/** How the extractor's cleaned text sits in the source text. */
export interface CleanedAlignment {
  /** The source offset of a cleaned-text offset, or undefined when its paragraph matched none. */
  toSource(offset: number): number | undefined;
  /** Whether a source offset lies in a paragraph the cleaner kept. */
  seen(sourceOffset: number): boolean;
}

/**
 * Aligns the extractor's cleaned text with the source text. The cleaner keeps paragraphs in order
 * and verbatim, but drops some (short label lines, furniture) and may trim a paragraph's tail, so
 * each cleaned paragraph is matched to the next source paragraph that equals it (or, failing
 * that, starts with it).
 */
export function alignCleaned(sourceText: string, cleanedText: string): CleanedAlignment {
  if (sourceText === cleanedText) return { toSource: (offset) => offset, seen: () => true };
  const source = paragraphsOf(sourceText);
  const cleaned = paragraphsOf(cleanedText);
  const pairs: { start: number; end: number; sourceStart: number; sourceEnd: number }[] = [];
  let cursor = 0;
  for (const paragraph of cleaned) {
    const rest = source.slice(cursor);
    let found = rest.findIndex((p) => p.text === paragraph.text);
    if (found < 0) found = rest.findIndex((p) => p.text.startsWith(paragraph.text));
    if (found < 0) continue;
    const match = rest[found]!;
    pairs.push({ start: paragraph.start, end: paragraph.start + paragraph.text.length, sourceStart: match.start, sourceEnd: match.start + match.text.length });
    cursor += found + 1;
  }
  return {
    // An offset equal to a paragraph's end belongs to it (spans are half-open).
    toSource: (offset) => {
      const hit = pairs.find((p) => offset >= p.start && offset <= p.end);
      return hit ? hit.sourceStart + (offset - hit.start) : undefined;
    },
    seen: (sourceOffset) => pairs.some((p) => sourceOffset >= p.sourceStart && sourceOffset < p.sourceEnd),
  };
}

function paragraphsOf(text: string): { start: number; text: string }[] {
  const paragraphs: { start: number; text: string }[] = [];
  let start = 0;
  for (const part of text.split("\n\n")) {
    paragraphs.push({ start, text: part });
    start += part.length + 2;
  }
  return paragraphs;
}

/** First index whose value is >= x (values sorted ascending). */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x. */
function upperBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
