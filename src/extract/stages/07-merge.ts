import {
  EVENT_TYPE_INFO,
  dayRange,
  eventId,
  formatPartialDate,
  type EventStatus,
  type Evidence,
  type GraphEntity,
  type GraphEvent,
  type PartialDate,
  type Role,
  type Sentence,
} from "../../domain/index.js";
import { isUnanchored } from "./05-dates.js";
import { type EventCandidate } from "./06-events/index.js";
import { finerPlace } from "./06-events/time-and-place.js";

/**
 * Stage 7 — merge: candidates reporting the same event within one article become one event with
 * several evidence entries. Same type, same people (or one set inside the other), compatible dates
 * and statuses. A plan and its fulfilment in the same article ("will call Zelenskyy" … "a call
 * took place") are one event that occurred.
 */
interface Draft {
  candidate: EventCandidate;
  /** Every report is domestic (one report with a foreign side makes the event international). */
  domestic: boolean;
  participants: Map<string, Role>;
  evidence: Set<number>;
  statuses: EventStatus[];
}

function datesCompatible(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (!a || !b) return true;
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (ra.first <= rb.last && rb.first <= ra.last) return true;
  // A span of days ("over the weekend") and a day next to it ("on Friday") are one gathering told loosely;
  // two single days never are.
  const span = (r: { first: string; last: string }): boolean => r.first !== r.last;
  if (!span(ra) && !span(rb)) return false;
  const gap = Math.min(Math.abs(daysBetween(ra.last, rb.first)), Math.abs(daysBetween(rb.last, ra.first)));
  return gap <= 1;
}

/** Two reports dated to the same one day (not a span, not a month). */
function sameSingleDay(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  return !!a && !!b && a.precision === "DAY" && b.precision === "DAY" && !a.end && !b.end && a.value === b.value;
}

function moreSpecific(a: PartialDate | undefined, b: PartialDate | undefined): PartialDate | undefined {
  if (!a) return b;
  if (!b) return a;
  const rank = { DAY: 3, MONTH: 2, YEAR: 1 } as const;
  if (rank[b.precision] !== rank[a.precision]) return rank[b.precision] > rank[a.precision] ? b : a;
  // A single day is more exact than a span of days ("on Friday" over "over the weekend").
  return a.end && !b.end ? b : a;
}

const ROLE_STRENGTH: Record<Role, number> = { PARTICIPANT: 0, INITIATOR: 2, HOST: 2, VISITOR: 2, MEDIATOR: 1 };

/** Countries each person acts for (their offices in the article): a country beside its own leader is that leader's side. */
type ActsFor = ReadonlyMap<string, ReadonlySet<string>>;

/** The sides without countries that a person among `all` acts for ("Roe + Ruritania" is Roe's side twice). */
function sidesOf(ids: Iterable<string>, all: ReadonlySet<string>, actsFor: ActsFor): Set<string> {
  const covered = (id: string): boolean => id.startsWith("country:") && [...all].some((p) => actsFor.get(p)?.has(id));
  return new Set([...ids].filter((id) => !covered(id)));
}

