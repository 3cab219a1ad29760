import { ParleyError, type ArticleGraph, type EventType, type GraphEvent } from "../domain/index.js";
import type { ArticleInput } from "../extract/pipeline.js";
import { alignCleaned, joinTokens, overlappingTokens, sentenceOfToken, type CleanedAlignment, type TokenText } from "./token-text.js";

/**
 * RAMS 1.0 contact-event evaluation of the extractor.
 *
 * Each example is a 5-sentence window with one annotated trigger. Its text is the tokens joined by
 * spaces, one paragraph per sentence ("\n\n" between them); extracted with no publishedAt.
 *
 * Only the RAMS types Parley models are scored (issue #11): `contact.discussion.*`, `contact.negotiate.*`,
 * and `contact.collaborate.meet` / `contact.collaborate.correspondence`. Other `contact.*` types (threats,
 * pledges, requests, statements, deception, interviews, broadcasts …) are excluded: they count in neither
 * recall nor precision. Which Parley types a scored example accepts (first rule wins):
 * 1. `contact.negotiate.*`                        → NEGOTIATION or MEETING (talks between sides).
 * 2. `*.correspondence`                           → CALL (phone calls, letters, messages).
 * 3. `*.meet`                                     → MEETING, VISIT, SUMMIT or NEGOTIATION (in person).
 * 4. `contact.discussion.n/a`                     → any of CALL, MEETING, VISIT, SUMMIT, NEGOTIATION.
 * Every other type (conflict.*, government.agreements.*, …) is a non-contact example.
 *
 * Predicted contact events are events of type CALL, MEETING, VISIT, SUMMIT or NEGOTIATION
 * (AGREEMENT is left out: RAMS files agreements under government.agreements, not contact).
 * An event is "in the trigger sentence" when one of its evidence sentences
 * (`graph.sentences[evidence.sentence]`, mapped back to the rebuilt text) overlaps the RAMS
 * sentence holding the trigger's first token. Events elsewhere in the window are not scored:
 * RAMS annotates one trigger per window.
 * - triggerRecall = contact examples with an accepted-type event in the trigger sentence / contact examples.
 * - triggerPrecision = predicted contact events in trigger sentences whose type the example accepts /
 *   all predicted contact events in trigger sentences of contact and non-contact examples.
 * - argumentRecall = over detected triggers, gold argument spans (`gold_evt_links`) that share a
 *   token with a mention of one of the event's participants or of its place / all gold argument
 *   spans of those triggers. With several accepted events, the one covering most arguments counts.
 * A ratio with a zero denominator is reported as 0. An example the extractor throws on counts as
 * undetected and is reported.
 */

/** The file is not RAMS JSON lines; the message names the line. */
export class RamsFormatError extends ParleyError {
  readonly code = "BAD_RAMS_FILE";
}

export interface RamsArgument {
  /** Inclusive token indices into the flattened sentences. */
  start: number;
  end: number;
  /** Role name, from `evt043arg01communicator` → `communicator`. */
  role: string;
}

export interface RamsExample {
  docKey: string;
  /** 1-based line in the file. */
  line: number;
  sentences: string[][];
  eventType: string;
  /** Inclusive token indices of the trigger. */
  trigger: { start: number; end: number };
  arguments: RamsArgument[];
}

