import { COUNTRIES } from "../extract/gazetteer/index.js";
import { ParleyError, precisionOf, type ArticleGraph, type EntityKind } from "../domain/index.js";
import type { ArticleInput } from "../extract/pipeline.js";
import { f1, sumTallies, type Tally } from "./gold.js";
import { alignCleaned, exactTokenSpan, joinTokens, type TokenText } from "./token-text.js";

/**
 * CoNLL-2003 named-entity evaluation of the extractor.
 *
 * Rules:
 * - Each document's text is its tokens joined by single spaces, one paragraph per sentence
 *   (sentences joined by "\n\n"), which is how the corpus lays them out.
 * - publishedAt is the date of the document's dateline (a sentence `CITY YYYY-MM-DD`), when it has one.
 * - Predicted spans are all entity mentions: PERSON → PER, COUNTRY and PLACE → LOC,
 *   ORGANIZATION → ORG; OFFICE is not scored. Gold MISC is not scored. Mentions with no capital
 *   letter ("he", "his", "the minister": coreference links, never CoNLL names) are left out and counted,
 *   and so are countries named by a demonym ("Russian"): CoNLL tags those MISC.
 * - A mention counts only if it covers whole tokens exactly (a trailing possessive `'s` / `'`
 *   token is trimmed first); one that does not is a false positive of its type.
 * - Exact span and type match, micro-averaged per type over all documents.
 * - A document the extractor throws on keeps its gold spans as false negatives and is reported.
 * - Words per second = tokens of the documents extracted / seconds spent inside extractArticle.
 */

/** The file is not CoNLL `TOKEN … NER` lines; the message names the line. */
export class ConllFormatError extends ParleyError {
  readonly code = "BAD_CONLL_FILE";
}

export const CONLL_TYPES = ["PER", "LOC", "ORG"] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

/** Entity kinds the extractor produces, as CoNLL types (OFFICE has none). */
export const KIND_TO_CONLL: Readonly<Partial<Record<EntityKind, ConllType>>> = {
  PERSON: "PER",
  COUNTRY: "LOC",
  PLACE: "LOC",
  ORGANIZATION: "ORG",
};

export interface ConllToken {
  text: string;
  /** IOB2 tag: `O`, `B-PER`, `I-LOC` … */
  tag: string;
}

export interface ConllDocument {
  /** 1-based position in the file. */
  index: number;
  /** Line of its `-DOCSTART-` (or 1). */
  line: number;
  sentences: ConllToken[][];
}

/** A token span [first, last] (inclusive, indices into the document's flattened tokens) with a type. */
export interface TypedSpan {
  first: number;
  last: number;
  type: string;
}

const TAG = /^(O|[BI]-[A-Za-z]+)$/;

/**
 * Parses a CoNLL-2003 file: one `TOKEN POS CHUNK NER` line per token (the tag is the last
 * column), a blank line after each sentence, `-DOCSTART-` before each document. Throws
 * ConllFormatError naming the line when a line has no tag column or an unknown tag.
 */
export function parseConll(content: string, fileName = "input"): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let current: ConllDocument | undefined;
  let sentence: ConllToken[] = [];
  const endSentence = (): void => {
    if (sentence.length === 0) return;
    if (!current) {
      current = { index: documents.length + 1, line: 1, sentences: [] };
      documents.push(current);
    }
    current.sentences.push(sentence);
    sentence = [];
  };
  content.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return endSentence();
    const columns = line.split(/\s+/);
    if (columns[0] === "-DOCSTART-") {
      endSentence();
      current = { index: documents.length + 1, line: i + 1, sentences: [] };
      documents.push(current);
      return;
    }
    const tag = columns[columns.length - 1]!;
    if (columns.length < 2 || !TAG.test(tag)) {
      throw new ConllFormatError(`${fileName}:${i + 1}: expected "TOKEN POS CHUNK NER" with an IOB2 tag last, got ${JSON.stringify(raw)}`, { line: i + 1 });
    }
    sentence.push({ text: columns[0]!, tag });
  });
  endSentence();
  return documents.filter((d) => d.sentences.length > 0);
}

/**
 * Entity spans of a tag sequence. B-X opens a span; I-X continues an open X span and, after O or
 * another type, opens one (so IOB1 input reads the same). `offset` shifts the token indices.
 */
