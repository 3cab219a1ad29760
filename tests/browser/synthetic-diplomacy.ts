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
} from "../../src/domain/index.js";
import { createRng } from "../../bench/generate.js";

/**
 * A made-up diplomatic year for the pages at scale: a small cast of invented people (each one office
 * in one state) in hundreds of dated contacts during 2024, plus some undated ones, written as
 * articles of template sentences. Names and sentences are our own; the same options give the same
 * graphs.
 */

export interface CastMember {
  name: string;
  iso3: string;
  country: string;
  office: string;
}

/** Invented names; the surnames are unique, so a surname alone names one person. */
export const CAST: readonly CastMember[] = [
  { name: "Maren Quillfeather", iso3: "NOR", country: "Norway", office: "Prime Minister" },
  { name: "Tobias Ashgrove", iso3: "GBR", country: "United Kingdom", office: "Foreign Secretary" },
  { name: "Ilse Brandvold", iso3: "NOR", country: "Norway", office: "Foreign Minister" },
  { name: "Casimir Oduya", iso3: "KEN", country: "Kenya", office: "President" },
  { name: "Lucia Ferrandez", iso3: "ESP", country: "Spain", office: "Prime Minister" },
  { name: "Hideo Tanabashi", iso3: "JPN", country: "Japan", office: "Foreign Minister" },
  { name: "Amara Velloso", iso3: "BRA", country: "Brazil", office: "President" },
  { name: "Pieter Moorcroft", iso3: "GBR", country: "United Kingdom", office: "Prime Minister" },
  { name: "Selin Karabay", iso3: "TUR", country: "Turkey", office: "Foreign Minister" },
  { name: "Dmitri Sorokhin", iso3: "RUS", country: "Russia", office: "Foreign Minister" },
  { name: "Nadia Okonkwo-Reyes", iso3: "NGA", country: "Nigeria", office: "President" },
  { name: "Jules Marchetti", iso3: "FRA", country: "France", office: "President" },
  { name: "Ravi Sundaresan", iso3: "IND", country: "India", office: "Foreign Minister" },
  { name: "Greta Lindqvist", iso3: "SWE", country: "Sweden", office: "Prime Minister" },
  { name: "Owen Tallis", iso3: "AUS", country: "Australia", office: "Foreign Minister" },
  { name: "Maren Holloway", iso3: "CAN", country: "Canada", office: "Prime Minister" },
  { name: "Yusuf Demirel-Aksoy", iso3: "TUR", country: "Turkey", office: "President" },
  { name: "Beatrix Vandermolen", iso3: "NLD", country: "Netherlands", office: "Prime Minister" },
  { name: "Kwame Asantewaa", iso3: "GHA", country: "Ghana", office: "President" },
  { name: "Elena Pazdernik", iso3: "CZE", country: "Czechia", office: "Foreign Minister" },
];

