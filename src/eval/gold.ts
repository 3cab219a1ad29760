import { countryId, personId, type ArticleGraph, type EventType } from "../domain/index.js";

/**
 * Scoring an ArticleGraph against a hand annotation of the same article (the project's own gold
 * format, tests/extract/seed-gold.json): people with offices, countries, and contact events with
 * every named participant. Used by the extraction tests and the eval command.
 */
export interface GoldArticle {
  file: string;
  people: { name: string; offices: { title: string; country: string }[] }[];
  countries: string[];
  events: GoldEvent[];
}

export interface GoldEvent {
  type: EventType;
  typeAlternatives?: EventType[];
  status: string;
  date: string | null;
  dateAlternatives?: string[];
  /** Full names of people, or ISO3 codes where only a country is named. */
  participants: string[];
  place: string | null;
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface ArticleScore {
  people: Tally;
  countries: Tally;
  events: Tally;
  /** Human-readable misses and false alarms, for diagnosing a rule. */
  errors: string[];
}

const emptyTally = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export function participantId(goldParticipant: string): string {
  return /^[A-Z]{3}$/.test(goldParticipant) ? countryId(goldParticipant) : personId(goldParticipant);
}

/** Scores one article's graph against its gold annotation. */
export function scoreArticle(graph: ArticleGraph, gold: GoldArticle): ArticleScore {
  const errors: string[] = [];
  // A gold name is found as the entity's id, name or one of its aliases: the knowledge base may file a person
  // under another spelling ("Yuri" / "Yuriy") than the article used, and keeps the article's as an alias.
  const persons = graph.entities.filter((e) => e.kind === "PERSON");
  const idOfGold = new Map<string, string>();
  for (const p of gold.people) {
    const wanted = personId(p.name);
    const entity = persons.find((e) => e.id === wanted) ?? persons.find((e) => e.aliases.some((a) => safePersonId(a) === wanted));
    idOfGold.set(wanted, entity?.id ?? wanted);
  }
  const people = compareSets(
    new Set(persons.map((e) => e.id)),
    new Set(gold.people.map((p) => idOfGold.get(personId(p.name))!)),
    (id, kind) => errors.push(`${gold.file}: person ${kind}: ${id}`),
  );
  const participantOf = (name: string): string => {
    const id = participantId(name);
    return idOfGold.get(id) ?? id;
  };
  const countries = compareSets(
    new Set(graph.entities.filter((e) => e.kind === "COUNTRY" && e.mentions.length > 0).map((e) => e.id)),
    new Set(gold.countries.map((c) => countryId(c))),
    (id, kind) => errors.push(`${gold.file}: country ${kind}: ${id}`),
  );

  const events = emptyTally();
  const unmatched = [...graph.events];
  for (const goldEvent of gold.events) {
    const wanted = goldEvent.participants.map(participantOf);
    const types = [goldEvent.type, ...(goldEvent.typeAlternatives ?? [])];
    const dates = goldEvent.date === null ? [] : [goldEvent.date, ...(goldEvent.dateAlternatives ?? [])];
    const index = unmatched.findIndex((e) => {
      const ids = new Set(e.participants.map((p) => p.entityId));
      return (
        types.includes(e.type) &&
        e.status === goldEvent.status &&
        wanted.every((id) => ids.has(id)) &&
        (dates.length === 0 ? true : dates.includes(e.date?.value ?? ""))
      );
    });
    if (index >= 0) {
      events.truePositives++;
      unmatched.splice(index, 1);
    } else {
      events.falseNegatives++;
      errors.push(`${gold.file}: missed ${goldEvent.status} ${goldEvent.type} ${goldEvent.date ?? "undated"} ${goldEvent.participants.join(" + ")}`);
    }
  }
  for (const extra of unmatched) {
    events.falsePositives++;
    errors.push(`${gold.file}: extra ${extra.status} ${extra.type} ${extra.date?.value ?? "undated"} ${extra.participants.map((p) => p.entityId).join(" + ")}`);
  }
  return { people, countries, events, errors };
}

function safePersonId(name: string): string | undefined {
  try {
    return personId(name);
  } catch {
    return undefined;
  }
}

function compareSets(predicted: Set<string>, gold: Set<string>, onError: (id: string, kind: "missed" | "extra") => void): Tally {
  const tally = emptyTally();
  for (const id of gold) {
    if (predicted.has(id)) tally.truePositives++;
    else {
      tally.falseNegatives++;
      onError(id, "missed");
    }
  }
  for (const id of predicted) {
    if (!gold.has(id)) {
      tally.falsePositives++;
      onError(id, "extra");
    }
  }
  return tally;
}

/** Adds tallies up. */
export function sumTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({
      truePositives: sum.truePositives + t.truePositives,
      falsePositives: sum.falsePositives + t.falsePositives,
      falseNegatives: sum.falseNegatives + t.falseNegatives,
    }),
    emptyTally(),
  );
}

/** Precision, recall and F1 of a tally (1 when there was nothing to find and nothing found). */
export function f1(tally: Tally): { p: number; r: number; f1: number } {
  const p = tally.truePositives + tally.falsePositives === 0 ? 1 : tally.truePositives / (tally.truePositives + tally.falsePositives);
  const r = tally.truePositives + tally.falseNegatives === 0 ? 1 : tally.truePositives / (tally.truePositives + tally.falseNegatives);
  const score = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p: round(p), r: round(r), f1: round(score) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
