import { type KbPerson, type KbTenure } from "../actor-types.js";

/**
 * Reads the Phoenix/PETRARCH2 actor dictionaries (TABARI format; MIT, Open Event Data Alliance):
 * a name line, `+` alias lines, and `[CODE dates]` role lines. Only people are kept: country blocks
 * (`AFGHANISTAN_ [AFG]`), groups and organisations are left out. Names come in capitals joined by
 * `_`; they are title-cased here, titles are stripped from them (a titled alias tells the office).
 */
export interface PetrarchPerson extends KbPerson {
  /** Titles seen in the person's aliases ("PRESIDENT_PUTIN" → "president"), lower case. */
  aliasTitles: string[];
}

export interface PetrarchReport {
  people: PetrarchPerson[];
  /** Dates that were malformed and repaired or dropped, for the build's `changes` list. */
  repairedDates: number;
  droppedDates: number;
  /** Coarse duplicate ranges dropped in favour of a precise one (Tony Blair's 030101-070630 beside 970502-070627). */
  droppedCoarseRanges: number;
}

/** IGO codes of the three bodies Parley names offices for. */
const IGO_CODES: Record<string, string> = { IGOUNO: "UN", IGOWSTNAT: "NATO", IGOEUREEC: "EU" };

/** Words that make a block a group or an organisation, not a person. */
const NOT_A_PERSON = /\b(ADMINISTRATION|GOVERNMENT|REGIME|FORCES?|ARMY|PARTY|MINISTRY|COUNCIL|COMMITTEE|COMMISSION|ORGANI[SZ]ATION|ASSOCIATION|FOUNDATION|INSTITUTE|UNION|BANK|FUND|AGENCY|GROUP|NETWORK|CENTER|CENTRE|INTERNATIONAL|NATIONAL|SUPPORTERS|LOYALISTS|CAMP|FAMILY|OFFICIALS?|COUNTRIES|PEOPLE|MOVEMENT|FRONT|BRIGADES?|DIVISION|POLICE|GUARD|COURT|PARLIAMENT|ASSEMBLY|CONGRESS|SENATE|CABINET|OFFICE|EMBASSY|DELEGATION|MISSION|ALLIANCE|COALITION|LEAGUE|FEDERATION|AUTHORITY|BOARD|SERVICE|TRIBE|CLAN|REBELS|MILITIA|UNIVERSITY|COMPANY|CORPORATION|TIMES|NEWS|PRESS|RADIO|TELEVISION)\b/;

