import { countryId, type PartialDate, type Role } from "../../../domain/index.js";
import { type AnalyzedSentence } from "../02-sentences.js";
import { type Mention } from "../03-mentions/index.js";
import { type Resolution } from "../04-resolve/index.js";
import { type DateMention } from "../05-dates.js";
import { LIGHT_VERB, clauseEnd, partiesStartingAt, clauseSubject, counterpartsAfter, describedCounterpart, unnamedCounterpart, governingPreposition, governingVerb, objectOf, partiesInsideNounPhrase, subjectOf } from "./clause.js";
import { SPECIFICITY, triggerAt, type TriggerRule } from "./lexicon.js";
import { gate } from "./modality.js";
import { sentenceParties, type Party, type SentenceParties } from "./parties.js";
import { destinationCountry, entitiesOfPlaces, finerPlace, isReckoned, nearestDateMention, placeOf, visitedCountry } from "./time-and-place.js";
import { REPORTING_VERB } from "../reporting-verbs.js";
import { type EventCandidate, type EventStageOutput } from "./types.js";

export { type EventCandidate, type EventStageOutput } from "./types.js";

/**
 * Stage 6 — events. A contact needs a contact predicate and parties the sentence relates to it: the
 * subject and object of a contact verb, "with" and "between … and" phrases, the carrier of a contact
 * noun ("held talks"), its possessor and the names inside it ("the Roe–Doe summit"). Two parties at
 * least (people or states; a visitor and the state visited), or no event: a contact with a wrong or
 * missing side is worse than none. Gates drop negated, conditional, wished-for and unspecific
 * contacts; status, date and place come from the predicate's own clause. Stage 7 merges reports.
 */
export function findEvents(
  sentences: readonly AnalyzedSentence[],
  mentions: readonly Mention[],
  resolution: Resolution,
  dates: readonly DateMention[],
  publishedAt: string | undefined,
): EventStageOutput {
  const candidates: EventCandidate[] = [];
  const places: EventStageOutput["places"] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  // "Theresa May", "April Ryan": a month inside a person's name dates nothing.
  const names = mentions.filter((m) => m.kind === "NAME" && resolution.entityOfMention.get(m)?.startsWith("person:"));
  dates = dates.filter((d) => !names.some((m) => m.sentence === d.sentence && d.start < m.end && m.start < d.end));
  const officeCountries = new Map<string, Set<string>>();
  for (const o of resolution.offices) officeCountries.set(o.personId, (officeCountries.get(o.personId) ?? new Set()).add(countryId(o.iso3)));

  const pendingReferences: Reference[] = [];
  for (const sentence of sentences) {
    const sentenceMentions = bySentence.get(sentence.index) ?? [];
    const parties = sentenceParties(sentence, sentenceMentions, resolution);
    const found: EventCandidate[] = [];
    for (let i = 0; i < sentence.tokens.length; i++) {
      const rule = triggerAt(sentence, i);
      if (!rule) continue;
      found.push(...candidatesAt(sentence, i, rule, parties, { resolution, dates, publishedAt, places, candidates, officeCountries, sentenceMentions, found, pendingReferences }));
    }
    candidates.push(...absorbJourneys(shareSettings(absorbGenericMeetings(found), parties), sentence.tokens));
  }
  for (const reference of pendingReferences) referForward(candidates, reference);
  // An article with no publication date has no other anchor: its undated past contacts are set in the year it tells of.
  if (!publishedAt) {
    for (const c of candidates) {
      if (c.date || c.status !== "OCCURRED" || presentPerfect(sentences[c.sentence]!.tokens, c.trigger)) continue;
      const stated = dates.filter((d) => d.sentence <= c.sentence && /\b\d{4}\b/.test(d.text));
      const years = new Set(stated.map((d) => d.date.value.slice(0, 4)));
      if (years.size === 1) c.narrativeDate = stated.at(-1)!.date;
    }
  }
  return { candidates, places };
}

/** "has met", "have held talks": the present perfect tells a contact as current, not as part of a story told in the past. */
function presentPerfect(tokens: AnalyzedSentence["tokens"], trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 6); k--) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT") return false;
    if (/^(has|have|'ve)$/.test(t.lower)) return true;
  }
  return false;
}

/**
 * "greeted Doe at the G-20 summit in Hamburg", "met Doe in Oslo on the sidelines of the summit": a contact and the
 * gathering it happens at (a contact noun after "at", "during" or "on the sidelines of" in the same clause) share
 * their place, and a date one of them lacks.
 */
function shareSettings(candidates: EventCandidate[], parties: SentenceParties): EventCandidate[] {
  const isSettingOf = (c: EventCandidate): boolean => isSetting(parties, c.trigger);
  const partnerOf = (c: EventCandidate): EventCandidate | undefined => {
    const settings = candidates.filter((s) => s !== c && isSettingOf(s) && Math.abs(s.trigger - c.trigger) <= 15 && s.participants.some((p) => c.participants.some((q) => q.entityId === p.entityId)));
    const contact = isSettingOf(c) ? candidates.find((o) => o !== c && !isSettingOf(o) && Math.abs(o.trigger - c.trigger) <= 15 && o.participants.some((p) => c.participants.some((q) => q.entityId === p.entityId))) : undefined;
    return settings[0] ?? contact;
  };
  return candidates.map((c) => {
    const partner = partnerOf(c);
    if (!partner) return c;
    const place = c.placeId ?? partner.placeId;
    const date = c.date ?? (partner.status === c.status ? partner.date : undefined);
    return { ...c, ...(place ? { placeId: place } : {}), ...(date ? { date } : {}) };
  });
}

