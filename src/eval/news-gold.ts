import { readFileSync } from "node:fs";
import { type EventType, precisionOf } from "../domain/index.js";
import { GoldFileError } from "./run-gold.js";

/**
 * The modern-news gold format (tests/eval/gold-news/README.md): people with every name mention,
 * offices with dates, descriptors, countries and contact events with their triggers, as offsets into
 * the raw body of a `key: value` header / `---` / body file.
 */
export type Span = [number, number];

export interface NewsGoldOffice {
  title: string;
  country: string;
  inRole?: boolean;
  from?: string | null;
  to?: string | null;
}

export interface NewsGoldPerson {
  name: string;
  mentions: Span[];
  offices: NewsGoldOffice[];
}

export interface NewsGoldEvent {
  type: EventType;
  typeAlternatives?: EventType[];
  status: string;
  date: string | null;
  dateEnd?: string | null;
  dateAlternatives?: string[];
  participants: string[];
  place: string | null;
  triggers: Span[];
  core: boolean;
}

export interface NewsGoldArticle {
  file: string;
  publishedAt: string;
  people: NewsGoldPerson[];
  descriptors: { span: Span; person: string }[];
  unnamedReferents: string[];
  countries: string[];
  events: NewsGoldEvent[];
}

/** Whether a parsed gold file is in this format (people carry mention spans). */
export function isNewsGold(value: unknown): boolean {
  const articles = (value as { articles?: unknown[] } | null)?.articles;
  return Array.isArray(articles) && articles.some((a) => Array.isArray((a as { people?: { mentions?: unknown }[] }).people?.[0]?.mentions));
}

export function parseNewsGold(content: string, fileName: string): NewsGoldArticle[] {
  const value = JSON.parse(content) as { articles?: unknown };
  if (!Array.isArray(value.articles)) throw new GoldFileError(`${fileName}: expected { "articles": [...] }`, { file: fileName });
  return value.articles.map((raw, index) => {
    const a = raw as Partial<NewsGoldArticle>;
    const fail = (what: string): never => {
      throw new GoldFileError(`${fileName}: articles[${index}] (${a?.file ?? "?"}): ${what}`, { file: fileName, index });
    };
    if (typeof a.file !== "string") fail("`file` must be a path");
    if (typeof a.publishedAt !== "string" || precisionOf(a.publishedAt) !== "DAY") fail("`publishedAt` must be YYYY-MM-DD");
    const spans = (list: unknown): boolean => Array.isArray(list) && list.every((s) => Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] < s[1]);
    if (!Array.isArray(a.people) || !a.people.every((p) => typeof p.name === "string" && spans(p.mentions) && Array.isArray(p.offices))) fail("`people` must be [{ name, mentions: [[s, e]…], offices }]");
    if (!Array.isArray(a.events) || !a.events.every((e) => typeof e.type === "string" && typeof e.status === "string" && Array.isArray(e.participants) && spans(e.triggers ?? []))) fail("`events` must be [{ type, status, participants, triggers }]");
    if (!Array.isArray(a.countries)) fail("`countries` must be ISO3 codes");
    return { descriptors: [], unnamedReferents: [], ...a } as NewsGoldArticle;
  });
}

/** The raw body as the gold's offsets count it: everything after the `---` line, trimmed. */
export function rawBody(path: string): string {
  const lines = readFileSync(path, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  return lines.slice(lines.findIndex((l) => l.trim() === "---") + 1).join("\n").trim();
}

/**
 * Maps raw-body offsets into the cleaned text through the line that holds them: the cleaner keeps or
 * drops whole lines and collapses whitespace inside them. Undefined for a span on a dropped line.
 */
export class OffsetMap {
  private readonly lines: { start: number; end: number; text: string }[] = [];
  private readonly found = new Map<number, number | undefined>();

  constructor(
    private readonly raw: string,
    private readonly cleaned: string,
  ) {
    let start = 0;
    for (const line of raw.split("\n")) {
      this.lines.push({ start, end: start + line.length, text: line });
      start += line.length + 1;
    }
  }

  toCleaned(span: Span): Span | undefined {
    const line = this.lines.find((l) => l.start <= span[0] && span[0] <= l.end);
    if (!line) return undefined;
    const { normalised, at } = normalise(line.text);
    if (!normalised) return undefined;
    let base = this.found.get(line.start);
    if (!this.found.has(line.start)) {
      const probe = normalised.slice(0, 60);
      const index = this.cleaned.indexOf(probe);
      base = index < 0 ? undefined : index;
      this.found.set(line.start, base);
    }
    if (base === undefined) return undefined;
    const s = at[span[0] - line.start];
    const e = at[Math.min(span[1], line.end) - line.start];
    if (s === undefined || e === undefined) return undefined;
    return [base + s, base + e];
  }
}

/** Whitespace collapsed and trimmed as the cleaner does, with where each raw offset lands. */
function normalise(line: string): { normalised: string; at: number[] } {
  const at: number[] = [];
  let out = "";
  let lead = true;
  let pendingSpace = false;
  for (let k = 0; k <= line.length; k++) {
    const ch = line[k];
    if (ch === undefined) {
      at.push(out.length);
      break;
    }
    if (/[\t\u00a0 ]/.test(ch)) {
      at.push(out.length + (pendingSpace || lead ? 0 : 1));
      if (!lead) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    lead = false;
    at.push(out.length);
    out += ch;
  }
  return { normalised: out, at: at.map((v) => Math.min(v, out.length)) };
}
