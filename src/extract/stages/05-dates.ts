import * as chrono from "chrono-node";
import { partialDateFromParts, type PartialDate } from "../../domain/index.js";
import { type AnalyzedSentence } from "./02-sentences.js";
import { REPORTING_VERB } from "./reporting-verbs.js";

/**
 * Stage 5 — dates: every date expression with the precision the text gives it. chrono-node does
 * the parsing; the fixes from TOOLCHAIN.md are applied here: a bare weekday is read as past or
 * future from its clause, "last August" looks back, bare years ("in 2014") are found by a pattern
 * chrono lacks, and amounts like "₹ 200 a month" are not times.
 */
export interface DateMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  date: PartialDate;
  /** True when the expression was relative ("on Wednesday", "a week ago") and so depends on the publication date. */
  relative: boolean;
  /**
   * A relative expression in an article with no publication date: read against today only so that two
   * such expressions stay apart ("last week" vs "next week"); the date itself must not be reported.
   */
  unanchored?: true;
}

/** Words that put a clause in the future: the date of a planned event lies after publication. */
const FUTURE_MARKERS = /\b(will|would|'ll|shall|going to|expected to|due to|set to|scheduled|plans? to|planned|planning|upcoming|next|intends? to|to be held|is to|are to|later this|prepar(?:e|es|ing) to|prepar(?:e|es|ing) for)\b/i;
const YEAR_WORDS = /\b(in|since|by|until|till|before|after|prior to|from|during|of|early|late|mid|around|spring|summer|autumn|fall|winter)\s+((?:1[89]|20)\d\d)\b(?!\s*(?:%|per|people|troops|soldiers|dead|deaths|km|miles))/gi;
const DAY_MS = 86_400_000;
/** Present-tense verbs of a timetable: "the summit begins on 16 December" is said of a day to come. */
const SCHEDULED_PRESENT = /\b(begins|starts|opens|resumes|convenes|reconvenes|takes place|kicks off|gets under way|closes|ends|begin|start|resume|convene|take place|kick off)\b/i;
/** "for two hours", "within days", "over three weeks": a length of time, not a point in it. */
const DURATION = /^(for|within|over|lasting)\s+(about\s+|nearly\s+|almost\s+|more than\s+|some\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|many)\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;
const STRETCH = /^(next|past|last|coming)\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|several)\s+(days|weeks|months|years)$/i;
/** "eight months after the summit": counted from the event it names, not from the publication day. */
const OFFSET_FROM_EVENT = /^(about\s+|nearly\s+|almost\s+|some\s+|just\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a few|several)\s+(days?|weeks?|months?|years?)\s+(after|before)$/i;
/** Words that make an expression depend on the day it was written ("next week", "this month", "two days ago"). */
const WEEK = /^(last|this|next|past|the past)\s+week$/i;
const RELATIVE_WORDS = /\b(next|last|this|ago|yesterday|today|tonight|tomorrow|earlier|later|coming|past)\b/i;

/*
 * A pre-check that skips chrono on sentences no parser of its casual English configuration can match
 * (chrono-node 2.10.3, en/configuration.js; chrono costs ~15% of a pass, mostly on sentences without a date).
 * It must hold for every match chrono can find: chrono retries from mid-word after a failed extraction, so
 * its `(\W|^)` left boundaries prove nothing and no test below has a left boundary; what may follow a word
 * (chrono's right-hand lookaheads) is read off the original text and so is kept.
 * - a digit: ISO, year-month-day, slash dates, "6/2024", time expressions, "2014 March", numeric days and years;
 * - a month, then a non-word character, a digit, an ordinal word or "of" ("March 3", "June first", "May of");
 * - a weekday, "weekend" or "weekday", then a non-word character or "of"/"this"/"last"/"past"/"next";
 * - now, today, (to|over)morrow, tmr(w), yesterday, (to|mid|last )night, morning, (after)noon, evening, midday,
 *   "(end of the) month", then a non-word character or the end.
 */