function canMerge(draft: Draft, next: EventCandidate, publishedAt: string | undefined, sentences: readonly Sentence[], actsFor: ActsFor): boolean {
  const a = draft.candidate;
  // "The first face-to-face meeting" in an article about a summit is the summit.
  // A two-sided meeting beside a named gathering ("meet Doe at the G-20 summit") is a meeting on its sidelines.
  const sidelines = (x: EventCandidate, y: EventCandidate): boolean => x.type === "SUMMIT" && !!x.namedGathering && y.type === "MEETING";
  // "their meeting on Saturday" and "Saturday's negotiations" between the same sides: the talks were that meeting.
  const talksAtMeeting = new Set([a.type, next.type]).size === 2 && [a.type, next.type].every((t) => t === "MEETING" || t === "NEGOTIATION") && sameSingleDay(a.date, next.date);
  const sameKind = a.type === next.type || talksAtMeeting || (((a.type === "SUMMIT" && next.type === "MEETING") || (a.type === "MEETING" && next.type === "SUMMIT")) && !sidelines(a, next) && !sidelines(next, a));
  if (!sameKind) return false;
  const all = new Set([...draft.participants.keys(), ...next.participants.map((p) => p.entityId)]);
  const setA = sidesOf(draft.participants.keys(), all, actsFor);
  const idsB = [...sidesOf(next.participants.map((p) => p.entityId), all, actsFor)];
  const shared = idsB.filter((id) => setA.has(id)).length;
  const subset = shared === idsB.length || shared === setA.size;
  // One named side on both ("the unions meeting Mr Prescott" after "will hold talks with Prescott"): the same
  // event only when one report leaves its status open, so two dated meetings of one minister stay two.
  const oneSided = setA.size === 1 && idsB.length === 1 && shared === 1;
  // One traveller's visit to one country, told with its host, its city or neither ("Roe's visit to Hiroshima", "the
  // Roe–Doe visit", "Roe visited Japan"): the same visit whatever else each report names.
  const visit = a.type === "VISIT" && next.type === "VISIT" && sameVisit(draft.participants, a.placeId, next, actsFor);
  if (oneSided && !visit) return (a.status === "UNKNOWN" || next.status === "UNKNOWN") && Math.abs(a.sentence - next.sentence) <= 8 && datesCompatible(a.date, next.date);
  if (!visit && (!subset || shared < 2) && !standsIn(draft.participants.keys(), next.participants.map((p) => p.entityId), actsFor)) return false;
  // "their first meeting" and "his final talks with him" are two sittings, however alike their sides.
  const ordinalA = ordinalOf(a, sentences);
  const ordinalB = ordinalOf(next, sentences);
  if (ordinalA && ordinalB && ordinalA !== ordinalB) return false;
  // A plan of the same sides told with two dates is one plan whose reports disagree (one date is usually another
  // event's, borrowed): one record, the surer date kept. Contacts that happened on two dates are two.
  const open = (x: EventStatus): boolean => x === "PLANNED" || x === "UNKNOWN";
  const onePlan = open(a.status) && open(next.status) && (a.status === "PLANNED" || next.status === "PLANNED");
  if (!datesCompatible(a.date, next.date) && !onePlan) return false;
  // One traveller's visit to one place told as expected and as made is one visit, unless a report says it is another.
  if (visit && ![a, next].some((c) => REPEAT_CUE.test(sentences[c.sentence]?.text ?? ""))) return true;
  const planned = (s: EventStatus): boolean => s === "PLANNED";
  // A report that leaves the status open ("renewed talk about the Roe–Doe summit") is the one its sides have.
  if (planned(a.status) === planned(next.status) || a.status === "UNKNOWN" || next.status === "UNKNOWN") return true;
  // A plan reported with its fulfilment is the same event: a dated plan for today or earlier, or an
  // undated one ("we will begin by calling Zelenskyy") beside a contact of the last few days that is not
  // announced as a repeat ("they agreed to meet again").
  const plan = planned(a.status) ? a : next;
  const done = plan === a ? next : a;
  // "met on Monday ahead of the summit": one sentence that tells a contact and a plan tells two events.
  if (plan.sentence === done.sentence) return false;
  if (!publishedAt) return false;
  if (plan.date) return plan.date.value <= publishedAt;
  if (!done.date || REPEAT_CUE.test(sentences[plan.sentence]?.text ?? "")) return false;
  const { last } = dayRange(done.date);
  return last <= publishedAt && daysBetween(last, publishedAt) <= 7;
}

/**
 * "Roe and North Korea" beside "Roe and Kim": one report names a side by its state, the other by its leader. The
 * same contact when one report's people are all in the other and each of its states is the other's, or the state
 * of one of the other's people (so "Poe met Kim" never joins "Roe met Kim": their people differ).
 */
function standsIn(a: Iterable<string>, b: readonly string[], actsFor: ActsFor): boolean {
  const [x, y] = [[...a], b];
  const fits = (small: readonly string[], large: readonly string[]): boolean => {
    const persons = small.filter((id) => id.startsWith("person:"));
    const countries = small.filter((id) => id.startsWith("country:"));
    if (small.length < 2 || countries.length === 0 || !persons.every((p) => large.includes(p))) return false;
    return countries.every((c) => large.includes(c) || large.some((p) => p !== c && !small.includes(p) && actsFor.get(p)?.has(c)));
  };
  return fits(x, y) || fits(y, x);
}

/** The person a visit is made by: its visitor, else its one person. */
function travellerOf(participants: ReadonlyMap<string, Role>): string | undefined {
  const visitor = [...participants].find(([, role]) => role === "VISITOR")?.[0];
  const persons = [...participants.keys()].filter((id) => id.startsWith("person:"));
  return visitor ?? (persons.length === 1 ? persons[0] : undefined);
}