/** Parses RAMS JSON lines, throwing RamsFormatError naming the line when a field is missing or malformed. */
export function parseRams(content: string, fileName = "input"): RamsExample[] {
  const examples: RamsExample[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const fail = (what: string): never => {
      throw new RamsFormatError(`${fileName}:${i + 1}: ${what}`, { line: i + 1 });
    };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      fail(`not JSON (${(error as Error).message})`);
    }
    const record = value as Record<string, unknown>;
    const sentences = record.sentences;
    if (!Array.isArray(sentences) || !sentences.every((s) => Array.isArray(s) && s.every((t) => typeof t === "string"))) {
      fail("`sentences` must be a list of token lists");
    }
    const tokenCount = (sentences as string[][]).reduce((n, s) => n + s.length, 0);
    const inRange = (start: unknown, end: unknown): boolean =>
      Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) < tokenCount;
    const triggers = record.evt_triggers;
    const first = Array.isArray(triggers) ? (triggers[0] as unknown[] | undefined) : undefined;
    const eventType = Array.isArray(first?.[2]) ? ((first[2] as unknown[][])[0]?.[0] as unknown) : undefined;
    if (!first || !inRange(first[0], first[1]) || typeof eventType !== "string") {
      fail("`evt_triggers` must be [[start, end, [[eventType, score]]]] with token indices in range");
    }
    const links = record.gold_evt_links;
    if (!Array.isArray(links)) fail("`gold_evt_links` must be a list");
    const args = (links as unknown[]).map((link) => {
      const [, span, role] = Array.isArray(link) ? (link as unknown[]) : [];
      if (!Array.isArray(span) || !inRange(span[0], span[1]) || typeof role !== "string") {
        return fail("each `gold_evt_links` entry must be [[ts, te], [as, ae], role] with token indices in range");
      }
      return { start: span[0] as number, end: span[1] as number, role: role.replace(/^evt\d+arg\d+/, "") };
    });
    examples.push({
      docKey: typeof record.doc_key === "string" ? record.doc_key : `line ${i + 1}`,
      line: i + 1,
      sentences: sentences as string[][],
      eventType: eventType as string,
      trigger: { start: first![0] as number, end: first![1] as number },
      arguments: args,
    });
  });
  return examples;
}

/** Parley event types counted as predicted contact events. */
export const PREDICTED_CONTACT_TYPES: readonly EventType[] = ["CALL", "MEETING", "VISIT", "SUMMIT", "NEGOTIATION"];
const IN_PERSON: readonly EventType[] = ["MEETING", "VISIT", "SUMMIT", "NEGOTIATION"];

export type ContactExpectation = { kind: "contact"; accept: readonly EventType[] } | { kind: "excluded" } | { kind: "other" };

/** What a RAMS event type expects of Parley (the rules at the top of this file). */
export function expectationOf(ramsType: string): ContactExpectation {
  if (!ramsType.startsWith("contact.")) return { kind: "other" };
  const modelled = /^contact\.(discussion|negotiate)\./.test(ramsType) || /^contact\.collaborate\.(meet|correspondence)$/.test(ramsType);
  if (!modelled) return { kind: "excluded" };
  if (ramsType.startsWith("contact.negotiate.")) return { kind: "contact", accept: ["NEGOTIATION", "MEETING"] };
  if (ramsType.endsWith(".correspondence")) return { kind: "contact", accept: ["CALL"] };
  if (ramsType.endsWith(".meet")) return { kind: "contact", accept: IN_PERSON };
  return { kind: "contact", accept: PREDICTED_CONTACT_TYPES };
}

export interface RamsExampleScore {
  expectation: ContactExpectation;
  /** Predicted contact events in the trigger sentence. */
  predicted: GraphEvent[];
  /** Those whose type the example accepts (none unless it is a contact example). */
  accepted: GraphEvent[];
  detected: boolean;
  argumentsFound: RamsArgument[];
  argumentsMissed: RamsArgument[];
}

/** Scores one example's graph (the graph of the text `joinTokens(example.sentences)`). */
export function scoreRamsExample(example: RamsExample, graph: ArticleGraph): RamsExampleScore {
  const tokens = joinTokens(example.sentences);
  const alignment = alignCleaned(tokens.text, graph.article.text);
  const expectation = expectationOf(example.eventType);
  const triggerSentence = tokens.sentences[sentenceOfToken(tokens, example.trigger.start)]!;
  const inTriggerSentence = (event: GraphEvent): boolean =>
    event.evidence.some((evidence) => {
      const sentence = graph.sentences[evidence.sentence];
      if (!sentence) return false;
      const start = alignment.toSource(sentence.start);
      const end = alignment.toSource(sentence.end);
      return start !== undefined && end !== undefined && start < triggerSentence.end && end > triggerSentence.start;
    });
  const predicted = expectation.kind === "excluded" ? [] : graph.events.filter((e) => PREDICTED_CONTACT_TYPES.includes(e.type) && inTriggerSentence(e));
  const accepted = expectation.kind === "contact" ? predicted.filter((e) => expectation.accept.includes(e.type)) : [];
  let best: RamsArgument[] = [];
  for (const event of accepted) {
    const found = example.arguments.filter((arg) => argumentCovered(arg, event, graph, tokens, alignment));
    if (found.length > best.length) best = found;
  }
  const detected = accepted.length > 0;
  return {
    expectation,
    predicted,
    accepted,
    detected,
    argumentsFound: detected ? best : [],
    argumentsMissed: detected ? example.arguments.filter((a) => !best.includes(a)) : [],
  };
}

