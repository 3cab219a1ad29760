import {
  BadInputError,
  articleId as makeArticleId,
  countryId,
  precisionOf,
  type ArticleGraph,
  type GraphEntity,
  type Tenure,
} from "../domain/index.js";
import { countryByIso3 } from "./gazetteer/index.js";
import { cleanHtml, cleanPlainText, type CleanedArticle } from "./stages/01-clean.js";
import { splitSentences } from "./stages/02-sentences.js";
import { actorKnowledge } from "../knowledge/index.js";
import { type ActorLookup } from "./actors.js";
import { findMentions } from "./stages/03-mentions/index.js";
import { resolveMentions, type Resolution } from "./stages/04-resolve/index.js";
import { findDates } from "./stages/05-dates.js";
import { findEvents, type EventStageOutput } from "./stages/06-events/index.js";
import { mergeEvents } from "./stages/07-merge.js";

/** What a caller hands the extractor: plain text or HTML, with whatever metadata it knows. */
export interface ArticleInput {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  source?: string;
  /** `YYYY-MM-DD`; relative dates ("on Wednesday") are resolved against it. */
  publishedAt?: string;
  language?: string;
}

export interface ExtractOptions {
  /** Who is who: the actor knowledge base (by default the process's, src/knowledge). */
  actors?: ActorLookup;
}

/** Longest article accepted, in characters: far beyond any news story, short of a denial of service. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/**
 * Turns one article into its ArticleGraph (DESIGN §3). Pure: no I/O. The stages run in order
 * (clean → sentences → mentions → resolve → dates → events → merge), each returning a typed value.
 * Throws BadInputError, naming the field, for empty or unusable input.
 */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): ArticleGraph {
  const publishedAt = checkPublishedAt(input.publishedAt);
  const cleaned = clean(input);
  const id = makeArticleId(cleaned.text);
  const actors = options.actors ?? actorKnowledge();
  const date = publishedAt ?? cleaned.publishedAt;
  const sentences = splitSentences(cleaned);
  const mentions = findMentions(sentences, cleaned.text, actors, date);
  const resolution = resolveMentions(cleaned.text, sentences, mentions, actors, date);
  const dates = findDates(sentences, date);
  const eventStage = findEvents(sentences, resolution.mentions, resolution, dates, date);
  const entities = withEventPlaces(resolution.entities, eventStage);
  const actsFor = new Map<string, Set<string>>();
  for (const o of resolution.offices) actsFor.set(o.personId, (actsFor.get(o.personId) ?? new Set()).add(countryId(o.iso3)));
  const events = mergeEvents(eventStage.candidates, {
    articleId: id,
    actsFor,
    ...(publishedAt ? { publishedAt } : {}),
    sentences,
    entities,
  });
  const title = input.title?.trim() || cleaned.title;
  const published = publishedAt ?? cleaned.publishedAt;
  return {
    article: {
      id,
      ...(input.url ? { url: input.url } : {}),
      ...(title ? { title } : {}),
      ...(input.source ? { source: input.source } : {}),
      ...(published ? { publishedAt: published } : {}),
      language: input.language ?? "en",
      text: cleaned.text,
    },
    sentences: sentences.map(({ index, start, end, text }) => ({ index, start, end, text })),
    entities,
    tenures: tenuresOf(resolution, id, cleaned.text),
    events,
  };
}

function checkPublishedAt(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (precisionOf(value) !== "DAY") {
    throw new BadInputError(`publishedAt must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, { field: "publishedAt" });
  }
  return value;
}

function clean(input: ArticleInput): CleanedArticle {
  const hasText = typeof input.text === "string" && input.text.trim() !== "";
  const hasHtml = typeof input.html === "string" && input.html.trim() !== "";
  if (hasText && hasHtml) throw new BadInputError("give the article as text or as html, not both", { field: "text" });
  if (!hasText && !hasHtml) throw new BadInputError("the article is empty: text or html is required", { field: "text" });
  const raw = (hasText ? input.text : input.html)!;
  if (raw.length > MAX_ARTICLE_CHARS) {
    throw new BadInputError(`the article is ${raw.length} characters long; the limit is ${MAX_ARTICLE_CHARS}`, { field: hasText ? "text" : "html" });
  }
  const cleaned = hasText ? cleanPlainText(raw) : cleanHtml(raw);
  if (!/\p{L}/u.test(cleaned.text)) {
    throw new BadInputError("the article has no text left once page furniture is removed", { field: hasText ? "text" : "html" });
  }
  return cleaned;
}

/** Places the event stage read off venue names join the entity list (with their country). */
function withEventPlaces(entities: readonly GraphEntity[], stage: EventStageOutput): GraphEntity[] {
  const byId = new Map(entities.map((e) => [e.id, { ...e, mentions: [...e.mentions] }]));
  for (const place of stage.places) {
    let entity = byId.get(place.id);
    if (!entity) {
      entity = { id: place.id, kind: "PLACE", name: place.name, aliases: [], countryId: countryId(place.iso3), mentions: [] };
      byId.set(place.id, entity);
    }
    if (!entity.mentions.some((m) => m.start === place.start)) {
      entity.mentions.push({ sentence: place.sentence, start: place.start, end: place.end, text: place.text });
    }
    const country = countryId(place.iso3);
    if (!byId.has(country)) {
      byId.set(country, { id: country, kind: "COUNTRY", name: countryByIso3(place.iso3)?.name ?? place.iso3, aliases: [], countryId: country, mentions: [] });
    }
  }
  return [...byId.values()];
}

/** One tenure per person and office, with every phrase that states it as evidence and the knowledge base's dates. */
function tenuresOf(resolution: Resolution, articleId: string, text: string): Tenure[] {
  const tenures = new Map<string, Tenure>();
  for (const office of resolution.offices) {
    const key = `${office.personId}|${office.officeId}`;
    const holder = resolution.personMentions.find(
      (p) => p.personId === office.personId && p.mention.sentence === office.mention.sentence && p.mention.kind !== "PRONOUN" && Math.abs(p.mention.start - office.mention.end) <= 40,
    );
    const start = Math.min(office.mention.start, holder?.mention.start ?? office.mention.start);
    const end = Math.max(office.mention.end, holder?.mention.end ?? office.mention.end);
    const evidence = { articleId, sentence: office.mention.sentence, start, end, quote: text.slice(start, end) };
    const existing = tenures.get(key);
    if (existing) {
      existing.confidence = Math.max(existing.confidence, office.confidence);
      existing.from ??= office.from;
      existing.to ??= office.to;
      if (!existing.evidence.some((e) => e.start === start)) existing.evidence.push(evidence);
    } else {
      tenures.set(key, {
        personId: office.personId,
        officeId: office.officeId,
        ...(office.from ? { from: office.from } : {}),
        ...(office.to ? { to: office.to } : {}),
        confidence: office.confidence,
        evidence: [evidence],
      });
    }
  }
  return [...tenures.values()];
}
