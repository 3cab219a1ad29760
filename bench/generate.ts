// Deterministic synthetic ArticleGraphs for the benchmarks: Zipf-skewed people, offices in the gazetteer's ~195 states, dated contact events.
import {
  EVENT_TYPE_INFO,
  countryId,
  officeId,
  partialDateFromParts,
  personId,
  shortHash,
  type ArticleGraph,
  type EventType,
  type Evidence,
  type GraphEntity,
  type GraphEvent,
  type Mention,
  type PartialDate,
  type Sentence,
  type Tenure,
} from "../src/domain/index.js";
import { COUNTRIES } from "../src/extract/gazetteer/index.js";

/** Options of the synthetic corpus; the same options always give the same graphs. */
export interface SyntheticOptions {
  /** Total events across all articles. */
  events: number;
  /** @default 20 */
  eventsPerArticle?: number;
  /** @default 5000 */
  people?: number;
  /** @default 1 */
  seed?: number;
  /** Zipf exponent of how often a person takes part. @default 1.05 */
  zipf?: number;
}

export interface SyntheticPerson {
  id: string;
  name: string;
  iso3: string;
  countryName: string;
  officeId: string;
  officeTitle: string;
}

export interface SyntheticWorld {
  people: SyntheticPerson[];
  countries: { iso3: string; name: string }[];
}

/** mulberry32: small, fast, good enough to spread benchmark data; seeded so runs repeat. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONTACT_TYPES: readonly EventType[] = ["CALL", "MEETING", "VISIT", "SUMMIT", "NEGOTIATION"];
const OFFICE_TITLES = [
  "President",
  "Prime Minister",
  "Foreign Minister",
  "Defence Minister",
  "Finance Minister",
  "Trade Minister",
  "Interior Minister",
  "Energy Minister",
  "Ambassador to the United Nations",
  "National Security Adviser",
  "Chief Negotiator",
  "Deputy Foreign Minister",
];
const ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "j", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "w", "z"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"];
const CODAS = ["", "", "n", "r", "s", "l", "m", "k", "v", "th"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const VERBS: Record<EventType, string> = {
  CALL: "spoke by telephone with",
  MEETING: "met",
  VISIT: "paid a visit to",
  SUMMIT: "attended a summit with",
  NEGOTIATION: "opened negotiations with",
  AGREEMENT: "signed an agreement with",
  STATEMENT: "issued a statement about",
  MILITARY_ACTION: "acted against",
  ANNEXATION: "annexed territory from",
  OTHER: "dealt with",
};
const PLANNED_VERBS: Record<string, string> = {
  CALL: "is due to speak by telephone with",
  MEETING: "is expected to meet",
  VISIT: "plans to visit",
  SUMMIT: "will attend a summit with",
  NEGOTIATION: "is set to open negotiations with",
};
const TOPICS = ["trade", "security", "energy supplies", "the border", "climate finance", "fishing rights", "a ceasefire", "grain exports", "visa rules", "debt relief"];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function syllableWord(rng: () => number, syllables: number): string {
  let word = "";
  for (let i = 0; i < syllables; i++) {
    word += ONSETS[Math.floor(rng() * ONSETS.length)]! + VOWELS[Math.floor(rng() * VOWELS.length)]!;
    if (i === syllables - 1) word += CODAS[Math.floor(rng() * CODAS.length)]!;
  }
  return capitalise(word);
}

/** The fixed cast: `people` people with unique made-up names, each holding one office in one of the gazetteer's states. */
export function buildWorld(options: Pick<SyntheticOptions, "people" | "seed">): SyntheticWorld {
  const rng = createRng((options.seed ?? 1) * 7919 + 17);
  const countries = COUNTRIES.map((c) => ({ iso3: c.iso3, name: c.name })).sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  const people: SyntheticPerson[] = [];
  const used = new Set<string>();
  const total = options.people ?? 5000;
  while (people.length < total) {
    const name = `${syllableWord(rng, 1 + Math.floor(rng() * 2))} ${syllableWord(rng, 2 + Math.floor(rng() * 2))}`;
    const id = personId(name);
    if (used.has(id)) continue;
    used.add(id);
    const country = countries[Math.floor(rng() * countries.length)]!;
    const title = OFFICE_TITLES[Math.floor(rng() * OFFICE_TITLES.length)]!;
    people.push({ id, name, iso3: country.iso3, countryName: country.name, officeId: officeId(country.iso3, title), officeTitle: title });
  }
  return { people, countries };
}