/** Whether a gold argument shares a token with a mention of one of the event's participants or its place. */
function argumentCovered(arg: RamsArgument, event: GraphEvent, graph: ArticleGraph, tokens: TokenText, alignment: CleanedAlignment): boolean {
  const ids = new Set([...event.participants.map((p) => p.entityId), ...(event.placeId ? [event.placeId] : [])]);
  return graph.entities
    .filter((entity) => ids.has(entity.id))
    .some((entity) =>
      entity.mentions.some((mention) => {
        const start = alignment.toSource(mention.start);
        const end = alignment.toSource(mention.end);
        const span = start === undefined || end === undefined ? undefined : overlappingTokens(tokens, start, end);
        return span !== undefined && span.first <= arg.end && span.last >= arg.start;
      }),
    );
}

export type ExtractFn = (input: ArticleInput) => ArticleGraph;

export interface RamsOptions {
  /** Keep this many examples of each kind of error. */
  errors?: number;
  now?: () => number;
}

export interface RamsReport {
  examples: number;
  tokens: number;
  extractSeconds: number;
  contactExamples: number;
  excludedExamples: number;
  detected: number;
  predictedInTriggerSentences: number;
  predictedAccepted: number;
  argumentsTotal: number;
  argumentsFound: number;
  /** Per gold role: arguments of detected triggers found / total. */
  byRole: Record<string, { found: number; total: number }>;
  /** Per RAMS contact type: detected / considered. */
  byType: Record<string, { detected: number; total: number }>;
  failures: { docKey: string; line: number; message: string }[];
  missedTriggers: string[];
  falsePositives: string[];
  missedArguments: string[];
}

/** Runs the extractor over every example and scores contact triggers and their arguments. */
export function evaluateRams(examples: readonly RamsExample[], extract: ExtractFn, options: RamsOptions = {}): RamsReport {
  const now = options.now ?? (() => performance.now());
  const keep = options.errors ?? 0;
  const report: RamsReport = {
    examples: examples.length,
    tokens: 0,
    extractSeconds: 0,
    contactExamples: 0,
    excludedExamples: 0,
    detected: 0,
    predictedInTriggerSentences: 0,
    predictedAccepted: 0,
    argumentsTotal: 0,
    argumentsFound: 0,
    byRole: {},
    byType: {},
    failures: [],
    missedTriggers: [],
    falsePositives: [],
    missedArguments: [],
  };
  for (const example of examples) {
    const tokens = joinTokens(example.sentences);
    report.tokens += tokens.tokenStarts.length;
    const expectation = expectationOf(example.eventType);
    if (expectation.kind === "excluded") report.excludedExamples++;
    if (expectation.kind === "contact") {
      report.contactExamples++;
      report.byType[example.eventType] ??= { detected: 0, total: 0 };
      report.byType[example.eventType]!.total++;
    }
    const triggerText = JSON.stringify(tokens.text.slice(tokens.tokenStarts[example.trigger.start], tokens.tokenEnds[example.trigger.end]));
    const label = `${example.docKey} (line ${example.line}) ${example.eventType} trigger ${triggerText}`;
    let graph: ArticleGraph;
    const started = now();
    try {
      graph = extract({ text: tokens.text });
    } catch (error) {
      report.failures.push({ docKey: example.docKey, line: example.line, message: error instanceof Error ? error.message : String(error) });
      if (expectation.kind === "contact") note(report.missedTriggers, keep, `${label}: extractor failed`);
      continue;
    }
    report.extractSeconds += (now() - started) / 1000;
    const score = scoreRamsExample(example, graph);
    report.predictedInTriggerSentences += score.predicted.length;
    report.predictedAccepted += score.accepted.length;
    for (const event of score.predicted) {
      if (!score.accepted.includes(event)) note(report.falsePositives, keep, `${label}: predicted ${event.type} ${JSON.stringify(event.summary)}`);
    }
    if (expectation.kind !== "contact") continue;
    if (!score.detected) {
      const sentence = tokens.sentences[sentenceOfToken(tokens, example.trigger.start)]!;
      note(report.missedTriggers, keep, `${label} in ${JSON.stringify(tokens.text.slice(sentence.start, sentence.end))}`);
      continue;
    }
    report.detected++;
    report.byType[example.eventType]!.detected++;
    for (const arg of example.arguments) {
      const found = score.argumentsFound.includes(arg);
      report.argumentsTotal++;
      if (found) report.argumentsFound++;
      report.byRole[arg.role] ??= { found: 0, total: 0 };
      report.byRole[arg.role]!.total++;
      if (found) report.byRole[arg.role]!.found++;
      else note(report.missedArguments, keep, `${label}: ${arg.role} ${JSON.stringify(tokens.text.slice(tokens.tokenStarts[arg.start], tokens.tokenEnds[arg.end]))}`);
    }
  }
  return report;
}