/** The country a visit goes to: its host country, a host person's country, or the country of its place. */
function destinationOf(participants: ReadonlyMap<string, Role>, traveller: string, placeId: string | undefined, actsFor: ActsFor): string | undefined {
  const others = [...participants.keys()].filter((id) => id !== traveller);
  const country = others.find((id) => id.startsWith("country:"));
  if (country) return country;
  const hosts = new Set(others.flatMap((id) => [...(actsFor.get(id) ?? [])]));
  if (hosts.size === 1) return [...hosts][0];
  return placeId ? `country:${placeId.split(":")[1]}` : undefined;
}

function sameVisit(draft: ReadonlyMap<string, Role>, draftPlace: string | undefined, next: EventCandidate, actsFor: ActsFor): boolean {
  const nextSides = new Map(next.participants.map((p) => [p.entityId, p.role]));
  // "the Roe–Doe visit" names no traveller of its own: the other report's, when it names them too.
  const [ta, tb] = [travellerOf(draft), travellerOf(nextSides)];
  const traveller = ta ?? tb;
  if (!traveller || (ta && tb && ta !== tb) || !draft.has(traveller) || !nextSides.has(traveller)) return false;
  const a = destinationOf(draft, traveller, draftPlace, actsFor);
  const b = destinationOf(nextSides, traveller, next.placeId, actsFor);
  // Two visits of one traveller with no destination told are not known to be one.
  return (!!a || !!b) && (!a || !b || a === b) && (!draftPlace || !next.placeId || draftPlace === next.placeId || !a || !b);
}

/** Which one of a series a report names: "first", "second", "final" (≡ "last") … */
const ORDINAL_BEFORE = /\b(first|second|third|fourth|fifth|final|last|latest|previous|next)\s+(?:[\w-]+\s+){0,2}$/i;

function ordinalOf(candidate: EventCandidate, sentences: readonly Sentence[]): string | undefined {
  const text = sentences[candidate.sentence]?.text ?? "";
  // The trigger's own position: its first occurrence as a word (reports rarely repeat the trigger word).
  const at = text.search(new RegExp(`\\b${candidate.triggerText.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`));
  if (at < 0) return undefined;
  const word = ORDINAL_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
  return word === "last" ? "final" : word;
}

const REPEAT_CUE = /\b(again|another|next|future|second|follow-up|further|more)\b/i;

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

function mergedStatus(statuses: EventStatus[]): EventStatus {
  for (const status of ["OCCURRED", "CANCELLED", "ONGOING", "PLANNED"] as const) if (statuses.includes(status)) return status;
  return "UNKNOWN";
}