/** Samples ranks 0..n-1 with P(r) ∝ 1 / (r + 1)^s: a few leaders in many events, most people in few. */
function zipfSampler(n: number, s: number, rng: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / Math.pow(r + 1, s);
  return () => {
    const x = rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function randomDate(rng: () => number): { date: PartialDate; text: string } {
  const year = 2000 + Math.floor(rng() * 26);
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const roll = rng();
  if (roll < 0.6) return { date: partialDateFromParts(year, month, day), text: `on ${day} ${MONTHS[month - 1]} ${year}` };
  if (roll < 0.85) return { date: partialDateFromParts(year, month), text: `in ${MONTHS[month - 1]} ${year}` };
  return { date: partialDateFromParts(year), text: `in ${year}` };
}

/** Builds an article's text sentence by sentence, keeping the offsets every mention and evidence needs. */
class TextBuilder {
  text = "";
  readonly sentences: Sentence[] = [];
  private current = "";
  private currentStart = 0;

  /** Appends a piece to the open sentence; returns its absolute span. */
  add(piece: string): { start: number; end: number } {
    if (this.current === "") this.currentStart = this.text.length === 0 ? 0 : this.text.length + 1;
    const start = this.currentStart + this.current.length;
    this.current += piece;
    return { start, end: start + piece.length };
  }

  /** Closes the open sentence; returns its index. */
  end(): number {
    const index = this.sentences.length;
    const start = this.currentStart;
    this.text += (this.text.length === 0 ? "" : " ") + this.current;
    this.sentences.push({ index, start, end: start + this.current.length, text: this.current });
    this.current = "";
    return index;
  }
}

/**
 * Yields the synthetic articles in order, `eventsPerArticle` events each (the last may hold fewer),
 * `events` in all. Each event is one template sentence naming its participants, their offices and
 * countries, and its date; that sentence is the evidence of the event and of the tenures it states.
 */
export function* generateArticles(options: SyntheticOptions, world: SyntheticWorld = buildWorld(options)): Generator<ArticleGraph> {
  const seed = options.seed ?? 1;
  const perArticle = options.eventsPerArticle ?? 20;
  const rng = createRng(seed);
  const pick = zipfSampler(world.people.length, options.zipf ?? 1.05, rng);
  let made = 0;
  for (let articleIndex = 0; made < options.events; articleIndex++) {
    const count = Math.min(perArticle, options.events - made);
    const builder = new TextBuilder();
    const entities = new Map<string, GraphEntity>();
    const tenures = new Map<string, Tenure>();
    const events: GraphEvent[] = [];
    const articleKey = `bench|${seed}|${articleIndex}`;
    const articleId = `article:${shortHash(articleKey)}`;
    const mention = (id: string, make: () => Omit<GraphEntity, "mentions">, m: Mention): void => {
      let entity = entities.get(id);
      if (!entity) entities.set(id, (entity = { ...make(), mentions: [] }));
      entity.mentions.push(m);
    };
    const evidenceOf = (sentence: number, span: { start: number; end: number }): Evidence => ({
      articleId,
      sentence,
      start: span.start,
      end: span.end,
      quote: builder.text.slice(span.start, span.end),
    });

    const titleTopic = TOPICS[Math.floor(rng() * TOPICS.length)]!;
    builder.add(`Diplomatic round-up number ${articleIndex + 1}: leaders discuss ${titleTopic}.`);
    builder.end();

    for (let e = 0; e < count; e++) {
      const type = CONTACT_TYPES[Math.floor(rng() * CONTACT_TYPES.length)]!;
      const size = 2 + Math.floor(rng() * 3);
      const cast = new Set<number>();
      while (cast.size < size) cast.add(pick());
      const members = [...cast].map((rank) => world.people[rank]!);
      const { date, text: dateText } = randomDate(rng);
      const planned = rng() < 0.1 && type in PLANNED_VERBS;
      const topic = TOPICS[Math.floor(rng() * TOPICS.length)]!;

      const spans: { person: SyntheticPerson; name: { start: number; end: number }; office: { start: number; end: number }; country: { start: number; end: number } }[] = [];
      const sentenceStart = builder.add("");
      members.forEach((person, i) => {
        if (i === 1) builder.add(` ${planned ? PLANNED_VERBS[type] : VERBS[type]} `);
        else if (i > 1) builder.add(i === members.length - 1 ? " and " : ", ");
        const name = builder.add(person.name);
        builder.add(", the ");
        const office = builder.add(person.officeTitle);
        builder.add(" of ");
        const country = builder.add(person.countryName);
        builder.add(",");
        spans.push({ person, name, office: { start: office.start, end: country.end }, country });
      });
      const tail = builder.add(` ${dateText} to discuss ${topic}.`);
      const sentence = builder.end();
      const whole = { start: sentenceStart.start, end: tail.end };

      for (const { person, name, office, country } of spans) {
        const cid = countryId(person.iso3);
        mention(person.id, () => ({ id: person.id, kind: "PERSON", name: person.name, aliases: [person.name.split(" ").pop()!], countryId: cid }), {
          sentence,
          ...name,
          text: person.name,
        });
        mention(person.officeId, () => ({ id: person.officeId, kind: "OFFICE", name: `${person.officeTitle} of ${person.countryName}`, aliases: [], countryId: cid }), {
          sentence,
          ...office,
          text: builder.text.slice(office.start, office.end),
        });
        mention(cid, () => ({ id: cid, kind: "COUNTRY", name: person.countryName, aliases: [], countryId: cid }), {
          sentence,
          ...country,
          text: person.countryName,
        });
        const key = `${person.id}|${person.officeId}`;
        if (!tenures.has(key)) {
          tenures.set(key, { personId: person.id, officeId: person.officeId, confidence: 0.9, evidence: [evidenceOf(sentence, { start: name.start, end: office.end })] });
        }
      }
      const info = EVENT_TYPE_INFO[type];
      events.push({
        id: `event:${shortHash(`${articleKey}|${e}`)}`,
        type,
        status: planned ? "PLANNED" : "OCCURRED",
        date,
        summary: `${type.charAt(0)}${type.slice(1).toLowerCase()}: ${members.map((m) => m.name).join(", ")} on ${topic}`,
        confidence: 0.8,
        participants: members.map((m, i) => ({ entityId: m.id, role: type === "VISIT" ? (i === 0 ? "VISITOR" : "HOST") : "PARTICIPANT" })),
        plover: info.plover,
        ...(info.cameo ? { cameo: info.cameo } : {}),
        evidence: [evidenceOf(sentence, whole)],
      });
    }
    made += count;
    const published = partialDateFromParts(2000 + (articleIndex % 26), 1 + (articleIndex % 12), 1 + (articleIndex % 28)).value;
    yield {
      article: { id: articleId, title: `Diplomatic round-up ${articleIndex + 1}`, source: "bench-synthetic", publishedAt: published, language: "en", text: builder.text },
      sentences: builder.sentences,
      entities: [...entities.values()],
      tenures: [...tenures.values()],
      events,
    };
  }
}