/** The one-line result: `{"contact":{"triggerRecall","triggerPrecision","argumentRecall"}}`, 3 decimals. */
export function ramsSummary(report: RamsReport): { contact: { triggerRecall: number; triggerPrecision: number; argumentRecall: number } } {
  return {
    contact: {
      triggerRecall: ratio(report.detected, report.contactExamples),
      triggerPrecision: ratio(report.predictedAccepted, report.predictedInTriggerSentences),
      argumentRecall: ratio(report.argumentsFound, report.argumentsTotal),
    },
  };
}

/** A readable report with counts behind every ratio, per-type and per-role breakdowns, and kept examples. */
export function formatRamsReport(report: RamsReport): string[] {
  const summary = ramsSummary(report).contact;
  const wordsPerSecond = report.extractSeconds > 0 ? Math.round(report.tokens / report.extractSeconds) : 0;
  const lines = [
    `RAMS: ${report.examples} examples, ${report.tokens} tokens, ${report.extractSeconds.toFixed(2)} s in extractArticle, ${wordsPerSecond} words/s`,
    `contact examples scored: ${report.contactExamples} (excluded statements/broadcasts: ${report.excludedExamples})`,
    "",
    `trigger recall     ${summary.triggerRecall.toFixed(3)}  (${report.detected} / ${report.contactExamples} contact triggers detected)`,
    `trigger precision  ${summary.triggerPrecision.toFixed(3)}  (${report.predictedAccepted} / ${report.predictedInTriggerSentences} predicted contact events in trigger sentences)`,
    `argument recall    ${summary.argumentRecall.toFixed(3)}  (${report.argumentsFound} / ${report.argumentsTotal} gold arguments of detected triggers)`,
    "",
    "by RAMS type (detected / scored):",
    ...Object.entries(report.byType)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, t]) => `  ${type.padEnd(52)} ${String(t.detected).padStart(4)} / ${t.total}`),
    "by role (arguments found / total, detected triggers only):",
    ...Object.entries(report.byRole)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([role, r]) => `  ${role.padEnd(20)} ${String(r.found).padStart(4)} / ${r.total}`),
    `examples the extractor failed on: ${report.failures.length}`,
    ...report.failures.slice(0, 10).map((f) => `  line ${f.line} ${f.docKey}: ${f.message}`),
  ];
  if (report.missedTriggers.length) lines.push("", "missed contact triggers:", ...report.missedTriggers.map((e) => `  ${e}`));
  if (report.falsePositives.length) lines.push("", "predicted contact events not accepted:", ...report.falsePositives.map((e) => `  ${e}`));
  if (report.missedArguments.length) lines.push("", "missed arguments of detected triggers:", ...report.missedArguments.map((e) => `  ${e}`));
  return lines;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : Math.round((numerator / denominator) * 1000) / 1000;
}

function note(list: string[], keep: number, line: string): void {
  if (list.length < keep) list.push(line);
}