/** Title words that open aliases ("PRESIDENT_BUSH", "RUSSIAN_FOREIGN_MINISTER_LAVROV", "MR_OBAMA"). */
const TITLE_WORDS = new Set(
  ("MR MR. MRS MRS. MS MS. DR DR. SIR DAME LORD LADY PRESIDENT PRESIDENT-ELECT VICE PRIME MINISTER FOREIGN DEFENCE DEFENSE INTERIOR FINANCE " +
    "SECRETARY SECRETARY-GENERAL GENERAL SECRETARY_GENERAL OF STATE THE DEPUTY CHANCELLOR PREMIER CHAIRMAN LEADER SUPREME AMBASSADOR " +
    "AMB. AMB SENATOR SEN. REP. GOVERNOR GOV. MAYOR SPEAKER FORMER EX ACTING INTERIM US U.S. UN U.N. UNITED NATIONS AMERICAN COL. GEN. " +
    "LT. CAPT. ADM. ADMIRAL MARSHAL FIELD COMMANDER CHIEF JUSTICE JUDGE AYATOLLAH GRAND SHEIKH SHEIK HIS HER MAJESTY HIGHNESS ROYAL " +
    "EU NATO ENVOY SPECIAL HIGH REPRESENTATIVE COMMISSIONER OPPOSITION").split(" "),
);
/** Words that end a title wherever they stand: everything up to the last of them is the title ("UNITED_STATES_PRESIDENT_BARACK_OBAMA"). */
const HARD_TITLES = new Set(
  ("PRESIDENT PRESIDENT-ELECT MINISTER SECRETARY SECRETARY-GENERAL CHANCELLOR PREMIER CHAIRMAN AMBASSADOR ENVOY SENATOR GOVERNOR MAYOR SPEAKER " +
    "KANZLER BUNDESKANZLER PRESIDENTE PRESIDENTA PRESIDENTIAL COMMISSIONER REPRESENTATIVE LEADER ADVISER ADVISOR SPOKESMAN SPOKESWOMAN").split(" "),
);
/** Royal styles that stay in a name when only one given name follows ("KING_ABDULLAH" → "King Abdullah"). */
const ROYAL = new Set(["KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "SULTAN", "CROWN"]);
const LOWER_PARTICLES = new Set(["al", "el", "bin", "bint", "ibn", "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "la", "le", "ul", "ad"]);

interface Block {
  file: string;
  line: number;
  name: string;
  aliases: string[];
  roles: { code: string; from?: string; to?: string; comment?: string; line: number }[];
  nameLineCodes: string[];
}

/** Parses one dictionary file into people. `file` is the file's name, used in provenance. */
export function parsePetrarch(content: string, file: string): PetrarchReport {
  const blocks = readBlocks(content, file);
  const report: PetrarchReport = { people: [], repairedDates: 0, droppedDates: 0, droppedCoarseRanges: 0 };
  for (const block of blocks) {
    const person = personOf(block, report);
    if (person) report.people.push(person);
  }
  return report;
}

function readBlocks(content: string, file: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const [body = "", ...comments] = raw.split("#");
    const comment = comments.join("#").trim();
    const text = body.trim();
    if (!text) return;
    if (text.startsWith("+")) {
      current?.aliases.push(text.slice(1).trim());
      return;
    }
    const roleCodes = [...text.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    if (/^\s/.test(raw) || text.startsWith("[")) {
      for (const code of roleCodes) current?.roles.push({ ...parseRole(code), ...(comment ? { comment } : {}), line });
      return;
    }
    const name = text.split(/[\s[]/)[0]!;
    current = { file, line, name, aliases: [], roles: [], nameLineCodes: roleCodes };
    for (const code of roleCodes) current.roles.push({ ...parseRole(code), ...(comment ? { comment } : {}), line });
    blocks.push(current);
  });
  return blocks;
}

function parseRole(spec: string): { code: string; from?: string; to?: string } {
  const [code = "", range = ""] = spec.split(/\s+/);
  if (!range) return { code };
  if (range.startsWith(">")) return { code, from: range.slice(1) };
  if (range.startsWith("<")) return { code, to: range.slice(1) };
  const [from, to] = range.split("-");
  return { code, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** `YYMMDD` (00–29 → 20xx) or `YYYYMMDD` → `YYYY-MM-DD`; a stray extra digit is cut; anything else is dropped. */
function isoDate(raw: string | undefined, report: PetrarchReport): string | undefined {
  if (!raw) return undefined;
  const digits = raw.replace(/\D/g, "");
  // Nine digits ("201005011") could be repaired several ways: guessing one would date a tenure wrongly.
  if (digits.length === 9) {
    report.droppedDates++;
    return undefined;
  }
  let year: number, month: number, day: number;
  if (digits.length === 6) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= 29 ? 2000 + yy : 1900 + yy;
    month = Number(digits.slice(2, 4));
    day = Number(digits.slice(4, 6));
  } else if (digits.length === 8) {
    year = Number(digits.slice(0, 4));
    month = Number(digits.slice(4, 6));
    day = Number(digits.slice(6, 8));
  } else {
    report.droppedDates++;
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day) {
    report.droppedDates++;
    return undefined;
  }
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function personOf(block: Block, report: PetrarchReport): PetrarchPerson | undefined {
  // A country or territory block's roles are bare country codes, dated or not ("SOUTH_SUDAN [SSD >20110709]");
  // a person's codes carry a role ("RUSGOV").
  if (block.roles.length > 0 && block.roles.every((r) => isBareCountryCode(r.code))) return undefined;
  const aliasTitles = new Set<string>();
  const forms = [block.name, ...block.aliases].map((raw) => stripTitles(raw, aliasTitles)).filter((f): f is string[] => !!f);
  const fullForms = forms.filter((words) => words.length >= 2 && words.length <= 6);
  const canonicalWords = stripTitles(block.name, new Set()) ?? fullForms[0];
  if (!canonicalWords || canonicalWords.length < 2 || canonicalWords.length > 6) return undefined;
  if (NOT_A_PERSON.test(canonicalWords.join(" ").toUpperCase())) return undefined;
  const tenures = tenuresOf(block, report);
  // Organisations carry undated codes only; a person in these files has a dated role or a person's comment.
  if (tenures.length === 0 && !/CountryInfo|IGOrulers/i.test(JSON.stringify(block.roles)) && !/CountryInfo/i.test(block.file)) return undefined;
  const name = titleCase(canonicalWords);
  const otherNames = [...new Set(fullForms.map(titleCase))].filter((n) => n !== name && !NOT_A_PERSON.test(n.toUpperCase()));
  const countries = [...new Set(tenures.map((t) => t.country).filter((c) => /^[A-Z]{3}$/.test(c)))];
  return { name, otherNames, countries, tenures, sources: [`petrarch2:${block.file}:${block.line}`], aliasTitles: [...aliasTitles] };
}

/** Alias words without the titles before the name; the titles seen are collected. Undefined when nothing is left. */
function stripTitles(raw: string, titles: Set<string>): string[] | undefined {
  const words = raw.split("_").map((w) => w.trim()).filter(Boolean);
  let start = 0;
  for (let k = words.length - 2; k >= 0; k--) {
    if (HARD_TITLES.has(words[k]!)) {
      start = k + 1;
      break;
    }
  }
  while (start < words.length - 1 && (TITLE_WORDS.has(words[start]!) || isDemonymLike(words[start]!)) && !(ROYAL.has(words[start]!) && words.length - start === 2)) start++;
  if (start > 0) titles.add(words.slice(0, start).join(" ").toLowerCase().replace(/-/g, " "));
  const rest = words.slice(start);
  if (rest.length === 0 || rest.some((w) => !/^[\p{L}.'’-]+$/u.test(w))) return undefined;
  return rest;
}

/** "RUSSIAN", "BRITISH", "SOUTH_KOREAN": adjectives of nationality before a title. */
function isDemonymLike(word: string): boolean {
  return /^(?:[A-Z]+(?:IAN|EAN|ISH|ESE|CAN|I|IC))$/.test(word) && word.length > 4;
}

function titleCase(words: readonly string[]): string {
  return words
    .map((word, index) =>
      word
        .toLowerCase()
        .split(/([-'’])/)
        .map((part, k) => {
          if (part === "-" || part === "'" || part === "’") return part;
          // Initials ("A.P.J.", "K.") stay in capitals.
          if (/^(\p{L}\.)+$/u.test(part)) return part.toUpperCase();
          if (index > 0 && k === 0 && LOWER_PARTICLES.has(part)) return part;
          const cased = part.charAt(0).toUpperCase() + part.slice(1);
          return cased.replace(/^(Mc|Mac(?=[bcdfghjklmnpqrstvwz][a-z]{2}))(\p{Ll})/u, (_, p: string, c: string) => p + c.toUpperCase());
        })
        .join(""),
    )
    .join(" ");
}

/** A range's precision: a start on the 1st of January or an end on a month's last day is a coarse source's. */
function precision(t: KbTenure): number {
  const coarseFrom = !t.from || /-01-01$/.test(t.from);
  const coarseTo = !t.to || /-(01-31|02-2[89]|03-31|04-30|05-31|06-30|07-31|08-31|09-30|10-31|11-30|12-31)$/.test(t.to);
  return (coarseFrom ? 0 : 1) + (coarseTo ? 0 : 1);
}

/** Days from a `YYYY-MM-DD` bound; an open bound is far away. */
function day(bound: string | undefined, open: number): number {
  return bound ? Date.parse(`${bound}T00:00:00Z`) / 86_400_000 : open;
}

/** Two ranges of one role describe the same span when their overlap covers most of the shorter one. */
function sameSpan(a: KbTenure, b: KbTenure): boolean {
  const end = day("2025-12-31", 0);
  const [aFrom, aTo, bFrom, bTo] = [day(a.from, -1e6), day(a.to, end), day(b.from, -1e6), day(b.to, end)];
  const overlap = Math.min(aTo, bTo) - Math.max(aFrom, bFrom);
  // Near-duplicates only: a short precise range inside a long one is another spell, not the same one told coarsely.
  return overlap > 0 && overlap >= 0.8 * Math.max(aTo - aFrom, bTo - bFrom);
}

/** Whether a range lies inside another, a month's slack at either end (a coarse source's rounded dates). */
function within(inner: KbTenure, outer: KbTenure): boolean {
  const end = day("2025-12-31", 0);
  return day(inner.from, -1e6) >= day(outer.from, -1e6) - 31 && day(inner.to, end) <= day(outer.to, end) + 31;
}

function tenuresOf(block: Block, report: PetrarchReport): KbTenure[] {
  const tenures: KbTenure[] = [];
  for (const role of block.roles) {
    const parsed = splitCode(role.code);
    if (!parsed) continue;
    const from = isoDate(role.from, report);
    const to = isoDate(role.to, report);
    if (!from && !to) continue; // an undated role ("[USAELI]") says nothing about when
    // A bound the source gives but no one can read leaves the range unknown, not open on that side.
    if ((role.from && !from) || (role.to && !to)) continue;
    if (from && to && to < from) {
      report.droppedDates++;
      continue;
    }
    tenures.push({ country: parsed.country, role: parsed.role, ...(from ? { from } : {}), ...(to ? { to } : {}), source: `petrarch2:${block.file}:${role.line}`, ...(role.comment ? { note: role.comment } : {}) });
  }
  // Same role, overlapping ranges: keep the precise one (sources of different grain were merged upstream).
  const kept = tenures.filter((t, i) => {
    const rival = tenures.find(
      (o, j) =>
        j !== i &&
        o.country === t.country &&
        o.role === t.role &&
        ((sameSpan(o, t) && (precision(o) > precision(t) || (precision(o) === precision(t) && j < i && o.from === t.from && o.to === t.to))) ||
          (precision(o) > precision(t) && within(t, o))),
    );
    if (rival) report.droppedCoarseRanges++;
    return !rival;
  });
  return kept;
}

const ROLE_CODES = /^(GOV|MIL|SPY|LEG|ELI|OPP|JUD|PTY|BUS|MED|EDU|REB|INS|CVL|REF|AGR|HLH|DEV|ENV|LAB|CRM|RAD|MOD|UAF|IGO|NGO|SET)/;

/** A code that names only a country or a region of one ("SSD", "SDNSSD", "SDNSSDAUT"), no role in it. */
function isBareCountryCode(code: string): boolean {
  if (!/^[A-Z]{3,9}$/.test(code) || code.startsWith("IGO") || code.startsWith("NGO")) return false;
  for (let k = 3; k < code.length; k += 3) if (ROLE_CODES.test(code.slice(k))) return false;
  return true;
}

/** `RUSGOV` → RUS / GOV; `IGOUNO` → UN / IGO; codes of other bodies are not kept. */
function splitCode(code: string): { country: string; role: string } | undefined {
  const igo = Object.keys(IGO_CODES).find((prefix) => code === prefix);
  if (igo) return { country: IGO_CODES[igo]!, role: "IGO" };
  const match = /^([A-Z]{3})(GOV|MIL|SPY|LEG|ELI|OPP|JUD|PTY|BUS|MED|EDU|REB|INS|CVL)?/.exec(code);
  if (!match || match[1] === "IGO" || match[1] === "NGO") return undefined;
  return { country: match[1]!, role: match[2] ?? "ELI" };
}
