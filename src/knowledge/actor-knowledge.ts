import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { personId } from "../domain/index.js";
import { parseActorCsv } from "./actor-csv.js";
import { type ActorFile, type KbPerson, type KbTenure, type OfficeCategory } from "./actor-types.js";
import { firstLastKey, fullNameKey, shortNameKeys, wordKey } from "./names.js";

/**
 * The actor knowledge base at run time: who is who, under which names, in which office when.
 * Loaded once per process from knowledge/actors.json (and a user's CSV merged over it); the
 * extractor asks it through `ActorLookup` (actor-lookup.ts).
 */
export interface Actor extends KbPerson {
  /** `person:<slug of name>`: the same id Parley gives the name when no knowledge base knows it. */
  id: string;
}

/** A tenure with its holder. */
export interface Holding {
  actor: Actor;
  tenure: KbTenure;
}

/** Categories of the offices a reader names a person by ("the Russian president", "Lavrov, the foreign minister"). */
export const PROMINENT: ReadonlySet<OfficeCategory> = new Set(["HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "DEPUTY_HEAD", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "MONARCH", "IGO_HEAD"]);

/** Whether a tenure covers any day of `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function tenureCovers(tenure: KbTenure, date: string): boolean {
  const first = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const last = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
  const from = tenure.from ?? "0000";
  // A range ending on a day ends that day; one ending on a month or year ends with it.
  const to = tenure.to ? (tenure.to.length === 4 ? `${tenure.to}-12-31` : tenure.to.length === 7 ? `${tenure.to}-31` : tenure.to) : "9999";
  return from <= last && first <= to;
}

export class ActorKnowledge {
  readonly actors: readonly Actor[];
  private readonly fullNames = new Map<string, Actor[]>();
  private readonly firstLast = new Map<string, Actor[]>();
  private readonly shortNames = new Map<string, Actor[]>();
  private readonly byOffice = new Map<string, Holding[]>();
  private readonly byCountryCategory = new Map<string, Holding[]>();
  private readonly leaders = new Map<string, Holding[]>();
  /** First-word keys of every full name, for spotting a known name in text cheaply. */
  readonly firstWords = new Set<string>();

  constructor(people: readonly KbPerson[]) {
    this.actors = people.map((p) => ({ ...p, id: personId(p.name) }));
    for (const actor of this.actors) {
      for (const name of [actor.name, ...actor.otherNames]) {
        const key = fullNameKey(name);
        if (!key.includes(" ")) continue;
        push(this.fullNames, key, actor);
        this.firstWords.add(key.split(" ")[0]!);
        const short = firstLastKey(name);
        if (short) push(this.firstLast, short, actor);
      }
      for (const key of shortNameKeys(actor.name, actor.countries)) push(this.shortNames, key, actor);
      for (const tenure of actor.tenures) {
        const holding = { actor, tenure };
        if (tenure.office) push(this.byOffice, officeKey(tenure.country, tenure.office), holding);
        if (tenure.category) push(this.byCountryCategory, `${tenure.country}|${tenure.category}`, holding);
        if (tenure.leader) push(this.leaders, tenure.country, holding);
      }
    }
    for (const index of [this.byOffice, this.byCountryCategory, this.leaders]) for (const [key, list] of index) index.set(key, closedBySuccessors(list));
  }

  /** Whether some full name folds to this key (words folded by `wordKey`, joined by one space). */
  hasFullNameKey(key: string): boolean {
    return this.fullNames.has(key) || this.firstLast.has(key);
  }

  /** People one of whose full names is `name` (any spelling that folds to it; "George Bush" → both Presidents Bush). */
  byFullName(name: string): readonly Actor[] {
    const key = fullNameKey(name);
    const exact = this.fullNames.get(key);
    if (exact) return exact;
    // "Recep Erdogan", "George Bush": the first and last word of a longer known name.
    const words = key.split(" ");
    return words.length === 2 ? (this.firstLast.get(key) ?? []) : [];
  }

  /** People who go by `word` alone ("Lavrov", "Xi", "Assad"). */
  byShortName(word: string): readonly Actor[] {
    return this.shortNames.get(fullNameKey(word)) ?? [];
  }

  /** Tenures of an office (`country` ISO3 or EU/NATO/UN, Parley title) that cover `date`. */
  holders(country: string, title: string, date: string): Holding[] {
    return onePerActor((this.byOffice.get(officeKey(country, title)) ?? []).filter((h) => tenureCovers(h.tenure, date)));
  }

  /** Tenures of a category of office in a country that cover `date` ("the Russian foreign minister"). */
  holdersOfCategory(country: string, category: OfficeCategory, date: string): Holding[] {
    return onePerActor((this.byCountryCategory.get(`${country}|${category}`) ?? []).filter((h) => tenureCovers(h.tenure, date)));
  }

  /** The person news calls "the <country> leader" on `date`. */
  leaderOn(country: string, date: string): Holding | undefined {
    const found = onePerActor((this.leaders.get(country) ?? []).filter((h) => tenureCovers(h.tenure, date)));
    if (found.length === 1) return found[0];
    // On a handover day both cover the day: the one taking office leads from then on.
    const incoming = found.filter((h) => h.tenure.from === date);
    return found.length === 2 && incoming.length === 1 ? incoming[0] : undefined;
  }
}

/**
 * A tenure with no end ("still in office" when its source was written) ends when someone else takes the
 * same office later: a user's newer holder, or a later source's, replaces it from that day. The people's
 * own records are not changed; the index holds the closed copies.
 */
function closedBySuccessors(list: readonly Holding[]): Holding[] {
  return list.map((h) => {
    if (h.tenure.to || !h.tenure.from) return h;
    const next = list
      .filter((o) => o.actor !== h.actor && o.tenure.from && o.tenure.from > h.tenure.from! && !(o.tenure.to && o.tenure.to < h.tenure.from!))
      .sort((a, b) => a.tenure.from!.localeCompare(b.tenure.from!))[0];
    return next ? { actor: h.actor, tenure: { ...h.tenure, to: next.tenure.from! } } : h;
  });
}

/** One holding per person: two sources may state the same tenure; the curated one (not Phoenix's) is kept. */
function onePerActor(holdings: readonly Holding[]): Holding[] {
  const best = new Map<Actor, Holding>();
  for (const h of holdings) {
    const seen = best.get(h.actor);
    if (!seen || (seen.tenure.source.startsWith("petrarch2:") && !h.tenure.source.startsWith("petrarch2:"))) best.set(h.actor, h);
  }
  return [...best.values()];
}

const officeKey = (country: string, title: string): string => `${country}|${title.toLowerCase()}`;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Every word of a name as a key, for tests of whether a capitalised word belongs to a known name. */
export function nameWordKeys(name: string): string[] {
  return name.split(/[\s-]+/).filter(Boolean).map(wordKey);
}

/** The package root: the folder holding package.json above this file (src/… in development, dist/… when built). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find Parley's package.json above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

/** The shipped file: knowledge/actors.json at the package root. */
export function shippedActorFile(): string {
  return join(packageRoot(), "knowledge", "actors.json");
}

/**
 * People from the shipped file with a user's CSV (same format as knowledge/compiled) merged over
 * them: a user row whose name or other name is a shipped person's full name (in a shared country)
 * adds to that person; any other row adds a person.
 */
export function loadActorPeople(options: { shippedFile?: string; userFile?: string } = {}): KbPerson[] {
  const file = JSON.parse(readFileSync(options.shippedFile ?? shippedActorFile(), "utf8")) as ActorFile;
  if (file.format !== "parley-actors/1") throw new Error(`unknown actor file format ${JSON.stringify(file.format)}`);
  const people = file.people;
  if (!options.userFile) return people;
  const user = parseActorCsv(readFileSync(options.userFile, "utf8"), `user:${options.userFile}`);
  return mergeUserPeople(people, user);
}

export function mergeUserPeople(shipped: readonly KbPerson[], user: readonly KbPerson[]): KbPerson[] {
  const people = shipped.map((p) => ({ ...p }));
  const byKey = new Map<string, KbPerson[]>();
  for (const p of people) for (const n of [p.name, ...p.otherNames]) push(byKey, fullNameKey(n), p);
  for (const u of user) {
    const candidates = [u.name, ...u.otherNames].flatMap((n) => byKey.get(fullNameKey(n)) ?? []);
    const target = [...new Set(candidates)].filter((p) => p.countries.length === 0 || u.countries.length === 0 || p.countries.some((c) => u.countries.includes(c)));
    if (target.length === 1) {
      const p = target[0]!;
      p.otherNames = [...new Set([...p.otherNames, ...[u.name, ...u.otherNames].filter((n) => n !== p.name)])];
      p.tenures = [...p.tenures, ...u.tenures];
      p.countries = [...new Set([...p.countries, ...u.countries])];
      p.sources = [...p.sources, ...u.sources];
      p.gender ??= u.gender;
    } else people.push(u);
  }
  return people;
}