/** Merges one article's candidates into events with deterministic ids and evidence. */
export function mergeEvents(
  candidates: readonly EventCandidate[],
  context: { articleId: string; publishedAt?: string; sentences: readonly Sentence[]; entities: readonly GraphEntity[]; actsFor?: ActsFor },
): GraphEvent[] {
  const actsFor: ActsFor = context.actsFor ?? new Map();
  const drafts: Draft[] = [];
  // Dated and verb-triggered reports first, so they anchor the merge.
  const ordered = [...candidates].sort((x, y) => Number(!!y.date) - Number(!!x.date) || x.sentence - y.sentence);
  for (const candidate of ordered) {
    const target = drafts.find((d) => canMerge(d, candidate, context.publishedAt, context.sentences, actsFor));
    if (!target) {
      drafts.push({
        candidate: { ...candidate },
        participants: new Map(candidate.participants.map((p) => [p.entityId, p.role])),
        evidence: new Set([candidate.sentence, ...(candidate.joinedSentences ?? [])]),
        statuses: [candidate.status],
        domestic: !!candidate.domestic,
      });
      continue;
    }
    target.domestic &&= !!candidate.domestic;
    const base = target.candidate;
    if (candidate.type === "SUMMIT") base.type = "SUMMIT";
    if (candidate.type === "MEETING" && base.type === "NEGOTIATION") base.type = "MEETING";
    base.date = moreSpecific(base.date, candidate.date);
    base.placeId = finerPlace(base.placeId, candidate.placeId);
    base.confidence = Math.min(0.98, Math.max(base.confidence, candidate.confidence) + 0.03);
    for (const p of candidate.participants) {
      const current = target.participants.get(p.entityId);
      if (current === undefined || ROLE_STRENGTH[p.role] > ROLE_STRENGTH[current]) target.participants.set(p.entityId, p.role);
    }
    for (const index of [candidate.sentence, ...(candidate.joinedSentences ?? [])]) target.evidence.add(index);
    target.statuses.push(candidate.status);
  }

  const nameOf = new Map(context.entities.map((e) => [e.id, e.name]));
  const byId = new Map<string, GraphEvent>();
  const ordinalById = new Map<string, string | undefined>();
  for (const draft of drafts) {
    const status = mergedStatus(draft.statuses);
    // A country beside a person who acts for it is that person's side, named twice.
    const sides = sidesOf(draft.participants.keys(), new Set(draft.participants.keys()), actsFor);
    const participants = [...draft.participants].filter(([entityId]) => sides.has(entityId)).map(([entityId, role]) => ({ entityId, role })).sort((a, b) => a.entityId.localeCompare(b.entityId));
    // A past event no report dates takes the time the article's narrative is set in.
    const narrative = !draft.candidate.date && status === "OCCURRED" ? draft.candidate.narrativeDate : undefined;
    // A relative date with no publication date to read it against kept reports apart above; it is not reported.
    const stated = draft.candidate.date && !isUnanchored(draft.candidate.date) ? draft.candidate.date : undefined;
    const date = stated ?? narrative;
    // Reports kept apart only by an unreportable relative date stay apart, by the sentence that first dated them.
    const apart = draft.candidate.date && !stated ? `:s${draft.candidate.sentence}` : "";
    const key = keyParticipants(participants.map((p) => p.entityId));
    let id = eventId(draft.candidate.type, key, dateBucket(date, status, context.publishedAt) + apart);
    // Two sittings told apart by their order ("first meeting", "final talks") keep two ids when their date bucket is shared.
    const ordinal = ordinalOf(draft.candidate, context.sentences);
    const clashing = ordinalById.get(id);
    if (ordinal && clashing && clashing !== ordinal) id = eventId(draft.candidate.type, key, `${dateBucket(date, status, context.publishedAt)}${apart}:${ordinal}`);
    const evidence: Evidence[] = [...draft.evidence].sort((a, b) => a - b).map((index) => {
      const sentence = context.sentences[index]!;
      return { articleId: context.articleId, sentence: index, start: sentence.start, end: sentence.end, quote: sentence.text };
    });
    const existing = byId.get(id);
    if (existing) {
      // Two drafts that hash alike are one event (e.g. the same plan reported twice with different wording).
      for (const e of evidence) if (!existing.evidence.some((x) => x.sentence === e.sentence)) existing.evidence.push(e);
      continue;
    }
    const info = EVENT_TYPE_INFO[draft.candidate.type];
    const event: GraphEvent = {
      id,
      type: draft.candidate.type,
      status,
      ...(date ? { date } : {}),
      ...(draft.candidate.placeId ? { placeId: draft.candidate.placeId } : {}),
      summary: summarise(draft.candidate.type, status, participants.map((p) => nameOf.get(p.entityId) ?? p.entityId), draft.candidate.placeId ? nameOf.get(draft.candidate.placeId) : undefined, date),
      // A date inferred from the narrative is less sure than one the report states.
      confidence: Number((draft.candidate.confidence - (narrative ? 0.1 : 0)).toFixed(2)),
      participants,
      plover: info.plover,
      ...(info.cameo ? { cameo: info.cameo } : {}),
      ...(draft.domestic ? { domestic: true } : {}),
      evidence,
    };
    byId.set(id, event);
    ordinalById.set(id, ordinal);
  }
  return [...byId.values()];
}

/** People identify an event; countries and organisations only when fewer than two people take part. */
export function keyParticipants(ids: readonly string[]): string[] {
  const people = ids.filter((id) => id.startsWith("person:"));
  return people.length >= 2 ? people : [...ids];
}

/** The day, month or year of the event; an undated one is bucketed by status and the month it was reported in. */
export function dateBucket(date: PartialDate | undefined, status: EventStatus, publishedAt: string | undefined): string {
  if (date) return date.value;
  return `undated:${status === "PLANNED" ? "planned" : "reported"}:${publishedAt?.slice(0, 7) ?? "unknown"}`;
}

const TYPE_NOUN: Record<string, string> = {
  CALL: "Phone call",
  MEETING: "Meeting",
  VISIT: "Visit",
  SUMMIT: "Summit",
  NEGOTIATION: "Negotiations",
  AGREEMENT: "Agreement",
};

function summarise(type: string, status: EventStatus, names: string[], place: string | undefined, date: PartialDate | undefined): string {
  const list = names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const noun = TYPE_NOUN[type] ?? type.charAt(0) + type.slice(1).toLowerCase();
  const prefix = status === "PLANNED" ? `Planned ${noun.toLowerCase()}` : status === "CANCELLED" ? `Cancelled ${noun.toLowerCase()}` : noun;
  return `${prefix} between ${list}${place ? ` in ${place}` : ""}${date ? ` (${formatPartialDate(date)})` : ""}`;
}