export function spansFromIob2(tags: readonly string[], offset = 0): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: TypedSpan | undefined;
  tags.forEach((tag, i) => {
    const index = offset + i;
    if (tag === "O") {
      open = undefined;
      return;
    }
    const [prefix, type = ""] = [tag.slice(0, 1), tag.slice(2)];
    if (prefix === "I" && open?.type === type) {
      open.last = index;
      return;
    }
    open = { first: index, last: index, type };
    spans.push(open);
  });
  return spans;
}

/** Gold spans of a document, token indices into its flattened tokens. */
export function goldSpans(document: ConllDocument): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let offset = 0;
  for (const sentence of document.sentences) {
    spans.push(...spansFromIob2(sentence.map((t) => t.tag), offset));
    offset += sentence.length;
  }
  return spans;
}

/** The date of a dateline sentence (`LONDON 1996-08-30`, `NEW YORK 1996-08-29`), or undefined. */
export function datelineDate(sentence: readonly ConllToken[]): string | undefined {
  if (sentence.length < 2) return undefined;
  const date = sentence[sentence.length - 1]!.text;
  const place = sentence.slice(0, -1);
  if (precisionOf(date) !== "DAY" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  // A city in capitals: letters, no lower case.
  if (!place.every((t) => /\p{Lu}/u.test(t.text) && !/\p{Ll}/u.test(t.text))) return undefined;
  return date;
}

/** A mention that could not be turned into whole tokens: scored as a false positive. */
export interface UnalignedMention {
  type: ConllType;
  start: number;
  end: number;
  text: string;
}

/**
 * The extractor's entity mentions as CoNLL spans over the document's tokens. Offsets in the
 * cleaned text are mapped back to the rebuilt text first. Duplicates (two entities claiming the
 * same span with the same type) count once.
 */
export function predictedSpans(graph: ArticleGraph, tokens: TokenText): { spans: TypedSpan[]; unaligned: UnalignedMention[]; uncapitalised: number; demonyms: number } {
  const alignment = alignCleaned(tokens.text, graph.article.text);
  const spans = new Map<string, TypedSpan>();
  const unaligned = new Map<string, UnalignedMention>();
  let uncapitalised = 0;
  let demonyms = 0;
  for (const entity of graph.entities) {
    const type = KIND_TO_CONLL[entity.kind];
    if (!type) continue;
    for (const mention of entity.mentions) {
      if (!/\p{Lu}/u.test(graph.article.text.slice(mention.start, mention.end))) {
        uncapitalised++;
        continue;
      }
      // "Russian", "French": a country named by its demonym is CoNLL MISC, which is not scored.
      if (entity.kind === "COUNTRY" && isDemonym(mention.text)) {
        demonyms++;
        continue;
      }
      const start = alignment.toSource(mention.start);
      const end = alignment.toSource(mention.end);
      let span = start === undefined || end === undefined ? undefined : exactTokenSpan(tokens, start, end);
      if (span && span.last > span.first && isPossessive(tokens, span.last)) span = { first: span.first, last: span.last - 1 };
      if (span) spans.set(`${span.first}:${span.last}:${type}`, { ...span, type });
      else unaligned.set(`${mention.start}:${mention.end}:${type}`, { type, start: mention.start, end: mention.end, text: mention.text });
    }
  }
  return { spans: [...spans.values()], unaligned: [...unaligned.values()], uncapitalised, demonyms };
}

let demonymForms: ReadonlySet<string> | undefined;
function isDemonym(text: string): boolean {
  demonymForms ??= new Set(COUNTRIES.flatMap((c) => c.demonyms.map((d) => d.toLowerCase())));
  return demonymForms.has(text.toLowerCase());
}

function isPossessive(tokens: TokenText, index: number): boolean {
  const token = tokens.text.slice(tokens.tokenStarts[index], tokens.tokenEnds[index]);
  return token === "'s" || token === "'" || token === "’s" || token === "’";
}

/** Per-type tallies of an exact-match comparison; types outside `types` are ignored on both sides. */
export function scoreSpans(gold: readonly TypedSpan[], predicted: readonly TypedSpan[], types: readonly string[] = CONLL_TYPES): Record<string, Tally> {
  const key = (s: TypedSpan): string => `${s.first}:${s.last}:${s.type}`;
  const goldKeys = new Set(gold.filter((s) => types.includes(s.type)).map(key));
  const predictedKeys = new Set(predicted.filter((s) => types.includes(s.type)).map(key));
  const tallies: Record<string, Tally> = Object.fromEntries(types.map((t) => [t, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]));
  for (const k of goldKeys) tallies[k.split(":")[2]!]![predictedKeys.has(k) ? "truePositives" : "falseNegatives"]++;
  for (const k of predictedKeys) if (!goldKeys.has(k)) tallies[k.split(":")[2]!]!.falsePositives++;
  return tallies;
}

export type ExtractFn = (input: ArticleInput) => ArticleGraph;

export interface ConllOptions {
  /** Keep this many example false positives and negatives per type. */
  errors?: number;
  /** Milliseconds clock; injectable for tests. */
  now?: () => number;
}

export interface ConllReport {
  tallies: Record<ConllType, Tally>;
  documents: number;
  tokens: number;
  /** Tokens of the documents the extractor returned a graph for. */
  tokensExtracted: number;
  extractSeconds: number;
  wordsPerSecond: number;
  failures: { document: number; message: string }[];
  /** Mentions that did not cover whole tokens (already counted as false positives). */
  unaligned: number;
  /** Mentions with no capital letter (pronouns, common nouns), not scored. */
  uncapitalised: number;
  /** Gold spans in sentences the cleaner dropped (already counted as false negatives). */
  goldInDroppedSentences: number;
  /** False positives whose span is exactly a gold MISC span ("German", "Olympic"). */
  falsePositivesOnMisc: number;
  examples: Record<ConllType, { falsePositives: string[]; falseNegatives: string[] }>;
}

/** Runs the extractor over every document and scores its mentions against the gold spans. */
export function evaluateConll(documents: readonly ConllDocument[], extract: ExtractFn, options: ConllOptions = {}): ConllReport {
  const now = options.now ?? (() => performance.now());
  const keep = options.errors ?? 0;
  const perDocument: Record<string, Tally>[] = [];
  const report: ConllReport = {
    tallies: emptyTallies(),
    documents: documents.length,
    tokens: 0,
    tokensExtracted: 0,
    extractSeconds: 0,
    wordsPerSecond: 0,
    failures: [],
    unaligned: 0,
    uncapitalised: 0,
    goldInDroppedSentences: 0,
    falsePositivesOnMisc: 0,
    examples: { PER: empty(), LOC: empty(), ORG: empty() },
  };
  for (const document of documents) {
    const tokens = joinTokens(document.sentences.map((s) => s.map((t) => t.text)));
    const gold = goldSpans(document);
    report.tokens += tokens.tokenStarts.length;
    const dateline = document.sentences.map(datelineDate).find((d) => d !== undefined);
    let graph: ArticleGraph;
    const started = now();
    try {
      graph = extract({ text: tokens.text, ...(dateline ? { publishedAt: dateline } : {}) });
    } catch (error) {
      report.failures.push({ document: document.index, message: error instanceof Error ? error.message : String(error) });
      perDocument.push(scoreSpans(gold, []));
      continue;
    }
    // Only successful extractions count towards speed: a throw mid-pipeline says nothing about it.
    report.extractSeconds += (now() - started) / 1000;
    report.tokensExtracted += tokens.tokenStarts.length;
    const { spans, unaligned, uncapitalised } = predictedSpans(graph, tokens);
    const tallies = scoreSpans(gold, spans);
    for (const mention of unaligned) tallies[mention.type]!.falsePositives++;
    perDocument.push(tallies);
    report.unaligned += unaligned.length;
    report.uncapitalised += uncapitalised;

    const alignment = alignCleaned(tokens.text, graph.article.text);
    const goldKeys = new Set(gold.map((s) => `${s.first}:${s.last}:${s.type}`));
    const miscKeys = new Set(gold.filter((s) => s.type === "MISC").map((s) => `${s.first}:${s.last}`));
    const spanText = (s: { first: number; last: number }): string => tokens.text.slice(tokens.tokenStarts[s.first], tokens.tokenEnds[s.last]);
    const where = (s: { first: number }): string => contextOf(tokens, s.first);
    for (const span of spans) {
      if (!isConllType(span.type) || goldKeys.has(`${span.first}:${span.last}:${span.type}`)) continue;
      if (miscKeys.has(`${span.first}:${span.last}`)) report.falsePositivesOnMisc++;
      note(report.examples[span.type].falsePositives, keep, `doc ${document.index}: ${JSON.stringify(spanText(span))} in ${where(span)}`);
    }
    for (const mention of unaligned) {
      note(report.examples[mention.type].falsePositives, keep, `doc ${document.index}: ${JSON.stringify(mention.text)} (not whole tokens)`);
    }
    const predictedKeys = new Set(spans.map((s) => `${s.first}:${s.last}:${s.type}`));
    for (const span of gold) {
      if (!isConllType(span.type) || predictedKeys.has(`${span.first}:${span.last}:${span.type}`)) continue;
      const seen = alignment.seen(tokens.tokenStarts[span.first]!);
      if (!seen) report.goldInDroppedSentences++;
      note(report.examples[span.type].falseNegatives, keep, `doc ${document.index}: ${JSON.stringify(spanText(span))} in ${where(span)}${seen ? "" : " (sentence dropped by the cleaner)"}`);
    }
  }
  report.tallies = Object.fromEntries(CONLL_TYPES.map((t) => [t, sumTallies(perDocument.map((d) => d[t]!))])) as Record<ConllType, Tally>;
  report.wordsPerSecond = report.extractSeconds > 0 ? Math.round(report.tokensExtracted / report.extractSeconds) : 0;
  return report;
}

/** The one-line result: `{"PER":{p,r,f1},"LOC":…,"ORG":…,"wordsPerSecond":n}`. */
export function conllSummary(report: ConllReport): Record<ConllType, { p: number; r: number; f1: number }> & { wordsPerSecond: number } {
  return { PER: f1(report.tallies.PER), LOC: f1(report.tallies.LOC), ORG: f1(report.tallies.ORG), wordsPerSecond: report.wordsPerSecond };
}

/** A readable report: a table per type, the diagnostics, then examples when kept. */
export function formatConllReport(report: ConllReport): string[] {
  const lines = [
    `CoNLL-2003: ${report.documents} documents, ${report.tokens} tokens, ${report.extractSeconds.toFixed(2)} s in extractArticle, ${report.wordsPerSecond} words/s`,
    "",
    `${"type".padEnd(5)} ${"gold".padStart(6)} ${"pred".padStart(6)} ${"TP".padStart(6)} ${"FP".padStart(6)} ${"FN".padStart(6)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}`,
  ];
  const all = sumTallies(CONLL_TYPES.map((t) => report.tallies[t]));
  for (const [name, tally] of [...CONLL_TYPES.map((t) => [t, report.tallies[t]] as const), ["all", all] as const]) {
    const score = f1(tally);
    lines.push(
      `${name.padEnd(5)} ${String(tally.truePositives + tally.falseNegatives).padStart(6)} ${String(tally.truePositives + tally.falsePositives).padStart(6)} ` +
        `${String(tally.truePositives).padStart(6)} ${String(tally.falsePositives).padStart(6)} ${String(tally.falseNegatives).padStart(6)} ` +
        `${score.p.toFixed(3).padStart(6)} ${score.r.toFixed(3).padStart(6)} ${score.f1.toFixed(3).padStart(6)}`,
    );
  }
  lines.push(
    "",
    `mentions not covering whole tokens (false positives): ${report.unaligned}`,
    `mentions with no capital letter, not scored (pronouns, common nouns): ${report.uncapitalised}`,
    `false positives that are exactly a gold MISC span: ${report.falsePositivesOnMisc}`,
    `gold spans in sentences the cleaner dropped (false negatives): ${report.goldInDroppedSentences}`,
    `documents the extractor failed on: ${report.failures.length}`,
  );
  for (const failure of report.failures.slice(0, 10)) lines.push(`  doc ${failure.document}: ${failure.message}`);
  for (const type of CONLL_TYPES) {
    const { falsePositives, falseNegatives } = report.examples[type];
    if (falsePositives.length + falseNegatives.length === 0) continue;
    lines.push("", `${type} false positives:`, ...falsePositives.map((e) => `  ${e}`), `${type} false negatives:`, ...falseNegatives.map((e) => `  ${e}`));
  }
  return lines;
}

function isConllType(type: string): type is ConllType {
  return (CONLL_TYPES as readonly string[]).includes(type);
}

function emptyTallies(): Record<ConllType, Tally> {
  return { PER: { truePositives: 0, falsePositives: 0, falseNegatives: 0 }, LOC: { truePositives: 0, falsePositives: 0, falseNegatives: 0 }, ORG: { truePositives: 0, falsePositives: 0, falseNegatives: 0 } };
}

function empty(): { falsePositives: string[]; falseNegatives: string[] } {
  return { falsePositives: [], falseNegatives: [] };
}

function note(list: string[], keep: number, line: string): void {
  if (list.length < keep) list.push(line);
}

/** The sentence around a token, for an error example. */
function contextOf(tokens: TokenText, token: number): string {
  const sentence = tokens.sentences.find((s) => token >= s.firstToken && token < s.endToken);
  const text = sentence ? tokens.text.slice(sentence.start, sentence.end) : "";
  return JSON.stringify(text.length > 160 ? `${text.slice(0, 157)}...` : text);
}
