import { type ArticleGraph, type Evidence, type Mention } from "./article-graph.js";
import { BadInputError } from "./errors.js";
import { EVENT_STATUSES, EVENT_TYPES, ROLES } from "./event-taxonomy.js";
import { isEntityKind, kindOfId, type EntityKind } from "./kinds.js";
import { DATE_PRECISIONS, precisionOf, type PartialDate } from "./partial-date.js";

/** One problem found in a graph: the JSON path of the bad value and what is wrong with it. */
export interface GraphIssue {
  path: string;
  message: string;
}

/** How many issues the thrown message lists before summarising the rest. */
const ISSUES_IN_MESSAGE = 5;

/**
 * Checks an ArticleGraph before a store writes it and throws a BadInputError whose message starts
 * with the path of the first bad value (`events[2].participants[0].entityId: …`); `details.issues`
 * holds every issue found. Pure: no I/O.
 *
 * Rules: ids carry the prefix of their kind; participants and tenure people/offices are entities of
 * this graph (they become foreign keys); `placeId` and `countryId` may point outside the graph but
 * must be well-formed `place:`/`country:XXX` ids; every offset lies inside the article text and
 * every sentence index names a sentence; evidence belongs to this article; PartialDates match their
 * precision; enum values and confidences (0..1) are valid.
 */
export function validateArticleGraph(graph: ArticleGraph): void {
  const issues = findArticleGraphIssues(graph);
  const first = issues[0];
  if (!first) return;
  const listed = issues.slice(0, ISSUES_IN_MESSAGE).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > ISSUES_IN_MESSAGE ? `; and ${issues.length - ISSUES_IN_MESSAGE} more` : "";
  throw new BadInputError(`invalid article graph: ${listed.join("; ")}${more}`, { path: first.path, issues });
}