const TYPES: readonly EventType[] = ["CALL", "MEETING", "VISIT", "SUMMIT", "NEGOTIATION", "AGREEMENT"];
const VERBS: Record<string, string> = {
  CALL: "spoke by telephone with",
  MEETING: "met",
  VISIT: "paid a visit to",
  SUMMIT: "held a summit with",
  NEGOTIATION: "opened talks with",
  AGREEMENT: "signed an accord with",
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TOPICS = ["fisheries", "rail links", "grid power", "student visas", "port fees", "flood defences", "vaccine stocks", "tariffs"];

export interface SyntheticOptions {
  /** Dated events, all in 2024. */
  dated: number;
  /** Events no sentence dates. */
  undated: number;
  /** @default 20 */
  eventsPerArticle?: number;
  /** @default 7 */
  seed?: number;
}

/** Builds an article's text sentence by sentence, keeping the offsets mentions and evidence need. */
class ArticleText {
  text = "";
  readonly sentences: Sentence[] = [];
  private open = "";
  private openStart = 0;

  add(piece: string): { start: number; end: number } {
    if (this.open === "") this.openStart = this.text.length === 0 ? 0 : this.text.length + 1;
    const start = this.openStart + this.open.length;
    this.open += piece;
    return { start, end: start + piece.length };
  }

  endSentence(): number {
    const index = this.sentences.length;
    this.text += (this.text.length === 0 ? "" : " ") + this.open;
    this.sentences.push({ index, start: this.openStart, end: this.openStart + this.open.length, text: this.open });
    this.open = "";
    return index;
  }
}

/** A few people take part far more often than the rest (weights 1/rank), as leaders do. */
function castPicker(rng: () => number): () => CastMember {
  const weights = CAST.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return () => {
    let x = rng() * total;
    for (let i = 0; i < CAST.length; i++) if ((x -= weights[i]!) <= 0) return CAST[i]!;
    return CAST.at(-1)!;
  };
}

/** The articles: `dated + undated` events, `eventsPerArticle` to an article. */
export function syntheticDiplomacy(options: SyntheticOptions): ArticleGraph[] {
  const seed = options.seed ?? 7;
  const perArticle = options.eventsPerArticle ?? 20;
  const rng = createRng(seed);
  const pick = castPicker(rng);
  const total = options.dated + options.undated;
  const graphs: ArticleGraph[] = [];
  for (let made = 0, articleIndex = 0; made < total; articleIndex++) {
    const count = Math.min(perArticle, total - made);
    const text = new ArticleText();
    const entities = new Map<string, GraphEntity>();
    const tenures = new Map<string, Tenure>();
    const events: GraphEvent[] = [];
    const articleKey = `pages-at-scale|${seed}|${articleIndex}`;
    const articleId = `article:${shortHash(articleKey)}`;
    const mention = (entity: Omit<GraphEntity, "mentions">, at: Mention): void => {
      const known = entities.get(entity.id) ?? { ...entity, mentions: [] };
      known.mentions.push(at);
      entities.set(entity.id, known);
    };
    const evidence = (sentence: number, span: { start: number; end: number }): Evidence => ({ articleId, sentence, ...span, quote: text.text.slice(span.start, span.end) });

    text.add(`Diplomatic diary, part ${articleIndex + 1}.`);
    text.endSentence();
    for (let e = 0; e < count; e++, made++) {
      const type = TYPES[Math.floor(rng() * TYPES.length)]!;
      const members = new Set<CastMember>();
      const size = 2 + (rng() < 0.25 ? 1 : 0);
      while (members.size < size) members.add(pick());
      let date: PartialDate | undefined;
      let when = "";
      if (made < options.dated) {
        const month = 1 + Math.floor(rng() * 12);
        const day = 1 + Math.floor(rng() * 28);
        const byMonth = rng() < 0.15;
        date = byMonth ? partialDateFromParts(2024, month) : partialDateFromParts(2024, month, day);
        when = byMonth ? ` in ${MONTHS[month - 1]} 2024` : ` on ${day} ${MONTHS[month - 1]} 2024`;
      }
      const topic = TOPICS[Math.floor(rng() * TOPICS.length)]!;

      const spans: { member: CastMember; name: { start: number; end: number }; office: { start: number; end: number }; country: { start: number; end: number } }[] = [];
      const first = text.add("");
      [...members].forEach((member, i) => {
        if (i === 1) text.add(` ${VERBS[type]} `);
        else if (i > 1) text.add(" and ");
        const name = text.add(member.name);
        text.add(", the ");
        const office = text.add(member.office);
        text.add(" of ");
        const country = text.add(member.country);
        text.add(",");
        spans.push({ member, name, office: { start: office.start, end: country.end }, country });
      });
      const last = text.add(`${when} about ${topic}.`);
      const sentence = text.endSentence();

      for (const { member, name, office, country } of spans) {
        const person = personId(member.name);
        const state = countryId(member.iso3);
        const post = officeId(member.iso3, member.office);
        mention({ id: person, kind: "PERSON", name: member.name, aliases: [member.name.split(" ").at(-1)!], countryId: state }, { sentence, ...name, text: member.name });
        mention({ id: post, kind: "OFFICE", name: `${member.office} of ${member.country}`, aliases: [], countryId: state }, { sentence, ...office, text: text.text.slice(office.start, office.end) });
        mention({ id: state, kind: "COUNTRY", name: member.country, aliases: [], countryId: state }, { sentence, ...country, text: member.country });
        if (!tenures.has(person)) tenures.set(person, { personId: person, officeId: post, confidence: 0.9, evidence: [evidence(sentence, { start: name.start, end: office.end })] });
      }
      const info = EVENT_TYPE_INFO[type];
      events.push({
        id: `event:${shortHash(`${articleKey}|${e}`)}`,
        type,
        status: "OCCURRED",
        ...(date ? { date } : {}),
        summary: `${type.charAt(0)}${type.slice(1).toLowerCase()}: ${[...members].map((m) => m.name).join(", ")} on ${topic}`,
        confidence: 0.8,
        participants: [...members].map((m, i) => ({ entityId: personId(m.name), role: type === "VISIT" ? (i === 0 ? "VISITOR" : "HOST") : "PARTICIPANT" })),
        plover: info.plover,
        ...(info.cameo ? { cameo: info.cameo } : {}),
        evidence: [evidence(sentence, { start: first.start, end: last.end })],
      });
    }
    graphs.push({
      article: { id: articleId, title: `Diplomatic diary ${articleIndex + 1}`, source: "pages-synthetic", publishedAt: `2025-01-${String(1 + (articleIndex % 28)).padStart(2, "0")}`, language: "en", text: text.text },
      sentences: text.sentences,
      entities: [...entities.values()],
      tenures: [...tenures.values()],
      events,
    });
  }
  return graphs;
}
