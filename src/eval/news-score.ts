import { countryId, personId, slugify, type ArticleGraph, type GraphEntity, type GraphEvent } from "../domain/index.js";
import { type ActorLookup } from "../extract/actors.js";
import { countryByIso3 } from "../extract/gazetteer/index.js";
import { officeOfPhrase } from "../knowledge/office-categories.js";
import { tenureCovers } from "../knowledge/index.js";
import { type NewsGoldArticle, type NewsGoldEvent, type NewsGoldPerson, type OffsetMap, type Span } from "./news-gold.js";

/**
 * Scores one article's graph against its modern-news gold: people (matched by their mentions),
 * identity (two gold people in one entity, one gold person in two), offices of leaders and ministers
 * acting in role (and whether the tenure is dated), descriptors, countries, and contact events —
 * how many extracted contacts are real, how many are right on type, complete participants, date,
 * status and place, and how many core contacts were found with every named participant.
 */
export interface Count {
  hit: number;
  of: number;
}

export interface NewsScore {
  people: { tp: number; fp: number; fn: number };
  merged: number;
  split: number;
  offices: Count;
  officesDated: Count;
  officePrecision: Count;
  descriptors: Count;
  countries: { tp: number; fp: number; fn: number };
  events: { extracted: number; real: number; allFive: number; type: number; participants: number; date: number; status: number; place: number };
  core: Count;
  errors: string[];
}