/** A contact noun after "at", "during" or "on the sidelines of": the gathering another contact happens at. */
function isSetting(parties: SentenceParties, noun: number): boolean {
  const tokens = parties.sentence.tokens;
  const preposition = tokens[noun]!.pos !== "VERB" ? governingPreposition(parties, noun) : undefined;
  if (!preposition) return false;
  if (/^(at|during)$/.test(preposition.lower)) return true;
  return preposition.lower === "of" && /^(sidelines|margins|sideline|margin)$/.test(tokens[preposition.i - 1]?.lower ?? "");
}

/**
 * "will travel to Paris to meet Roe", "a trip to Oslo for talks", "will visit Washington to meet Roe": the journey is
 * part of the contact it leads to, which takes its place when it names none.
 */
function absorbJourneys(candidates: EventCandidate[], tokens: AnalyzedSentence["tokens"]): EventCandidate[] {
  const journeyOf = new Map<EventCandidate, EventCandidate>();
  for (const c of candidates) {
    if (c.type !== "VISIT") continue;
    const travel = /^(travel|travels|travelled|traveled|travelling|traveling|trip|flew|fly|flies|flying|arrive|arrives|arrived|arriving)$/i.test(c.triggerText);
    const traveller = c.participants.find((p) => p.role === "VISITOR")?.entityId ?? c.participants[0]?.entityId;
    const led = candidates.find((o) => {
      if (o === c || o.type === "VISIT" || o.trigger <= c.trigger || o.trigger - c.trigger > 12 || !o.participants.some((p) => p.entityId === traveller)) return false;
      // A visit proper is the journey only when the contact is its purpose ("visit Washington to meet", "… for talks").
      return travel || tokens.slice(c.trigger + 1, o.trigger).some((t) => t.lower === "to" || t.lower === "for");
    });
    if (led) journeyOf.set(led, c);
  }
  const absorbed = new Set(journeyOf.values());
  return candidates.filter((c) => !absorbed.has(c)).map((c) => {
    const journey = journeyOf.get(c);
    return journey?.placeId && !c.placeId ? { ...c, placeId: journey.placeId } : c;
  });
}

/** Splits one report into several when its clause names sides one after another ("first with A and then with B"). */
function candidatesAt(sentence: AnalyzedSentence, i: number, rule: TriggerRule, parties: SentenceParties, context: Context): EventCandidate[] {
  const one = candidateAt(sentence, i, rule, parties, context);
  if (!one) return [];
  const tokens = sentence.tokens;
  // "spoke by phone first with Roe and then with Doe": one subject, several sides in turn, one contact each.
  const after = tokens.slice(i + 1, clauseEnd(tokens, i, parties.inMention)).map((t) => t.lower);
  if (one.participants.length >= 3 && after.includes("then") && after.filter((w) => w === "with" || w === "to").length >= 2) {
    const subject = subjectOf(parties, i).flatMap((p) => p.ids);
    const others = one.participants.filter((p) => !subject.includes(p.entityId));
    if (subject.length === 1 && others.length >= 2) {
      return others.map((other) => ({ ...one, participants: [one.participants.find((p) => p.entityId === subject[0])!, other] }));
    }
  }
  // "will visit a port in Kenya and a school in Ghana": a visit to places in several countries, one per country.
  if (rule.type === "VISIT" && one.participants.length === 2) {
    const traveller = one.participants.find((p) => p.entityId.startsWith("person:"));
    const hosts = visitedCountries(sentence, i, context);
    if (traveller && hosts.length >= 2) return hosts.map((host) => ({ ...one, placeId: undefined, participants: [{ ...traveller, role: "VISITOR" as const }, { entityId: host, role: "HOST" as const }] })).map(({ placeId: _p, ...c }) => c);
  }
  return [one];
}

/** The countries of the places a visit's clause names in turn ("a port in Kenya and a school in Ghana"). */
function visitedCountries(sentence: AnalyzedSentence, trigger: number, context: Context): string[] {
  // The places of the journey end where a reported clause or a purpose begins ("a visit to Oslo to meet Doe that …").
  const tokens = sentence.tokens;
  const purpose = tokens.findIndex((t, k) => k > trigger && (t.lower === "that" || (t.lower === "to" && tokens[k + 1]?.pos === "VERB")));
  const end = Math.min(clauseEnd(tokens, trigger), purpose < 0 ? tokens.length : purpose);
  const countries: string[] = [];
  for (const m of context.sentenceMentions) {
    if (m.tokenStart <= trigger || m.tokenStart >= end) continue;
    // "for the US-DPRK summit": a country naming another contact's sides is no place visited.
    const next = sentence.tokens[m.tokenEnd];
    if (next && (next.text === "-" || next.text === "–" || (next.pos === "NOUN" && /^(talks|summit|meeting|negotiations|relations|ties|border|deal)$/.test(next.lower)))) continue;
    const id = m.kind === "COUNTRY" && m.via === "name" ? `country:${m.iso3}` : m.kind === "PLACE" && m.iso3 ? `country:${m.iso3}` : undefined;
    if (id && !countries.includes(id)) countries.push(id);
  }
  return countries;
}

