import { officeId, personId, type GraphEntity } from "../../../domain/index.js";
import { type ActorLookup } from "../../actors.js";
import { type AnalyzedSentence } from "../02-sentences.js";
import { type Mention } from "../03-mentions/index.js";
import { resolveContext } from "./context.js";
import { resolveCounterparts, resolveDescriptors, type Descriptor } from "./descriptors.js";
import { buildEntities } from "./entities.js";
import { governmentReferences, type GovernmentReference } from "./governments.js";
import { tenuresOn } from "./knowledge.js";
import { resolveOffices, type ResolvedOffice } from "./offices.js";
import { resolvePeople, type PersonRecord } from "./people.js";
import { resolvePronouns } from "./pronouns.js";

export { type GovernmentReference } from "./governments.js";
export { type ResolvedOffice } from "./offices.js";
export { withArticle } from "./entities.js";

/**
 * Stage 4 — in-article resolution: mentions become entities. Names are grouped into people and linked
 * to the actor knowledge base by the article's date; offices are read from titles and appositives and
 * dated by the base; pronouns, "the president" and descriptors ("the Russian foreign minister", "his
 * South Korean counterpart") are linked to people. Returns new values; stage 3's mentions are not changed.
 */
export interface Resolution {
  entities: GraphEntity[];
  /** Stage 3's mentions plus those this stage made (descriptors, the parts of "Trump-Putin"), in text order. */
  mentions: Mention[];
  /** Definite references to a government, each with the country it governs. */
  governments: GovernmentReference[];
  /** The entity each resolved mention refers to (for a phrase naming several people, the first). */
  entityOfMention: Map<Mention, string>;
  /** Phrases that name several people ("the presidents of Chile and Peru"), with all of them. */
  referentsOfMention: Map<Mention, string[]>;
  /** Person mentions, including pronouns, "the president" and descriptors, in text order. */
  personMentions: { mention: Mention; personId: string }[];
  offices: ResolvedOffice[];
}

export function resolveMentions(text: string, sentences: readonly AnalyzedSentence[], mentions: readonly Mention[], actors: ActorLookup, date?: string): Resolution {
  const context = resolveContext(text, sentences, mentions, actors, date);
  const people = resolvePeople(context);
  const offices = resolveOffices(context, people);
  const mentionsOf = new Map<PersonRecord, Mention[]>();
  const link = (person: PersonRecord, m: Mention): void => {
    mentionsOf.set(person, [...(mentionsOf.get(person) ?? []), m]);
  };
  for (const person of people.people) for (const m of person.mentions) link(person, m);

  const named = (): { mention: Mention; person: PersonRecord }[] => [...mentionsOf].flatMap(([person, list]) => list.map((mention) => ({ mention, person })));
  const pronouns = resolvePronouns(context, named());
  for (const [pronoun, person] of pronouns) link(person, pronoun);

  const claimed = new Set<Mention>(offices.filter((o) => o.source === "text").map((o) => o.mention));
  const input = { context, people: people.people, offices, pronouns, personMentions: named(), claimed };
  const descriptors = resolveDescriptors(input);
  for (const d of descriptors) for (const { person } of d.persons) link(person, d.mention);
  // "The Ruritanian foreign minister … his Freedonian counterpart": the pronoun may stand for a descriptor's person.
  const descriptorOffices = officesOfDescriptors(descriptors, date);
  const withDescribed = resolvePronouns(context, named());
  // "The president's plan …, when he called Doe": a person an office phrase names earlier in the pronoun's own
  // sentence is its antecedent, over one borrowed from a sentence before.
  const namedBefore = (person: PersonRecord, pronoun: Mention): boolean => (mentionsOf.get(person) ?? []).some((m) => m !== pronoun && m.sentence === pronoun.sentence && m.start < pronoun.start);
  for (const [pronoun, person] of withDescribed) {
    const earlier = pronouns.get(pronoun);
    if (!earlier) link(person, pronoun);
    else if (earlier !== person && namedBefore(person, pronoun) && !namedBefore(earlier, pronoun)) {
      mentionsOf.set(earlier, (mentionsOf.get(earlier) ?? []).filter((m) => m !== pronoun));
      link(person, pronoun);
      withDescribed.set(pronoun, person);
    }
  }
  const counterparts = resolveCounterparts({ ...input, offices: [...offices, ...descriptorOffices], pronouns: withDescribed, personMentions: named() });
  for (const d of counterparts) for (const { person } of d.persons) link(person, d.mention);
  descriptorOffices.push(...officesOfDescriptors(counterparts, date));
  const allDescriptors = [...descriptors, ...counterparts];
  const referentsOfMention = new Map<Mention, string[]>();
  for (const d of allDescriptors) if (d.persons.length > 1) referentsOfMention.set(d.mention, d.persons.map((p) => personId(p.person.name)));

  // People the descriptors brought in hold their offices of the day too.
  const allOffices = [...offices, ...descriptorOffices.filter((o) => !offices.some((x) => x.personId === o.personId && x.officeId === o.officeId))];

  const entityOfMention = new Map<Mention, string>();
  for (const [person, list] of mentionsOf) for (const m of list) if (!entityOfMention.has(m)) entityOfMention.set(m, personId(person.name));
  for (const o of allOffices) if (o.mention.kind === "OFFICE" && !entityOfMention.has(o.mention)) entityOfMention.set(o.mention, o.officeId);

  const made = [...people.pairParts, ...allDescriptors.map((d) => d.mention).filter((m) => !mentions.includes(m))];
  const allMentions = [...mentions, ...new Set(made)].sort((a, b) => a.start - b.start || a.end - b.end);
  const entities = buildEntities(allMentions, people.people, mentionsOf, allOffices, entityOfMention);
  const personMentions = allMentions
    .filter((m) => entityOfMention.get(m)?.startsWith("person:"))
    .map((mention) => ({ mention, personId: entityOfMention.get(mention)! }));
  for (const [m, ids] of referentsOfMention) for (const id of ids.slice(1)) personMentions.push({ mention: m, personId: id });
  personMentions.sort((a, b) => a.mention.start - b.mention.start);
  return { entities, mentions: allMentions, governments: governmentReferences(context, allOffices), entityOfMention, referentsOfMention, personMentions, offices: allOffices };
}

/** The office a descriptor names its people by ("the Russian foreign minister" is Russia's foreign minister), dated by the base. */
function officesOfDescriptors(descriptors: readonly Descriptor[], date: string | undefined): ResolvedOffice[] {
  const found: ResolvedOffice[] = [];
  for (const d of descriptors) {
    for (const { person, iso3 } of d.persons) {
      const tenure = person.actor && iso3 ? tenuresOn(person.actor, date).find((t) => t.country === iso3 && t.office) : undefined;
      if (!tenure || !iso3) continue;
      found.push({ personId: personId(person.name), officeId: officeId(iso3, tenure.office!), title: tenure.office!, iso3, mention: d.mention, confidence: 0.85, source: "text", ...datesOf(tenure.from, tenure.to) });
    }
  }
  return found;
}

function datesOf(from: string | undefined, to: string | undefined): Pick<ResolvedOffice, "from" | "to"> {
  const at = (v: string | undefined) => (v ? { value: v, precision: (v.length === 4 ? "YEAR" : v.length === 7 ? "MONTH" : "DAY") as "YEAR" | "MONTH" | "DAY" } : undefined);
  const f = at(from);
  const t = at(to);
  return { ...(f ? { from: f } : {}), ...(t ? { to: t } : {}) };
}