const CONTACT = new Set(["CALL", "MEETING", "VISIT", "SUMMIT", "NEGOTIATION", "AGREEMENT"]);
const LEADER_TITLES = /^(President|Prime Minister|Chancellor|Premier|Supreme Leader|General Secretary|King|Queen|Emir|Crown Prince|Leader)$/;
const SCORED_CATEGORIES = new Set(["HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "DEPUTY_HEAD", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "MINISTER", "MONARCH"]);

const overlaps = (a: Span, b: { start: number; end: number }): boolean => a[0] < b.end && b.start < a[1];

export function scoreNewsArticle(graph: ArticleGraph, gold: NewsGoldArticle, map: OffsetMap, actors: ActorLookup): NewsScore {
  const errors: string[] = [];
  const tag = gold.file.split("/").at(-1)!.slice(0, 3);
  const persons = graph.entities.filter((e) => e.kind === "PERSON");
  const mapped = (spans: readonly Span[]): Span[] => spans.map((s) => map.toCleaned(s)).filter((s): s is Span => !!s);

  // People: a gold person is found when an entity has one of its mentions; the entity that has most of them is its match.
  const match = new Map<NewsGoldPerson, GraphEntity>();
  const usedBy = new Map<GraphEntity, NewsGoldPerson[]>();
  let split = 0;
  const unmatched: NewsGoldPerson[] = [];
  for (const person of gold.people) {
    const spans = mapped(person.mentions);
    const hits = persons.map((e) => ({ e, n: spans.filter((s) => e.mentions.some((m) => overlaps(s, m))).length })).filter((h) => h.n > 0).sort((a, b) => b.n - a.n);
    if (hits.length > 1) {
      split++;
      errors.push(`${tag}: split: ${person.name} → ${hits.map((h) => h.e.id).join(", ")}`);
    }
    const best = hits[0]?.e;
    if (best) {
      match.set(person, best);
      usedBy.set(best, [...(usedBy.get(best) ?? []), person]);
    } else unmatched.push(person);
  }
  // A gold person none of whose mentions was found matches an entity by name only when no found person took that
  // entity: "Bush" (the father) left unresolved is a miss, not a merge into the son the text names in full.
  for (const person of unmatched) {
    const byName = persons.find((e) => sameName(e, person.name) && !usedBy.has(e));
    if (byName) {
      match.set(person, byName);
      usedBy.set(byName, [person]);
    }
  }
  let merged = 0;
  for (const [entity, golds] of usedBy) {
    if (golds.length > 1) {
      merged += golds.length - 1;
      errors.push(`${tag}: merged: ${golds.map((g) => g.name).join(" + ")} in ${entity.id}`);
    }
  }
  const unnamed = new Set(gold.unnamedReferents.map((n) => n.toLowerCase()));
  const descriptorSpans = mapped(gold.descriptors.map((d) => d.span));
  const people = { tp: match.size, fp: 0, fn: gold.people.length - match.size };
  for (const person of gold.people) if (!match.has(person)) errors.push(`${tag}: person missed: ${person.name}`);
  for (const entity of persons) {
    if (usedBy.has(entity)) continue;
    // A person named only by a descriptor ("the Chinese leader") is neither found nor false.
    if (unnamed.has(entity.name.toLowerCase()) || entity.aliases.some((a) => unnamed.has(a.toLowerCase())) || entity.mentions.every((m) => descriptorSpans.some((s) => overlaps(s, m)))) continue;
    people.fp++;
    errors.push(`${tag}: person extra: ${entity.id} (${entity.mentions.map((m) => m.text).slice(0, 3).join(" | ")})`);
  }

  // Offices of leaders and ministers acting in role.
  const offices: Count = { hit: 0, of: 0 };
  const dated: Count = { hit: 0, of: 0 };
  const precision: Count = { hit: 0, of: 0 };
  for (const person of gold.people) {
    const entity = match.get(person);
    const tenures = entity ? graph.tenures.filter((t) => t.personId === entity.id) : [];
    for (const office of person.offices) {
      if (!office.inRole || !isScored(office.title, office.country)) continue;
      offices.of++;
      const found = tenures.find((t) => sameOffice(t.officeId, office.title, office.country));
      if (found) {
        offices.hit++;
        if (knownTenure(actors, person.name, office, gold.publishedAt)) {
          dated.of++;
          if (found.from) dated.hit++;
        }
      } else errors.push(`${tag}: office missed: ${person.name} ${office.title}/${office.country}`);
    }
    for (const t of tenures) {
      precision.of++;
      if (person.offices.some((o) => sameOffice(t.officeId, o.title, o.country))) precision.hit++;
      else errors.push(`${tag}: office extra: ${person.name} ${t.officeId}`);
    }
  }

  // Descriptors whose holder the knowledge base knows on the date.
  const descriptors: Count = { hit: 0, of: 0 };
  for (const d of gold.descriptors) {
    const holder = actors.byFullName(d.person).find((a) => a.tenures.some((t) => t.office && tenureCovers(t, gold.publishedAt)));
    if (!holder) continue;
    descriptors.of++;
    const span = map.toCleaned(d.span);
    const goldPerson = gold.people.find((p) => p.name === d.person);
    const entity = (goldPerson && match.get(goldPerson)) ?? persons.find((e) => e.id === holder.id || sameName(e, d.person));
    if (span && entity?.mentions.some((m) => overlaps(span, m))) descriptors.hit++;
    else errors.push(`${tag}: descriptor missed: ${d.person} at ${d.span.join("-")}`);
  }

  // Countries named in the body.
  const countriesFound = new Set(graph.entities.filter((e) => e.kind === "COUNTRY" && e.mentions.length > 0).map((e) => e.id));
  const countriesGold = new Set(gold.countries.map((c) => countryId(c)));
  const countries = { tp: [...countriesGold].filter((c) => countriesFound.has(c)).length, fp: [...countriesFound].filter((c) => !countriesGold.has(c)).length, fn: [...countriesGold].filter((c) => !countriesFound.has(c)).length };
  for (const c of countriesFound) if (!countriesGold.has(c)) errors.push(`${tag}: country extra: ${c}`);
  for (const c of countriesGold) if (!countriesFound.has(c)) errors.push(`${tag}: country missed: ${c}`);

  // Contact events.
  const idOf = (participant: string): string | undefined => {
    if (/^[A-Z]{3}$/.test(participant)) return countryId(participant);
    const person = gold.people.find((p) => p.name === participant);
    if (person) return match.get(person)?.id;
    const known = actors.byFullName(participant)[0];
    return known?.id ?? personId(participant);
  };
  const contacts = graph.events.filter((e) => CONTACT.has(e.type));
  const events: NewsScore["events"] = { extracted: contacts.length, real: 0, allFive: 0, type: 0, participants: 0, date: 0, status: 0, place: 0 };
  const taken = new Set<NewsGoldEvent>();
  for (const event of contacts) {
    const ids = new Set(event.participants.map((p) => p.entityId));
    const sentences = event.evidence.map((e) => ({ start: e.start, end: e.end }));
    let best: { g: NewsGoldEvent; score: number } | undefined;
    for (const g of gold.events) {
      const wanted = g.participants.map(idOf);
      const shared = wanted.filter((id) => id && ids.has(id)).length;
      const near = mapped(g.triggers).some((t) => sentences.some((s) => overlaps(t, s)));
      // Of two gold contacts of the same sides told in the same sentences (a summit and a meeting on its sidelines), the
      // one of the event's own type is the one it reports.
      const sameType = [g.type, ...(g.typeAlternatives ?? [])].includes(event.type);
      const score = shared * 2 + (near ? 3 : 0) + (taken.has(g) ? -1 : 0) + (sameType ? 0.5 : 0);
      if ((shared >= 1 && near) || (shared >= 2 && shared === wanted.length)) if (!best || score > best.score) best = { g, score };
    }
    const label = `${event.status} ${event.type} ${event.date?.value ?? "undated"} ${[...ids].join(" + ")}`;
    if (!best) {
      errors.push(`${tag}: event not real: ${label}`);
      continue;
    }
    taken.add(best.g);
    events.real++;
    const g = best.g;
    const wanted = new Set(g.participants.map(idOf).filter((id): id is string => !!id));
    const typeOk = [g.type, ...(g.typeAlternatives ?? [])].includes(event.type);
    const participantsOk = [...wanted].every((id) => ids.has(id)) && [...ids].every((id) => wanted.has(id) || impliedCountry(id, g, gold, graph, match));
    const dateOk = dateMatches(event, g);
    const statusOk = event.status === g.status;
    // The gold names cities, islands and resorts; a venue the text gives only as a country ("meet in Oman") is no city.
    const placeOk = g.place === null ? !event.placeId || isCountryPlace(event.placeId) : !!event.placeId && event.placeId.endsWith(`:${slugify(g.place)}`);
    events.type += typeOk ? 1 : 0;
    events.participants += participantsOk ? 1 : 0;
    events.date += dateOk ? 1 : 0;
    events.status += statusOk ? 1 : 0;
    events.place += placeOk ? 1 : 0;
    if (typeOk && participantsOk && dateOk && statusOk && placeOk) events.allFive++;
    else errors.push(`${tag}: event wrong (${[!typeOk && "type", !participantsOk && "participants", !dateOk && "date", !statusOk && "status", !placeOk && "place"].filter(Boolean).join(", ")}): ${label}; gold ${g.status} ${g.type} ${g.date ?? "undated"} ${g.participants.join(" + ")} @${g.place ?? "-"}`);
  }
  const core: Count = { hit: 0, of: 0 };
  for (const g of gold.events.filter((e) => e.core)) {
    core.of++;
    const wanted = g.participants.map(idOf);
    const found = contacts.some((e) => {
      const ids = new Set(e.participants.map((p) => p.entityId));
      return wanted.every((id) => id && ids.has(id)) && [g.type, ...(g.typeAlternatives ?? [])].includes(e.type);
    });
    if (found) core.hit++;
    else errors.push(`${tag}: core contact missed: ${g.status} ${g.type} ${g.date ?? "undated"} ${g.participants.join(" + ")}`);
  }
  return { people, merged, split, offices, officesDated: dated, officePrecision: precision, descriptors, countries, events, core, errors };
}

function isCountryPlace(id: string): boolean {
  const [, iso3 = "", slug = ""] = id.split(":");
  const country = countryByIso3(iso3);
  return !!country && slugify(country.name) === slug;
}

function sameName(entity: GraphEntity, name: string): boolean {
  const key = slugify(name);
  return slugify(entity.name) === key || entity.aliases.some((a) => slugify(a) === key);
}

function isScored(title: string, country: string): boolean {
  if (title === "Leader") return true;
  const office = officeOfPhrase(title, country);
  return !!office && SCORED_CATEGORIES.has(office.category) && !/press secretary|spokes/i.test(title);
}

/** A tenure's office is the gold's: the same title, the same kind of office in the same country, or the country's leader. */
function sameOffice(officeId: string, title: string, country: string): boolean {
  const [, iso3 = "", slug = ""] = officeId.split(":");
  if (iso3 !== country) return false;
  if (slug === slugify(title)) return true;
  const extracted = officeOfPhrase(slug.replace(/-/g, " "), country);
  if (title === "Leader") return !!extracted && (LEADER_TITLES.test(extracted.title) || extracted.category === "HEAD_OF_STATE" || extracted.category === "HEAD_OF_GOVERNMENT");
  const wanted = officeOfPhrase(title, country);
  return !!extracted && !!wanted && extracted.category === wanted.category && extracted.category !== "MINISTER" && extracted.category !== "OTHER";
}

function knownTenure(actors: ActorLookup, name: string, office: { title: string; country: string }, date: string): boolean {
  return actors.byFullName(name).some((a) => a.tenures.some((t) => t.office && t.country === office.country && t.from && tenureCovers(t, date)));
}

function dateMatches(event: GraphEvent, g: NewsGoldEvent): boolean {
  if (g.date === null) return !event.date;
  const golds = [g.date, ...(g.dateAlternatives ?? [])];
  const value = event.date?.value ?? "";
  if (golds.includes(value)) return true;
  // A span of days ("last week") inside the month or year the gold gives is right to the gold's precision; a single
  // day inside it is not (it claims a day the text does not give).
  const end = event.date?.end;
  return !!end && golds.some((date) => date.length < 10 && value.startsWith(date) && end.startsWith(date));
}

/** A country participant beside a person who acts for it is redundant, not wrong. */
function impliedCountry(id: string, g: NewsGoldEvent, gold: NewsGoldArticle, graph: ArticleGraph, match: Map<NewsGoldPerson, GraphEntity>): boolean {
  if (!id.startsWith("country:")) return false;
  const iso3 = id.slice("country:".length);
  return g.participants.some((name) => {
    const person = gold.people.find((p) => p.name === name);
    if (person?.offices.some((o) => o.country === iso3)) return true;
    const entity = person ? match.get(person) : undefined;
    return !!entity && graph.tenures.some((t) => t.personId === entity.id && t.officeId.startsWith(`office:${iso3}:`));
  });
}

