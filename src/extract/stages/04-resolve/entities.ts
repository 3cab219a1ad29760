import { countryId, organizationId, personId, placeId, type GraphEntity, type Mention as GraphMention } from "../../../domain/index.js";
import { shortNameKeys, wordKey } from "../../../knowledge/names.js";
import { countryByIso3 } from "../../gazetteer/index.js";
import { type Mention } from "../03-mentions/index.js";
import { type ResolvedOffice } from "./offices.js";
import { type PersonRecord } from "./people.js";

/**
 * The article's entities: a person per record (with the forms the text used as aliases), and the
 * countries, places, organisations and offices its mentions name. `mentionsOf` lists each person's
 * mentions (names and descriptors; pronouns link events to people but are not names of them).
 */
export function buildEntities(
  mentions: readonly Mention[],
  people: readonly PersonRecord[],
  mentionsOf: ReadonlyMap<PersonRecord, readonly Mention[]>,
  offices: readonly ResolvedOffice[],
  entityOfMention: Map<Mention, string>,
): GraphEntity[] {
  const entities = new Map<string, GraphEntity>();
  const upsert = (id: string, make: () => Omit<GraphEntity, "mentions">): GraphEntity => {
    let entity = entities.get(id);
    if (!entity) {
      entity = { ...make(), mentions: [] };
      entities.set(id, entity);
    }
    return entity;
  };
  const addMention = (entity: GraphEntity, m: Mention): void => {
    if (m.kind === "PRONOUN") return;
    if (!entity.mentions.some((x) => x.start === m.start && x.end === m.end)) entity.mentions.push({ sentence: m.sentence, start: m.start, end: m.end, text: m.text } satisfies GraphMention);
  };
  const ensureCountry = (iso3: string): void => {
    const id = countryId(iso3);
    upsert(id, () => ({ id, kind: "COUNTRY", name: countryByIso3(iso3)?.name ?? iso3, aliases: [], countryId: id }));
  };

  for (const person of people) {
    const own = mentionsOf.get(person) ?? [];
    if (own.filter((m) => m.kind !== "PRONOUN").length === 0) continue;
    const id = personId(person.name);
    const country = offices.filter((o) => o.personId === id).sort((a, b) => b.confidence - a.confidence)[0]?.iso3;
    const surname = shortAlias(person);
    const entity = upsert(id, () => ({
      id,
      kind: "PERSON",
      name: person.name,
      // The surname is a name the person goes by; later articles that say only "Putin" find them by it.
      aliases: [...new Set([...person.aliases, ...(surname ? [surname] : [])])].filter((a) => a !== person.name).sort(),
      ...(country ? { countryId: countryId(country) } : {}),
    }));
    for (const m of own) addMention(entity, m);
  }
  for (const mention of mentions) {
    if (entityOfMention.has(mention)) continue;
    if (mention.kind === "COUNTRY") {
      const id = countryId(mention.iso3);
      const entity = upsert(id, () => ({ id, kind: "COUNTRY", name: countryByIso3(mention.iso3)?.name ?? mention.iso3, aliases: [], countryId: id }));
      if (mention.text !== entity.name && !entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
      addMention(entity, mention);
      entityOfMention.set(mention, id);
    } else if (mention.kind === "PLACE") {
      const iso3 = mention.iso3;
      const id = placeId(iso3, mention.name);
      const entity = upsert(id, () => ({ id, kind: "PLACE", name: mention.name, aliases: [], ...(iso3 ? { countryId: countryId(iso3) } : {}) }));
      addMention(entity, mention);
      entityOfMention.set(mention, id);
      if (iso3) ensureCountry(iso3);
    } else if (mention.kind === "ORGANIZATION") {
      const id = organizationId(mention.entry.name);
      const entity = upsert(id, () => ({ id, kind: "ORGANIZATION", name: mention.entry.name, aliases: [], ...(mention.entry.countryIso3 ? { countryId: countryId(mention.entry.countryIso3) } : {}) }));
      if (mention.text !== entity.name && !entity.aliases.includes(mention.text)) entity.aliases.push(mention.text);
      addMention(entity, mention);
      entityOfMention.set(mention, id);
      if (mention.entry.countryIso3) ensureCountry(mention.entry.countryIso3);
    }
  }
  for (const office of offices) {
    const country = countryByIso3(office.iso3);
    const entity = upsert(office.officeId, () => ({ id: office.officeId, kind: "OFFICE", name: `${office.title} of ${withArticle(country?.name ?? office.iso3)}`, aliases: [], countryId: countryId(office.iso3) }));
    if (office.mention.kind === "OFFICE") addMention(entity, office.mention);
    ensureCountry(office.iso3);
  }
  for (const entity of entities.values()) entity.mentions.sort((a, b) => a.start - b.start);
  return [...entities.values()];
}

/**
 * The name a person goes by alone: the surname, or for a name the knowledge base says is written family name
 * first ("Xi Jinping", "Moon Jae-in") the family name.
 */
function shortAlias(person: PersonRecord): string | undefined {
  const words = person.parts.words;
  if (words.length < 2) return undefined;
  const actor = person.actor;
  if (actor) {
    const first = actor.name.split(/\s+/)[0]!;
    const keys = shortNameKeys(actor.name, actor.countries);
    if (keys.length === 1 && keys[0] === wordKey(first) && actor.name.split(/\s+/).length >= 2) return first;
  }
  return words.at(-1)!.replace(/[.,]$/, "");
}

/** "the United States", "the Netherlands", but "Russia". */
export function withArticle(countryName: string): string {
  return /^(United|Czech|Dominican|Central African|Holy)\b|Islands$|^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Marshall Islands)$/.test(countryName) ? `the ${countryName}` : countryName;
}