/** Every issue in a graph, in document order; empty when the graph is valid. */
export function findArticleGraphIssues(graph: ArticleGraph): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const report = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  if (!isObject(graph)) return [{ path: "$", message: "an article graph must be an object" }];

  const article = graph.article;
  if (!isObject(article)) return [{ path: "article", message: "missing" }];
  if (typeof article.id !== "string" || kindOfId(article.id) !== "ARTICLE" || article.id.length <= "article:".length) {
    report("article.id", `expected an id like "article:<hash>", got ${show(article.id)}`);
  }
  if (typeof article.text !== "string" || article.text.trim() === "") report("article.text", "the article text is empty");
  if (typeof article.language !== "string" || article.language === "") report("article.language", "missing language");
  for (const field of ["url", "title", "source"] as const) {
    if (article[field] !== undefined && typeof article[field] !== "string") report(`article.${field}`, "expected a string");
  }
  if (article.publishedAt !== undefined && (typeof article.publishedAt !== "string" || !precisionOf(article.publishedAt))) {
    report("article.publishedAt", `expected YYYY-MM-DD, YYYY-MM or YYYY, got ${show(article.publishedAt)}`);
  }
  const textLength = typeof article.text === "string" ? article.text.length : 0;
  const articleId = article.id;

  const checkSpan = (path: string, start: unknown, end: unknown): void => {
    if (!isNonNegativeInt(start) || !isNonNegativeInt(end) || start > end || end > textLength) {
      report(path, `span [${show(start)}, ${show(end)}) is not inside the article text (length ${textLength})`);
    }
  };

  const sentenceIndexes = new Set<number>();
  asArray(graph.sentences, "sentences", report).forEach((sentence, i) => {
    const path = `sentences[${i}]`;
    if (!isNonNegativeInt(sentence.index)) report(`${path}.index`, `expected a non-negative integer, got ${show(sentence.index)}`);
    else if (sentenceIndexes.has(sentence.index)) report(`${path}.index`, `duplicate sentence index ${sentence.index}`);
    else sentenceIndexes.add(sentence.index);
    checkSpan(path, sentence.start, sentence.end);
  });
  const checkSentence = (path: string, index: unknown): void => {
    if (!isNonNegativeInt(index) || !sentenceIndexes.has(index)) report(path, `names no sentence of this article: ${show(index)}`);
  };
  const checkMention = (path: string, mention: Mention): void => {
    if (!isObject(mention)) return report(path, "expected an object");
    checkSentence(`${path}.sentence`, mention.sentence);
    checkSpan(path, mention.start, mention.end);
    if (typeof mention.text !== "string") report(`${path}.text`, "expected a string");
  };
  const checkEvidence = (path: string, evidence: Evidence): void => {
    if (!isObject(evidence)) return report(path, "expected an object");
    if (evidence.articleId !== articleId) report(`${path}.articleId`, `evidence must come from this article (${show(articleId)}), got ${show(evidence.articleId)}`);
    checkSentence(`${path}.sentence`, evidence.sentence);
    checkSpan(path, evidence.start, evidence.end);
    if (typeof evidence.quote !== "string") report(`${path}.quote`, "expected a string");
  };

  const entityKinds = new Map<string, EntityKind>();
  asArray(graph.entities, "entities", report).forEach((entity, i) => {
    const path = `entities[${i}]`;
    if (typeof entity.kind !== "string" || !isEntityKind(entity.kind)) {
      report(`${path}.kind`, `expected one of ${listOf(["PERSON", "OFFICE", "COUNTRY", "ORGANIZATION", "PLACE"])}, got ${show(entity.kind)}`);
    } else if (typeof entity.id !== "string" || !isWellFormedId(entity.id, entity.kind)) {
      report(`${path}.id`, `expected a ${entity.kind} id (${ID_SHAPES[entity.kind]}), got ${show(entity.id)}`);
    } else if (entityKinds.has(entity.id)) {
      report(`${path}.id`, `duplicate entity id ${entity.id}`);
    } else {
      entityKinds.set(entity.id, entity.kind);
    }
    if (typeof entity.name !== "string" || entity.name.trim() === "") report(`${path}.name`, "the name is empty");
    asArray(entity.aliases, `${path}.aliases`, report).forEach((alias, j) => {
      if (typeof alias !== "string" || alias.trim() === "") report(`${path}.aliases[${j}]`, "an alias must be a non-empty string");
    });
    if (entity.countryId !== undefined && !isWellFormedId(entity.countryId, "COUNTRY")) {
      report(`${path}.countryId`, `expected a country id like "country:NOR", got ${show(entity.countryId)}`);
    }
    asArray(entity.mentions, `${path}.mentions`, report).forEach((mention, j) => checkMention(`${path}.mentions[${j}]`, mention));
  });

  const checkEntityRef = (path: string, id: unknown, kinds?: readonly EntityKind[]): void => {
    const kind = typeof id === "string" ? entityKinds.get(id) : undefined;
    if (!kind) return report(path, `refers to no entity of this graph: ${show(id)}`);
    if (kinds && !kinds.includes(kind)) report(path, `expected a ${kinds.join(" or ")}, got ${kind} ${show(id)}`);
  };

  asArray(graph.tenures, "tenures", report).forEach((tenure, i) => {
    const path = `tenures[${i}]`;
    checkEntityRef(`${path}.personId`, tenure.personId, ["PERSON"]);
    checkEntityRef(`${path}.officeId`, tenure.officeId, ["OFFICE"]);
    if (tenure.from !== undefined) checkDate(`${path}.from`, tenure.from, report);
    if (tenure.to !== undefined) checkDate(`${path}.to`, tenure.to, report);
    checkConfidence(`${path}.confidence`, tenure.confidence, report);
    asArray(tenure.evidence, `${path}.evidence`, report).forEach((evidence, j) => checkEvidence(`${path}.evidence[${j}]`, evidence));
  });

  const eventIds = new Set<string>();
  asArray(graph.events, "events", report).forEach((event, i) => {
    const path = `events[${i}]`;
    if (typeof event.id !== "string" || !isWellFormedId(event.id, "EVENT")) report(`${path}.id`, `expected an id like "event:<hash>", got ${show(event.id)}`);
    else if (eventIds.has(event.id)) report(`${path}.id`, `duplicate event id ${event.id}`);
    else eventIds.add(event.id);
    if (!includes(EVENT_TYPES, event.type)) report(`${path}.type`, `expected one of ${listOf(EVENT_TYPES)}, got ${show(event.type)}`);
    if (!includes(EVENT_STATUSES, event.status)) report(`${path}.status`, `expected one of ${listOf(EVENT_STATUSES)}, got ${show(event.status)}`);
    if (event.date !== undefined) checkDate(`${path}.date`, event.date, report);
    if (event.placeId !== undefined && !isWellFormedId(event.placeId, "PLACE")) {
      report(`${path}.placeId`, `expected a place id like "place:NOR:oslo", got ${show(event.placeId)}`);
    }
    if (typeof event.summary !== "string") report(`${path}.summary`, "expected a string");
    checkConfidence(`${path}.confidence`, event.confidence, report);
    if (!isObject(event.plover) || typeof event.plover.event !== "string" || event.plover.event === "") {
      report(`${path}.plover.event`, "missing PLOVER event category");
    } else if (event.plover.mode !== undefined && typeof event.plover.mode !== "string") {
      report(`${path}.plover.mode`, "expected a string");
    }
    if (event.domestic !== undefined && typeof event.domestic !== "boolean") report(`${path}.domestic`, `expected true or false, got ${show(event.domestic)}`);
    if (event.cameo !== undefined && (typeof event.cameo !== "string" || !/^\d{2,4}$/.test(event.cameo))) {
      report(`${path}.cameo`, `expected a CAMEO code of 2 to 4 digits, got ${show(event.cameo)}`);
    }
    asArray(event.participants, `${path}.participants`, report).forEach((participant, j) => {
      checkEntityRef(`${path}.participants[${j}].entityId`, participant.entityId);
      if (!includes(ROLES, participant.role)) report(`${path}.participants[${j}].role`, `expected one of ${listOf(ROLES)}, got ${show(participant.role)}`);
    });
    asArray(event.evidence, `${path}.evidence`, report).forEach((evidence, j) => checkEvidence(`${path}.evidence[${j}]`, evidence));
  });

  return issues;
}