const MONTH_NAMES = "september|february|november|december|january|october|august|march|april|june|july|sept|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";
const WEEKDAY_NAMES = "wednesday|thursday|saturday|tuesday|sunday|monday|friday|thurs|thur|sun|mon|tue|wed|thu|fri|sat|weekend|weekday";
/** First two letters of chrono's ordinal words (ORDINAL_WORD_DICTIONARY: first … twentieth, twenty-first … thirty-first). */
const ORDINAL_STARTS = "fi|se|th|fo|si|ei|ni|te|el|tw";
const DATE_WORDS = new RegExp(
  `\\d|(?:${MONTH_NAMES})(?=\\W|$|of|${ORDINAL_STARTS})|(?:${WEEKDAY_NAMES})(?=\\W|$|of|this|last|past|next)|(?:now|today|morrow|tmrw?|yesterday|night|morning|noon|evening|midday|month)(?=\\W|$)`,
  "i",
);
/** chrono's time units (TIME_UNIT_DICTIONARY, longest first as chrono orders them). */
const CHRONO_UNIT = "(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)";
/** chrono's NUMBER_PATTERN without its digit forms, which `\d` in DATE_WORDS already catches. */
const NUMBER_WORD = "(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)";
/**
 * "within two weeks", "next two weeks" (ENTimeUnitWithinFormatParser, ENTimeUnitCasualRelativeFormatParser): the
 * lead word, then the first amount and unit, then the end of the match or chrono's connector (a non-word
 * character or "and") or the next amount. "in them" passes; "in these" does not.
 */
const LEADING_AMOUNT = new RegExp(
  `(?:(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?|(?:this|last|past|next|after|\\+|-)\\s*)(?:(?:about|around)\\s{0,3})?${NUMBER_WORD}\\s{0,3}${CHRONO_UNIT}(?=\\W|$|\\d|and|${NUMBER_WORD})`,
  "i",
);
/** "three days ago", "a few days later" (ENTimeUnitAgoFormatParser, ENTimeUnitLaterFormatParser): the last amount and unit, then the word. */
const TRAILING_AMOUNT = new RegExp(`${NUMBER_WORD}\\s{0,3}${CHRONO_UNIT}\\s{0,5}(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?=\\W|$)`, "i");
/** "this week", "last month", "after this year" (ENRelativeDateFormatParser). */
const RELATIVE_UNIT = new RegExp(`(?:this|last|past|next)\\s*${CHRONO_UNIT}(?=\\W|$)`, "i");

/**
 * Whether chrono could find anything in the text; when false, `chrono.parse` returns no result.
 * tests/extract/may-hold-date.test.ts holds it to chrono on generated and corpus sentences and pins chrono's version.
 */
export function mayHoldDate(text: string): boolean {
  return DATE_WORDS.test(text) || LEADING_AMOUNT.test(text) || TRAILING_AMOUNT.test(text) || RELATIVE_UNIT.test(text);
}

/** Dates read against today for want of a publication date; stage 7 keeps them from being reported. */
const UNANCHORED = new WeakSet<PartialDate>();

function markUnanchored(date: PartialDate): true {
  UNANCHORED.add(date);
  return true;
}