interface Context {
  resolution: Resolution;
  dates: readonly DateMention[];
  publishedAt: string | undefined;
  places: EventStageOutput["places"];
  candidates: readonly EventCandidate[];
  officeCountries: ReadonlyMap<string, ReadonlySet<string>>;
  sentenceMentions: readonly Mention[];
  /** Candidates found earlier in the same sentence. */
  found: readonly EventCandidate[];
  /** References to a contact not yet told, resolved once the article is read. */
  pendingReferences: Reference[];
}

function candidateAt(sentence: AnalyzedSentence, i: number, rule: TriggerRule, parties: SentenceParties, context: Context): EventCandidate | undefined {
  const tokens = sentence.tokens;
  const token = tokens[i]!;
  const isNoun = token.pos !== "VERB";
  // "his hard negotiation phase", "the summit venue": a contact noun modifying another noun names no contact.
  const headAfter = tokens[i + 1];
  if (isNoun && headAfter?.pos === "NOUN" && headAfter.text === headAfter.lower && !triggerAt(sentence, i + 1) && !TIME_WORD.test(headAfter.lower)) return undefined;
  const governor = isNoun ? governingVerb(parties, i) : undefined;
  const roles = new Map<string, Role>();
  const add = (list: readonly Party[], role: Role = "PARTICIPANT"): void => {
    for (const party of list) for (const id of party.ids) if (!roles.has(id) || roles.get(id) === "PARTICIPANT") roles.set(id, role);
  };
  if (!isNoun) {
    add(withPairs(subjectOf(parties, i), context, sentence), rule.subjectRole);
    // "called Roe's remarks a mistake", "met Doe's demands": the object is the thing owned, not its owner (a visit's
    // object may be a place owned: "visited Kenya's capital").
    const object = objectOf(parties, i).filter((p) => rule.type === "VISIT" || !ownsAThing(p, parties));
    add(object.length > 0 ? object : counterpartsAfter(parties, i), rule.objectRole);
    // "met other leaders, including Doe and Poe": the people the described group is said to include.
    if (object.length === 0) add(includedInGroup(parties, i), rule.objectRole);
  } else {
    // "Roe held talks with Doe", "Roe attended the summit": the carrier's subject takes part.
    if (governor !== undefined && LIGHT_VERB.test(tokens[governor]!.lemma)) add(withPairs(subjectOf(parties, governor), context, sentence), tokens[governor]!.lemma === "host" ? "HOST" : "PARTICIPANT");
    // "at a meeting with Doe, Roe said", "Roe, in a call with Doe, …": the clause's subject had the contact.
    // "at the G20 summit, Roe and Doe …", "the two leaders sat down for a meeting": attending a summit or sitting down for a meeting.
    const preposition = governor === undefined ? governingPreposition(parties, i) : undefined;
    // "After meeting Doe in Oslo, Roe said …": a gerund the tagger calls a noun, after a preposition, takes its object
    // directly.
    const gerundObject = /^(meeting|visiting|calling|phoning)$/.test(token.lower) && (i === 0 || tokens[i - 1]!.pos === "ADP") && parties.at[i + 1] ? partiesStartingAt(parties, i + 1).parties : [];
    const counterparts = counterpartsAfter(parties, i);
    if (preposition && /^(at|during|in|after|following|before|ahead|on|for)$/.test(preposition.lower)) {
      const subject = withPairs(clauseSubject(parties, preposition.i), context, sentence);
      // The subject attends a summit, or is one side of talks "in"/"at"/"during" which they were; a lone subject
      // needs a counterpart the phrase names ("at a meeting with Doe"), or the phrase says nothing of them.
      const group = subject.reduce((n, p) => n + p.ids.length, 0) >= 2;
      // "arrangements for the summit between Roe and Doe": a "between" phrase names every side itself.
      const between = tokens[i + 1]?.lower === "between";
      // "Roe is in Moscow for a state visit", "Roe was on a visit to Oslo": the subject is the traveller. ("embarked
      // on a trip" starts one, whose status the verb would misstate.)
      const journey = rule.type === "VISIT" && (preposition.lower === "for" || (preposition.lower === "on" && /^(is|are|was|were|'s|’s)$/.test(tokens[preposition.i - 1]?.lower ?? "")));
      if (!between && (counterparts.length > 0 || rule.type === "SUMMIT" || group || journey)) add(subject);
      // Its object is a side only beside the clause's subject ("after meeting Roe and Doe the visitors left" is
      // no contact between Roe and Doe).
      if (!between && subject.length > 0 && gerundObject.length > 0) {
        add(subject);
        add(gerundObject);
      }
    }
    // "agreed to a meeting with Doe", "Roe's decision to agree to talks with Doe": who agrees is a side.
    if (preposition?.lower === "to" && tokens[preposition.i - 1]?.lemma === "agree" && counterparts.length > 0) add(agreeingSide(parties, preposition.i - 1));
    add(withPairs(partiesInsideNounPhrase(parties, i), context, sentence));
    add(counterparts);
    // "the meeting Roe had with Doe", "the talks Roe held with Doe": the subject of a relative clause on the noun.
    let r = i + 1;
    while (r < tokens.length && parties.inMention[r] && !parties.at[r]) r++;
    const relative = parties.at[r];
    const verb = relative ? relative.mention.tokenEnd : -1;
    if (relative && relative.mention.kind === "NAME" && /^(have|hold)$/.test(tokens[verb]?.lemma ?? "") && tokens[verb + 1]?.lower === "with") {
      add([relative]);
      add(partiesStartingAt(parties, verb + 2).parties);
    }
  }

  const dateMention = usableDate(nearestDateMention(context.dates, sentence, token, context.sentenceMentions), sentence, i);
  const place = rule.type === "CALL" ? undefined : placeOf(sentence, i, context.sentenceMentions, context.resolution, context.places, rule.type !== "VISIT");
  const futureDate = !!dateMention && !!context.publishedAt && dateMention.date.value > context.publishedAt && !isReckonedPast(dateMention);
  const verdict = gate(tokens, i, rule, governor, futureDate, !!dateMention || !!place);
  if (!verdict.keep) return undefined;
  let status = verdict.status;
  let date: PartialDate | undefined = dateMention ? reanchor(dateMention, status, context.publishedAt) : undefined;
  // "Once he had finished with Roe, Doe phoned Poe", "later that day": a sequel happens on the day of what it follows.
  if (!date && status === "OCCURRED") date = sequelDate(sentence, token, context);

  // No tense to go by (a caption, a headline): a date before publication says it happened, one after that it is planned.
  if (status === "UNKNOWN" && date && context.publishedAt) status = (date.end ?? date.value) < context.publishedAt.slice(0, date.value.length) ? "OCCURRED" : date.value > context.publishedAt ? "PLANNED" : status;
  // A visit with one named traveller is between the traveller and the state visited, when that is not theirs.
  const persons = [...roles.keys()].filter((id) => id.startsWith("person:"));
  if (rule.type === "VISIT" && roles.size === 1 && persons.length === 1) {
    const host = (place ? visitedCountry(place, context.resolution, entitiesOfPlaces(context.places)) : undefined) ?? destinationCountry(sentence, i, context.sentenceMentions);
    const own = context.officeCountries.get(persons[0]!);
    if (host && own && !own.has(host)) {
      roles.set(persons[0]!, "VISITOR");
      roles.set(host, "HOST");
    }
  }
  // A country beside a person who acts for it is that person's side, not a second one.
  for (const id of [...roles.keys()]) {
    if (id.startsWith("country:") && persons.some((p) => context.officeCountries.get(p)?.has(id))) roles.delete(id);
  }
  // One named person and a side the text names as an organisation or a group ("met union leaders", "talks with
  // the EU"): the contact is kept with the one name; a lone name with nothing across the table is no contact.
  // "Talks will resume next week", "Discussions continue": the sides of the contact just reported, going on or again.
  // "Preparations for the talks continue": a noun inside a prepositional phrase is not what goes on.
  const resumes = roles.size === 0 && isNoun && !governingPreposition(parties, i) && (RESUMES.test(tokens[i + 1]?.lemma ?? "") || (RESUMES.test(tokens[i + 2]?.lemma ?? "") && /^(will|would|to|have|has|are|is)$/.test(tokens[i + 1]?.lower ?? "")));
  if (resumes) {
    const previous = [...context.found, ...[...context.candidates].reverse()].find((c) => sentence.index - c.sentence <= 3 && c.participants.length > 0);
    for (const p of previous?.participants ?? []) roles.set(p.entityId, p.role);
  }
  // "Discussions have begun with Ruritania, but the government said …": a contact with no agent of its own is held by
  // the government the same sentence quotes (never one the article does not establish).
  const quoted = roles.size <= 1 && [...roles.keys()].every((id) => id.startsWith("country:")) ? speakingGovernment(sentence, i, [...roles.keys()], context) : undefined;
  if (quoted && !roles.has(quoted)) roles.set(quoted, "PARTICIPANT");
  // "the summit in Singapore", "Monday's meeting": a definite contact noun with no sides of its own is the contact
  // of that kind already reported; it lends it a place, a date it lacks, and a sentence of evidence.
  if (roles.size === 0 && isNoun && isDefiniteNoun(tokens, i)) {
    // "the G-7 summit", "the Davos forum": a gathering with a name of its own is another one.
    // Met "on the margins of the G7 summit in Lisbon": that gathering is where the contact in its clause happened.
    if (namesGathering(context.sentenceMentions, i)) {
      const contact = isSetting(parties, i) ? context.found.find((c) => Math.abs(c.trigger - i) <= 15 && !c.placeId) : undefined;
      if (contact && place) contact.placeId = place;
      return undefined;
    }
    const reference = { type: rule.type, sentence: sentence.index, place, date, status };
    if (!referBack([...context.found, ...[...context.candidates].reverse()], reference)) context.pendingReferences.push(reference);
    return undefined;
  }
  // A tour of a region ("a week-long visit to Africa") is a visit with its one traveller.
  const regionTour = rule.type === "VISIT" && !!place && !visitedCountry(place, context.resolution, entitiesOfPlaces(context.places));
  // One named person with an unnamed side ("she met with Roe", "an aide called Roe") is a contact with one name:
  // kept, less sure, never given a guessed second side.
  const unnamedSide = roles.size === 1 && persons.length === 1 && unnamedCounterpart(parties, i, isNoun);
  const oneSideKept = roles.size === 1 && persons.length === 1 && (regionTour || unnamedSide || describedCounterpart(parties, i, isNoun));
  // "his comments at Monday's summit in Helsinki", "urged him to cancel the summit": a definite contact noun with one
  // side of its own and no other side named is that side's contact of the kind reported (before, or else after it),
  // and lends it its place and date.
  if (roles.size === 1 && isNoun && isDefiniteNoun(tokens, i) && (!oneSideKept || !/^(with|between)$/.test(tokens[i + 1]?.lower ?? ""))) {
    const side = [...roles.keys()][0]!;
    const reference = { type: rule.type, sentence: sentence.index, place, date, status, side };
    const referred = referBack([...context.found, ...[...context.candidates].reverse()].filter((c) => c.participants.some((p) => p.entityId === side)), reference);
    if (referred || !oneSideKept) {
      if (!referred) context.pendingReferences.push(reference);
      return undefined;
    }
  }
  if (roles.size < 2 && !oneSideKept) return undefined;
  const participants = [...roles].map(([entityId, role]) => ({ entityId, role }));
  const countriesOfSides = new Set(participants.flatMap((p) => (p.entityId.startsWith("country:") ? [p.entityId] : [...(context.officeCountries.get(p.entityId) ?? [])])));
  const domestic = participants.length >= 2
    ? countriesOfSides.size === 1 && participants.every((p) => p.entityId.startsWith("person:") && (context.officeCountries.get(p.entityId)?.size ?? 0) > 0)
    : oneSidedDomestic(rule.type, participants[0]!.entityId, place, context);
  const confidence = Math.min(0.95, 0.6 + (date ? 0.1 : 0) + (place ? 0.05 : 0) + (isNoun ? 0.05 : 0.1) + (status !== "UNKNOWN" ? 0.1 : 0) - (participants.length < 2 ? 0.15 : 0));
  return {
    type: rule.type,
    status,
    ...(date ? { date, ...(dateMention && isReckoned(dateMention) ? { dateRelative: true } : {}) } : {}),
    ...(place ? { placeId: place } : {}),
    participants,
    sentence: sentence.index,
    trigger: i,
    triggerText: token.text,
    confidence,
    ...(domestic ? { domestic: true } : {}),
    ...(rule.type === "SUMMIT" && namesGathering(context.sentenceMentions, i) ? { namedGathering: true } : {}),
  };
}

/** "the G-20 summit", "an EU summit", "the Nato summit in Vilnius": an organisation's name just before the summit word. */
function namesGathering(mentions: readonly Mention[], noun: number): boolean {
  return mentions.some((m) => m.kind === "ORGANIZATION" && m.tokenEnd <= noun && m.tokenStart >= noun - 4);
}

/**
 * One office holder and a side the text only describes ("met union leaders", "talks with his cabinet") is domestic
 * politics when nothing foreign is in view: no other country in the sentence, no venue abroad, and not a summit
 * or a visit (which gather or cross states).
 */
function oneSidedDomestic(type: EventCandidate["type"], person: string, place: string | undefined, context: Context): boolean {
  const own = context.officeCountries.get(person);
  if (!own || own.size !== 1 || type === "SUMMIT" || type === "VISIT") return false;
  const home = [...own][0]!;
  if (place && visitedCountry(place, context.resolution, entitiesOfPlaces(context.places)) !== home) return false;
  return context.sentenceMentions.every((m) => m.kind !== "COUNTRY" || `country:${m.iso3}` === home);
}

/** The subject of "agree", or the owner of the decision or offer to agree ("Roe's decision to agree"). */
function agreeingSide(parties: SentenceParties, agree: number): Party[] {
  const direct = subjectOf(parties, agree);
  if (direct.length > 0) return direct;
  const tokens = parties.sentence.tokens;
  if (tokens[agree - 1]?.lower !== "to" || !/^(decision|offer|willingness|readiness|move|choice)$/.test(tokens[agree - 2]?.lower ?? "")) return [];
  const owner = parties.at[agree - 4] ?? parties.at[agree - 3];
  return owner && /^('s|’s)$/.test(tokens[agree - 3]?.lower ?? "") ? [owner] : [];
}

/** "met other leaders, including Doe and Poe": the parties after "including"/"among them" a few words past the verb. */
function includedInGroup(parties: SentenceParties, verb: number): Party[] {
  const tokens = parties.sentence.tokens;
  for (let k = verb + 1; k < Math.min(tokens.length, verb + 8); k++) {
    const t = tokens[k]!;
    if (t.lower === "including" || (t.lower === "among" && tokens[k + 1]?.lower === "them")) return partiesStartingAt(parties, k + (t.lower === "among" ? 2 : 1)).parties;
    if (parties.at[k] || t.pos === "VERB" || t.text === ";") return [];
  }
  return [];
}

/** A party written as the owner of a thing ("Roe's remarks", "Doe's latest demands"), not of a person named by an office phrase. */
function ownsAThing(party: Party, parties: SentenceParties): boolean {
  const tokens = parties.sentence.tokens;
  const end = party.mention.tokenEnd;
  if (!/^('s|’s)$/.test(tokens[end]?.lower ?? "")) return false;
  // "Roe's administration": a name standing for its government (a state) is the side itself.
  if (party.mention.kind === "NAME" && party.ids.every((id) => id.startsWith("country:"))) return false;
  // "Roe's foreign minister": an office phrase right after the possessive names a person, not a thing.
  if (parties.mentions.some((m) => m.kind === "OFFICE" && m.tokenStart === end + 1)) return false;
  // The head noun past modifiers, quotation marks and quoted names ("Roe's 'America First' policy").
  for (let k = end + 1; k < Math.min(tokens.length, end + 7); k++) {
    const t = tokens[k]!;
    if (t.pos === "NOUN" && !parties.at[k]) return true;
    if (!/^(PUNCT|PROPN|ADJ|NUM|ADV)$/.test(t.pos) && !parties.inMention[k]) return false;
  }
  return false;
}

/** "the summit", "their meeting", "Monday's talks", "the Singapore summit": a definite determiner before the noun's modifiers. */
function isDefiniteNoun(tokens: AnalyzedSentence["tokens"], noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 6); k--) {
    const t = tokens[k]!;
    if (/^(the|this|that|their|his|her|its|'s|’s)$/.test(t.lower)) return true;
    if (!/^(ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && t.text !== "-") return false;
  }
  return false;
}

/** A definite contact noun ("the summit", "Monday's meeting in Oslo") that names no other side: what it lends. */
interface Reference {
  type: EventCandidate["type"];
  sentence: number;
  place: string | undefined;
  date: PartialDate | undefined;
  status: EventCandidate["status"];
  /** The one side the reference names, which its contact must have. */
  side?: string;
}

const family = (t: EventCandidate["type"]): string => (t === "SUMMIT" || t === "MEETING" ? "GATHERING" : t);

/**
 * Adds a reference's place, date and sentence to the latest reported contact of the same kind (a summit may be called
 * a meeting); false when none was reported before it.
 */
function referBack(candidates: readonly EventCandidate[], reference: Reference): boolean {
  const { type, sentence } = reference;
  // "the summit" is one of that kind just told, else the article's lead contact of that kind, else of its family
  // (news returns to it; the reports come latest first).
  const reported = candidates.filter((c) => c.sentence <= sentence && c.participants.length > 0);
  // A contact just told at another stage ("after their summit last year" … "heading into the summit") is another one.
  const sameStage = (c: EventCandidate): boolean => reference.status === "UNKNOWN" || c.status === "UNKNOWN" || c.status === reference.status;
  const target = reported.find((c) => c.type === type && sentence - c.sentence <= 3 && sameStage(c)) ?? reported.filter((c) => c.type === type).at(-1) ?? reported.filter((c) => family(c.type) === family(type)).at(-1);
  if (!target) return false;
  // "Meeting Doe, host of this year's summit, Roe …": a summit named in the meeting's own sentence is another gathering.
  if (type === "SUMMIT" && target.type === "MEETING" && target.sentence !== sentence) target.type = "SUMMIT";
  lend(target, reference);
  return true;
}

/**
 * "Criticism of Monday's summit in Helsinki grew" before the article tells the summit: a reference with nothing before
 * it is to the first contact of its kind told after it.
 */
function referForward(candidates: readonly EventCandidate[], reference: Reference): void {
  const later = candidates.filter((c) => c.sentence > reference.sentence && c.participants.length > 0 && (!reference.side || c.participants.some((p) => p.entityId === reference.side)));
  const target = later.find((c) => c.type === reference.type) ?? later.find((c) => family(c.type) === family(reference.type));
  if (target) lend(target, reference);
}

function lend(target: EventCandidate, { sentence, place, date, status }: Reference): void {
  target.placeId = finerPlace(target.placeId, place);
  // A date the report lacks, when the reference speaks of the same stage of it (a plan's date for a plan).
  // ("next month" … "will take place on June 12th": a day inside the month the report gave makes it exact.)
  const inside = !!target.date && !!date && target.date.precision !== "DAY" && date.precision === "DAY" && date.value.startsWith(target.date.value);
  if ((!target.date || inside) && date && (status === target.status || status === "UNKNOWN")) target.date = date;
  target.joinedSentences = [...(target.joinedSentences ?? []), sentence];
}

/**
 * The government a sentence quotes ("… but the government said", "the Ruritanian government says"), when the
 * contact's own clause names no agent (a noun opening its clause, or a passive) and the article establishes the
 * government's country (its office holders or people); a government that denies a part in it is none.
 */
function speakingGovernment(sentence: AnalyzedSentence, trigger: number, sides: readonly string[], context: Context): string | undefined {
  const tokens = sentence.tokens;
  const government = context.resolution.governments.find((g) => g.sentence === sentence.index && REPORTING_NEXT.test(tokens[g.tokenEnd]?.lower ?? ""));
  if (!government || sides.includes(government.countryId)) return undefined;
  const named = context.sentenceMentions.some((m) => m.kind === "COUNTRY" && m.tokenStart === government.tokenStart);
  const established = [...context.officeCountries.values()].some((set) => set.has(government.countryId));
  if (!named && !established) return undefined;
  if (tokens.slice(government.tokenEnd).some((t) => /^(not|n't|never|denied|denies|deny)$/.test(t.lower))) return undefined;
  let clauseStart = 0;
  for (let k = trigger - 1; k >= 0; k--) {
    if (/^(,|;|:|but|and|that)$/.test(tokens[k]!.lower)) {
      clauseStart = k + 1;
      break;
    }
  }
  const opening = tokens.slice(clauseStart, trigger);
  const passive = tokens[trigger]!.pos === "VERB" && /^(be|been|being|is|are|was|were)$/.test(tokens[trigger - 1]?.lower ?? "");
  const agentless = tokens[trigger]!.pos !== "VERB" && opening.every((t) => /^(DET|ADJ|NUM|NOUN)$/.test(t.pos) && !/^(his|her|their|its|our|my)$/.test(t.lower));
  if (!passive && !agentless) return undefined;
  return government.countryId;
}

const REPORTING_NEXT = /^(said|says|say|announced|announces|confirmed|confirms|stated|insisted|added)$/;

/** "they", "their": the sides of the contact reported in this or the two sentences before. */
function withPairs(list: readonly Party[], context: Context, sentence: AnalyzedSentence): Party[] {
  return list.flatMap((party) => {
    if (party.mention.kind !== "PRONOUN" || party.mention.pronoun !== "they") return [party];
    // "Roe and Doe hold a ceremony at the end of their summit": the pair its own clause names.
    const own = party.mention.tokenStart > 0 ? clauseSubject(sentenceParties(sentence, context.sentenceMentions, context.resolution), party.mention.tokenStart) : [];
    const ownIds = own.flatMap((p) => (p.mention.kind === "PRONOUN" ? [] : p.ids));
    if (ownIds.length >= 2) return [{ mention: party.mention, ids: ownIds }];
    const previous = [...context.found, ...[...context.candidates].reverse()].find((c) => sentence.index - c.sentence <= 2 && c.participants.length >= 2);
    if (!previous) return [];
    const ids = previous.participants.map((p) => p.entityId);
    // "Roe hopes to hear Doe's view when they talk": other people named before "they" make it anyone's pair.
    const others = context.sentenceMentions.some((m) => m.tokenStart < party.mention.tokenStart && m.kind !== "PRONOUN" && personsOf(m, context).some((id) => !ids.includes(id)));
    if (others) return [];
    // "their teams", "their governments": the states the pair acts for.
    const noun = sentence.tokens[party.mention.tokenEnd]?.lower ?? "";
    if (/^(teams|governments|sides|delegations|officials|negotiators|countries|nations|administrations)$/.test(noun)) {
      const states = [...new Set(ids.flatMap((id) => (id.startsWith("country:") ? [id] : [...(context.officeCountries.get(id) ?? [])])))];
      return states.length >= 2 ? [{ mention: party.mention, ids: states }] : [];
    }
    return [{ mention: party.mention, ids }];
  });
}

/** The people a mention names (a name, or an office phrase resolved to its holders). */
function personsOf(m: Mention, context: Context): string[] {
  const ids = context.resolution.referentsOfMention.get(m) ?? [context.resolution.entityOfMention.get(m)].filter((id): id is string => !!id);
  return ids.filter((id) => id.startsWith("person:"));
}

/** A date that is a target ("by 2020"), a starting point ("since January") or a bound dates no contact. */
function usableDate(date: DateMention | undefined, sentence: AnalyzedSentence, trigger: number): DateMention | undefined {
  if (!date) return undefined;
  const before = sentence.text.slice(Math.max(0, date.start - sentence.start - 12), date.start - sentence.start).toLowerCase();
  if (/\b(by|since|until|till|through|before|after)\s+(the\s+)?(end\s+of\s+|early\s+|late\s+|mid-?)?$/.test(before)) return undefined;
  return modifiesAnotherNoun(date, sentence.tokens, trigger) || outsideOpeningPhrase(date, sentence.tokens, trigger) ? undefined : date;
}

/** "After a trip to Riyadh, Roe told Doe on Thursday …": a date past the opening phrase's comma dates the main clause. */
function outsideOpeningPhrase(date: DateMention, tokens: AnalyzedSentence["tokens"], trigger: number): boolean {
  if (!/^(after|following|before|since|despite)$/.test(tokens[0]?.lower ?? "")) return false;
  const comma = tokens.findIndex((t) => t.text === ",");
  return comma > trigger && date.start >= tokens[comma]!.end;
}

/**
 * "the Monday statements of Roe", "Tuesday's vote": a date written as a modifier of a noun dates that noun. The
 * modifiers after it run to their head; a head that is not the contact word ("Monday's summit", "the May 10 Oval
 * Office meeting") and not a time of day is something else.
 */
function modifiesAnotherNoun(date: DateMention, tokens: AnalyzedSentence["tokens"], trigger: number): boolean {
  // A date that takes its comma along ("on Sunday, officials …") ends its phrase.
  if (/[,;:.!?)]\s*$/.test(date.text)) return false;
  let k = tokens.findIndex((t) => t.start >= date.end);
  if (k < 0 || k === trigger) return false;
  if (/^('s|’s)$/.test(tokens[k]!.lower)) k++;
  let head: AnalyzedSentence["tokens"][number] | undefined;
  for (; k < tokens.length && /^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos); k++) {
    if (k === trigger) return false;
    head = tokens[k];
  }
  return !!head && head.pos === "NOUN" && !TIME_WORD.test(head.lower) && !/^(morning|afternoon|evening|night|session|round)s?$/.test(head.lower);
}

/**
 * The day of a sequel. "Hours later", "that evening", "once he had finished": the day of the dated contact just told.
 * "Later", "afterwards": some day after it, which is that same day only when it is the publication day.
 */
function sequelDate(sentence: AnalyzedSentence, token: AnalyzedSentence["tokens"][number], context: Context): PartialDate | undefined {
  const before = sentence.text.slice(0, token.start - sentence.start);
  // "That evening, Roe told reporters he had met Doe": the cue times the telling, and the contact told lies some time
  // before it. ("Later, his office said a call had taken place" still bounds the call between the contact before and
  // the telling, both on the publication day: the sequel rule below.)
  const reported = before.split(/\s+/).some((w) => REPORTING_VERB.test(w.toLowerCase().replace(/[^a-z]/g, "")));
  const sameDay = !reported && SAME_DAY.test(sentence.text);
  const sequel = SEQUENCE_CUE.test(before);
  if (!sameDay && !sequel) return undefined;
  const told = [...context.found, ...[...context.candidates].reverse()].filter((c) => c.status === "OCCURRED" && c.date?.precision === "DAY" && !c.date.end);
  if (sameDay) return told.find((c) => sentence.index - c.sentence <= 6)?.date;
  const last = told[0]?.date;
  return last && context.publishedAt && last.value === context.publishedAt.slice(0, 10) ? last : undefined;
}

function isReckonedPast(date: DateMention): boolean {
  return /\b(last|ago|yesterday|earlier)\b/i.test(date.text);
}

const TIME_WORD = /^(today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|week|weekend|month|year|day|days|weeks|months|years|last|next|this)$/;

const RESUMES = /^(resume|continue|restart|reconvene|recommence|reopen)$/;

const SEQUENCE_CUE = /\b(afterwards|afterward|then|later|subsequently|after that)\b/i;

const SAME_DAY = /\b(that day|the same day|later that day|that evening|that night|that morning|hours later|minutes later|hours after|minutes after|shortly after|once)\b/i;

const WEEKDAY_ONLY = /^(on\s+)?(this\s+|last\s+|next\s+|later\s+|early\s+|late\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(\s+(morning|afternoon|evening|night))?$/i;

/**
 * A date written without its year (or as a bare weekday) read by the tense of its contact: a planned
 * contact lies on or after publication ("will meet on Friday", "on 14 September"), one that happened
 * on or before it. A weekday moves by a week, a day or month without a year by a year; stated years and
 * "last"/"next" are kept as written.
 */
function reanchor(mention: DateMention, status: EventCandidate["status"], publishedAt: string | undefined): PartialDate {
  const date = mention.date;
  if (!mention.relative || !publishedAt || date.precision === "YEAR") return date;
  const published = publishedAt.slice(0, date.value.length);
  const future = status === "PLANNED";
  const past = status === "OCCURRED";
  if (WEEKDAY_ONLY.test(mention.text.trim().replace(/[,.;:]+$/, ""))) {
    if (/\b(last|next)\b/i.test(mention.text)) return date;
    if (future && date.value < published) return shiftDays(date, 7);
    if (past && date.value > published) return shiftDays(date, -7);
    // No tense to go by ("Roe and Doe begin their summit on Wednesday"): the nearest such weekday.
    if (!future && !past) return [shiftDays(date, -7), date, shiftDays(date, 7)].sort((a, b) => daysApart(a.value, publishedAt) - daysApart(b.value, publishedAt))[0]!;
    return date;
  }
  if (/\b(last|next|ago|yesterday|tomorrow|today|this)\b/i.test(mention.text) || /\b\d{4}\b/.test(mention.text)) return date;
  if (future && (date.end ?? date.value) < published) return shiftYears(date, 1);
  if (past && date.value > published) return shiftYears(date, -1);
  return date;
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a.slice(0, 10)}T12:00:00Z`) - Date.parse(`${b.slice(0, 10)}T12:00:00Z`)) / 86_400_000;
}

function shiftDays(date: PartialDate, days: number): PartialDate {
  const at = (value: string): string => new Date(Date.parse(`${value}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return { ...date, value: at(date.value), ...(date.end ? { end: at(date.end) } : {}) };
}

function shiftYears(date: PartialDate, years: number): PartialDate {
  const at = (value: string): string => `${Number(value.slice(0, 4)) + years}${value.slice(4)}`;
  return { ...date, value: at(date.value), ...(date.end ? { end: at(date.end) } : {}) };
}

/** In one sentence, a generic meeting word about the same sides joins the specific event ("the summit meeting"). */
function absorbGenericMeetings(candidates: EventCandidate[]): EventCandidate[] {
  return candidates.filter((candidate) => {
    if (candidate.type !== "MEETING") return true;
    const ids = new Set(candidate.participants.map((p) => p.entityId));
    // Only a word next to it ("summit meeting", "meeting … summit" within three words) names the same gathering.
    const specific = candidates.find((o) => SPECIFICITY[o.type] > SPECIFICITY.MEETING && o.type !== "VISIT" && !o.namedGathering && o.status === candidate.status && Math.abs(o.trigger - candidate.trigger) <= 3 && o.participants.some((p) => ids.has(p.entityId)));
    if (!specific) return true;
    specific.date ??= candidate.date;
    specific.placeId ??= candidate.placeId;
    for (const p of candidate.participants) if (!specific.participants.some((x) => x.entityId === p.entityId)) specific.participants.push(p);
    return false;
  });
}