const ID_SHAPES: Record<EntityKind | "EVENT", string> = {
  PERSON: "person:<slug>",
  OFFICE: "office:<ISO3>:<slug>",
  COUNTRY: "country:<ISO3>",
  ORGANIZATION: "org:<slug>",
  PLACE: "place:<ISO3 or XXX>:<slug>",
  EVENT: "event:<hash>",
};

const ID_PATTERNS: Record<EntityKind | "EVENT", RegExp> = {
  PERSON: /^person:[a-z0-9]+(?:-[a-z0-9]+)*$/,
  OFFICE: /^office:[A-Z]{3}:[a-z0-9]+(?:-[a-z0-9]+)*$/,
  COUNTRY: /^country:[A-Z]{3}$/,
  ORGANIZATION: /^org:[a-z0-9]+(?:-[a-z0-9]+)*$/,
  PLACE: /^place:[A-Z]{3}:[a-z0-9]+(?:-[a-z0-9]+)*$/,
  EVENT: /^event:[0-9a-z]+$/,
};

/** Whether `id` has the shape the id functions of ids.ts produce for `kind`. */
function isWellFormedId(id: unknown, kind: EntityKind | "EVENT"): boolean {
  return typeof id === "string" && ID_PATTERNS[kind].test(id);
}

function checkDate(path: string, date: PartialDate, report: (path: string, message: string) => void): void {
  if (!isObject(date)) return report(path, "expected a PartialDate object");
  if (!includes(DATE_PRECISIONS, date.precision)) {
    return report(`${path}.precision`, `expected one of ${listOf(DATE_PRECISIONS)}, got ${show(date.precision)}`);
  }
  const valuePrecision = typeof date.value === "string" ? precisionOf(date.value) : undefined;
  if (valuePrecision !== date.precision) {
    return report(`${path}.value`, `${show(date.value)} is not a valid ${date.precision} date`);
  }
  if (date.end === undefined) return;
  if (typeof date.end !== "string" || precisionOf(date.end) !== date.precision) {
    report(`${path}.end`, `${show(date.end)} is not a valid ${date.precision} date`);
  } else if (date.end < date.value) {
    report(`${path}.end`, `ends (${date.end}) before it starts (${date.value})`);
  }
}

function checkConfidence(path: string, value: unknown, report: (path: string, message: string) => void): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1) report(path, `expected a number from 0 to 1, got ${show(value)}`);
}

/** The items of an array field, reporting (and yielding nothing) when the field is not an array. */
function asArray<T>(value: readonly T[] | undefined, path: string, report: (path: string, message: string) => void): readonly T[] {
  if (Array.isArray(value)) return value;
  report(path, "expected an array");
  return [];
}

function includes<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === "object" && value !== null;
}

function isNonNegativeInt(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

const listOf = (values: readonly string[]): string => values.join(", ");
const show = (value: unknown): string => (value === undefined ? "undefined" : JSON.stringify(value));