/** Whether a date was reckoned from a relative expression in an article with no publication date. */
export function isUnanchored(date: PartialDate): boolean {
  return UNANCHORED.has(date);
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Finds date expressions in each sentence, resolving relative ones against `publishedAt` (`YYYY-MM-DD`). */
export function findDates(sentences: readonly AnalyzedSentence[], publishedAt: string | undefined): DateMention[] {
  const found: DateMention[] = [];
  const reference = publishedAt ? utcDate(publishedAt) : undefined;
  for (const sentence of sentences) {
    const taken: [number, number][] = [];
    // The default English parser: en.GB reads "Feb. 18" as February 2018, and news writes both day orders in words.
    const results = !mayHoldDate(sentence.text) ? [] : reference ? chrono.parse(sentence.text, { instant: reference, timezone: 0 }) : chrono.parse(sentence.text);
    // The sentence's tense, read once and only when a date needs it.
    let past: boolean | undefined;
    const pastSentence = (): boolean => (past ??= isPastSentence(sentence));
    for (const result of results) {
      if (DURATION.test(result.text.trim()) || OFFSET_FROM_EVENT.test(result.text.trim())) continue;
      // "later in the day", "in the morning": a time of the day already told, not the next day.
      if (/^(in|during) the (day|morning|afternoon|evening|night)$/i.test(result.text.trim())) continue;
      // "over the next two days", "in the past three weeks": a stretch of time, not a day.
      if (STRETCH.test(result.text.trim()) && /\b(over|for|during|within|in|throughout)\s+the\s+$/i.test(sentence.text.slice(Math.max(0, result.index - 20), result.index))) continue;
      const relative = !result.start.isCertain("year") || RELATIVE_WORDS.test(result.text);
      const future = isFutureClause(sentence.text, result.index);
      const date = toPartialDate(result, sentence.text, reference, future, !future && pastSentence());
      if (!date) continue;
      const start = sentence.start + result.index;
      const end = start + result.text.length;
      taken.push([start, end]);
      found.push({ sentence: sentence.index, start, end, text: result.text, date, relative, ...(relative && !reference ? { unanchored: markUnanchored(date) } : {}) });
    }
    // A bare year needs digits; most sentences have none, and the pattern would be tried at every offset.
    if (!/\d/.test(sentence.text)) continue;
    for (const match of sentence.text.matchAll(YEAR_WORDS)) {
      const yearText = match[2]!;
      const start = sentence.start + match.index! + match[0].length - yearText.length;
      if (taken.some(([s, e]) => start >= s && start < e)) continue;
      found.push({ sentence: sentence.index, start, end: start + 4, text: yearText, date: partialDateFromParts(Number(yearText)), relative: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether the sentence holding a date tells the past: a verb in the past ("opened on 2 March", "In May, Roe became …"),
 * not counting verbs of saying (whose tense is the report's). A sentence with none ("Roe's April 24 visit is the
 * highlight", a caption) gives a date without a year no direction.
 */
function isPastSentence(sentence: AnalyzedSentence): boolean {
  return sentence.tokens.some((t) => (t.pos === "VERB" || t.pos === "AUX") && !REPORTING_VERB.test(t.lower) && (/^(was|were|had|did)$/.test(t.lower) || (t.lower !== t.lemma && !/(s|ing)$/.test(t.lower) && !/^(is|are|am|'s|'re|'m|can|ca|wo|will|would|could|should|might|must)$/.test(t.lower))));
}

/**
 * Whether the clause holding a date looks ahead: the words from the clause's start (a comma,
 * semicolon or "and") up to the date carry a future marker ("is due to meet … on Friday").
 */
function isFutureClause(sentenceText: string, dateIndex: number): boolean {
  const before = sentenceText.slice(0, dateIndex);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(" and "), before.lastIndexOf(" but "));
  const clause = before.slice(clauseStart + 1);
  return FUTURE_MARKERS.test(clause) || SCHEDULED_PRESENT.test(clause);
}

function toPartialDate(result: chrono.ParsedResult, sentenceText: string, reference: Date | undefined, future: boolean, past = false): PartialDate | undefined {
  const start = result.start;
  // "₹ 200 a month", "at 3 p.m.": times and amounts are not dates of events.
  if (!start.isCertain("day") && !start.isCertain("month") && !start.isCertain("weekday") && !start.isCertain("year")) return undefined;
  if (/^\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)?$/i.test(result.text.trim())) return undefined;
  const before = sentenceText.slice(Math.max(0, result.index - 6), result.index).toLowerCase();

  // "last week", "next week": the days of that week, Monday to Sunday — no single day of it (this week's stop at publication
  // when the clause looks back). The parser puts a day seven days off instead.
  if (WEEK.test(result.text.trim()) && reference) {
    const day = result.start.date();
    const monday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - ((day.getUTCDay() + 6) % 7), 12));
    const sunday = new Date(monday.getTime() + 6 * DAY_MS);
    const last = /^this/i.test(result.text.trim()) && !future && sunday > reference ? reference : sunday;
    return { value: isoDay(monday), precision: "DAY", ...(last > monday ? { end: isoDay(last) } : {}) };
  }
  // Weekday alone ("on Wednesday"): the last such day on or before publication, or the next one after it.
  if (start.isCertain("weekday") && !start.isCertain("day") && reference) {
    const weekday = start.get("weekday")!;
    const latest = future ? nextWeekday(reference, weekday) : lastWeekday(reference, weekday);
    // "last Monday" in a Monday paper is the Monday before, not the day itself.
    const day = !future && /\blast\s+\w+day\b/i.test(result.text) && latest.getTime() === reference.getTime() ? new Date(latest.getTime() - 7 * DAY_MS) : latest;
    if (/weekend/i.test(result.text)) {
      const saturday = future ? nextWeekday(reference, 6) : lastWeekday(reference, 6);
      return { value: isoDay(saturday), precision: "DAY", end: isoDay(new Date(saturday.getTime() + DAY_MS)) };
    }
    return { value: isoDay(day), precision: "DAY" };
  }
  let year = start.get("year")!;
  const month = start.get("month")!;
  // A month or day without a year: "last August" and a past clause look back, a future clause ahead; otherwise the parser's nearest such
  // date stands ("Roe's April 24 visit" in a paper of early April is this April's), and stage 6 moves it by the
  // contact's own tense (a contact that happened lies on or before publication).
  if (!start.isCertain("year") && reference) {
    const candidate = Date.UTC(year, month - 1, start.isCertain("day") ? start.get("day")! : 1);
    if ((past || /last\s*$/.test(before)) && candidate > reference.getTime() + DAY_MS) year -= 1;
    if (future && candidate < reference.getTime() - DAY_MS && !start.isCertain("day")) year += 1;
  }
  // "the end of April", "early May": a part of a month names no day in it.
  if (/\b(end|beginning|start|middle|half) of\b|\b(early|late|mid)[\s-]+\p{L}+$/iu.test(result.text.trim()) && start.isCertain("month")) return partialDateFromParts(year, month);
  if (start.isCertain("day") || (start.isCertain("month") && start.isCertain("year") && /\b(ago|yesterday|today|tomorrow)\b/i.test(result.text))) {
    const date = partialDateFromParts(year, month, start.get("day")!);
    if (result.end && result.end.isCertain("day")) {
      // "14-16 September": the end takes the start's year and month where the text gives none (one range, one year).
      const endYear = result.end.isCertain("year") ? result.end.get("year")! : year;
      const endMonth = result.end.isCertain("month") ? result.end.get("month")! : month;
      const endDate = partialDateFromParts(endYear, endMonth, result.end.get("day")!);
      if (endDate.value > date.value) return { ...date, end: endDate.value };
    }
    return date;
  }
  if (start.isCertain("month")) return partialDateFromParts(year, month);
  if (start.isCertain("year")) return partialDateFromParts(year);
  return undefined;
}

function lastWeekday(reference: Date, weekday: number): Date {
  const delta = (reference.getUTCDay() - weekday + 7) % 7;
  return new Date(reference.getTime() - delta * DAY_MS);
}

function nextWeekday(reference: Date, weekday: number): Date {
  // "will meet Friday" in a Friday paper is that day: the same weekday ahead is today, not a week on.
  const delta = (weekday - reference.getUTCDay() + 7) % 7;
  return new Date(reference.getTime() + delta * DAY_MS);
}
