import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, OCCUPATIONS, ROYAL_STYLES, isAmbiguousGivenName, isGivenName } from "../../../gazetteer/index.js";
import { INITIALS, NEVER_NAME, isCapitalisedWord, span, type Candidate, type MentionFamily, type SentenceContext } from "../family.js";
import { type NameMention, type OfficeMention } from "../types.js";
import { officeAt } from "./lexicon.js";

/**
 * Runs of capitalised words that may name a person, with the evidence that they do: a title or
 * honorific before them, a given name first, or nothing but capitals (stage 4 then wants a person-only
 * context). Runs that end in a word of things ("Marshall Plan", "Davis Cup") are not names; a run that
 * ends in an office word ("International Development Minister") is an office title.
 */
const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.toLowerCase().replace(/\.$/, "")));
const ROYAL_SET = new Set(ROYAL_STYLES);
const OCCUPATION_SET = new Set(OCCUPATIONS);
const PARTICLE_SET = new Set(NAME_PARTICLES.map((p) => p.toLowerCase()));
const SUFFIX_SET = new Set(NAME_SUFFIXES.map((s) => s.toLowerCase().replace(/\.$/, "")));

/** Plural group nouns open sentences as speakers ("Officials said …") but alone are never a person. */
const GROUP_NOUN = new Set(
  "traders dealers brokers analysts economists officials others sources witnesses residents investors experts critics observers diplomats doctors officers workers protesters rebels soldiers villagers activists lawyers prosecutors bankers organisers organizers researchers scientists authorities voters fans players parents troops demonstrators students farmers miners".split(" "),
);
/** Head nouns of office titles; a capitalised run ending in one is an office, not a name. */
const OFFICE_HEAD = /^(minister|secretary|president|director|chairman|chairwoman|chair|leader|spokesman|spokeswoman|spokesperson|envoy|ambassador|chancellor|governor|mayor|senator|commander|chief|premier|commissioner|adviser|advisor|attorney|prosecutor|general|admiral|king|queen|emir|sultan|pope|speaker|mp)$/;
/** Last words that make a capitalised run a thing, not a person ("Marshall Plan", "Davis Cup"). */
const NON_PERSON_TAIL = /^(Plan|Act|Treaty|Agreement|Accord|Accords|Doctrine|Initiative|Programme|Program|Declaration|Convention|Summit|Conference|Forum|Prize|Award|Awards|Cup|War|Crisis|Day|Week|Games|Open|Championship|Championships|Trophy|Festival|Bill|Report|Strategy|Road|Street|Bridge|Square|Park|Palace|Hall|House|Stadium|Airport|Hotel|Hospital|Prison|School|College|Station|Island|Islands|River|Valley|Mountains|Sea|Ocean|Gulf|Bay|Lake|Province|Region|County|District|State|City|Town|Election|Elections|Campaign|Temple|Mosque|Church|Cathedral|Abbey|Chapel|Shrine|Museum|Gallery|Theatre|Theater|Library|Zoo|Motors|Electric|Index|Times|Post|News|Journal|Online|Daily|Weekly|Review|Magazine|Network|Channel|Radio|Television|TV|Show|Media|Press|Agency|Institution|Center|Centre|Project|Peninsula|Strait|Straits|Desert|Border|Canal|Base|Zone|Line|Plaza|Tower|Towers|Building|Avenue|Boulevard|Highway|Ministry|Department|Office|Council|Committee|Commission|Court|Assembly|Congress|Parliament|Senate|Party|Union|Army|Navy|Force|Forces|Guard|Corps)$/;
/** Of those, the words that are common surnames too ("Mr Park", "Charlotte Church", "Shirley Temple"). */
const SURNAME_TAIL = /^(Park|Hall|House|Church|Temple|Bridge|Day|Street|Lake|Bay|Chapel|Ocean|Road|Post|Times|Press|Guard|Law)$/;
/** Verbs of saying right after a name: the name speaks, so it is a person's ("Lawyer Jane Roe said"). */
const SPEECH_AFTER = /^(said|says|told|added|explained|warned|insisted|argued|wrote|tells)$/;
/** Days and months: capitalised, never a name ("the president Wednesday", "in May"). */
export const CALENDAR_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const FUNCTION_POS = /^(ADV|ADP|DET|PRON|CCONJ|SCONJ|AUX|VERB|PART|INTJ)$/;

export const names: MentionFamily = {
  name: "names",
  priority: 50,
  find(context) {
    const { sentence, text, taken, accepted, titleCase } = context;
    const tokens = sentence.tokens;
    const found: Candidate[] = [];
    const claimed = [...taken];
    const claim = (from: number, to: number): void => {
      for (let k = from; k < to; k++) claimed[k] = true;
    };
    for (let i = 0; i < tokens.length; i++) {
      if (claimed[i]) continue;
      // "Director Shami Chakrabarti": a capitalised office word alone before a name is a title.
      if (OFFICE_HEAD.test(tokens[i]!.lower) && /^\p{Lu}/u.test(tokens[i]!.text) && isCapitalisedWord(tokens[i + 1]) && !claimed[i + 1] && !NON_PERSON_TAIL.test(tokens[i + 1]!.text)) {
        const title = tokens[i]!.text;
        found.push({ mention: { kind: "OFFICE", title, entry: { title, forms: [], category: "OTHER" }, former: false, ...span(sentence, i, i + 1, text) } });
        claim(i, i + 1);
        continue;
      }
      // A title before the name is evidence when it is written as one ("President Roe"); "the president Wednesday" is not.
      const office = accepted.find((m): m is OfficeMention => m.kind === "OFFICE" && m.tokenEnd === i && !m.plural) ?? found.map((c) => c.mention).find((m): m is OfficeMention => m.kind === "OFFICE" && m.tokenEnd === i);
      const previous = office && (/^\p{Lu}/u.test(office.text) || isGivenName(tokens[i]!.text)) ? office : undefined;
      const run = nameRun(context, claimed, i, !!previous);
      if (!run) continue;
      let { start } = run;
      const { end } = run;
      const honorificWord = start > 0 && HONORIFIC_SET.has(tokens[start - 1]!.lower.replace(/\.$/, "")) ? tokens[start - 1]!.text : undefined;
      const first = tokens[start]!;
      // "Blairite Alan Milburn", "Special Counsel Jane Roe": words before a given name that are no names of their own
      // are a label or a title; the name starts at the given name.
      if (!isGivenName(first.text) && !INITIALS.test(first.text)) {
        for (let k = start + 1; k <= end - 2; k++) {
          if (isGivenName(tokens[k]!.text) && !isAmbiguousGivenName(tokens[k]!.text)) {
            start = k;
            break;
          }
        }
      }
      const lead = tokens[start]!;
      // After "in", "at", "near" a capitalised pair is a place more often than a person ("in Dong Dang").
      const locative = start > 0 && /^(in|at|near|outside|across|toward|towards|via)$/.test(tokens[start - 1]!.lower);
      // A given name that is also a common word ("Will", "May") says nothing where every word is capitalised.
      const givenName = !locative && ((isGivenName(lead.text) && !(isAmbiguousGivenName(lead.text) && (start === 0 || titleCase)) && end - start >= 2) || (/\./.test(lead.text) && INITIALS.test(lead.text) && end - start >= 2));
      // A run ending in an office word ("International Development Minister") is itself an office title.
      if (OFFICE_HEAD.test(tokens[end]?.lower ?? "") && !claimed[end] && !previous && end - start <= 4 && !givenName) {
        const title = text.slice(tokens[start]!.start, tokens[end]!.end);
        found.push({ mention: { kind: "OFFICE", title, entry: { title, forms: [], category: "OTHER" }, former: false, ...span(sentence, start, end + 1, text) } });
        claim(start, end + 1);
        i = end;
        continue;
      }
      // "Lawyer Louise Christian": an occupation word works like a courtesy title when the rest is a person's name on its own evidence.
      const restIsPerson = isGivenName(tokens[start + 1]?.text ?? "") || INITIALS.test(tokens[start + 1]?.text ?? "") || SPEECH_AFTER.test(tokens[end]?.lower ?? "");
      const occupation = end - start >= 3 && OCCUPATION_SET.has(tokens[start]!.text) && restIsPerson;
      const personEvidence = !!previous || !!honorificWord || givenName || occupation;
      const forenames = tokens.slice(occupation ? start + 1 : start, end - 1).every((t) => isGivenName(t.text) || INITIALS.test(t.text));
      // "the Sri Lakshmi Narayan Temple": after "the" a word of buildings ends a thing's name, not a person's surname.
      const definite = start > 0 && tokens[start - 1]!.lower === "the";
      const surnameTail = personEvidence && forenames && !definite && SURNAME_TAIL.test(tokens[end - 1]!.text);
      if (NON_PERSON_TAIL.test(tokens[end - 1]!.text) && (end - start >= 2 || personEvidence) && !surnameTail) {
        claim(start, end);
        i = end - 1;
        continue;
      }
      if (occupation) {
        found.push({ mention: nameMention(context, start + 1, end, "honorific", undefined, tokens[start]!.text) });
        claim(start, end);
        i = end - 1;
        continue;
      }
      let evidence: NameMention["evidence"] | undefined;
      if (previous) evidence = "title";
      else if (honorificWord) evidence = "honorific";
      else if (givenName) evidence = "given-name";
      else if (!titleCase) evidence = "capitalised";
      claim(start, end);
      i = end - 1;
      if (!evidence) continue;
      // "Prince Harry", "King Abdullah": a royal style with one given name is how the person is named.
      if (evidence === "honorific" && end - start === 1 && ROYAL_SET.has(tokens[start - 1]!.text)) {
        found.push({ mention: nameMention(context, start - 1, end, evidence, undefined, undefined) });
        continue;
      }
      // In a headline only a given name or a title marks a name, and only its first two words.
      const stop = titleCase && evidence === "given-name" && end - start > 2 ? start + 2 : end;
      found.push({ mention: nameMention(context, start, stop, evidence, previous, honorificWord) });
    }
    return found;
  },
};

function nameMention(context: SentenceContext, start: number, end: number, evidence: NameMention["evidence"], office: OfficeMention | undefined, honorific: string | undefined): NameMention {
  return { kind: "NAME", evidence, ...(office ? { office } : {}), ...(honorific ? { honorific } : {}), ...span(context.sentence, start, end, context.text) };
}

/** A run of name tokens: capitalised words, initials, particles inside, a Jr./Sr. suffix at the end. */
function nameRun(context: SentenceContext, claimed: readonly boolean[], from: number, afterTitle: boolean): { start: number; end: number } | undefined {
  const tokens = context.sentence.tokens;
  const first = tokens[from];
  // After a title even a capitalised function word starts a name ("President To Lam").
  const titledStart = afterTitle && !!first && /^\p{Lu}\p{Ll}+$/u.test(first.text) && !CALENDAR_WORD.test(first.lower);
  if (!first || !(isCapitalisedWord(first) || INITIALS.test(first.text) || titledStart)) return undefined;
  // "Sir Edward Heath": the honorific is not part of the name; the name starts after it.
  if (HONORIFIC_SET.has(first.lower.replace(/\.$/, "")) && isCapitalisedWord(tokens[from + 1])) return undefined;
  // A title word opens no name: the office family or the rule above has it ("Prime Minister Jane Roe").
  if (officeAt(context, from) && !afterTitle) return undefined;
  // Sentence-initial capitals on function words, verbs and lone nouns ("Earlier,", "Speaking …", "Today") are not names.
  const givenStart = isGivenName(first.text) && isCapitalisedWord(tokens[from + 1]) && !claimed[from + 1] && !NEVER_NAME.has(first.lower);
  // "May said …": a word the tagger reads as a modal or a verb is still a name when a reporting verb follows it.
  const speaks = SPEECH_AFTER.test(tokens[from + 1]?.lower ?? "");
  if (from === 0 && FUNCTION_POS.test(first.pos) && !givenStart && !speaks) return undefined;
  if (from === 0 && first.pos === "NOUN" && !isCapitalisedWord(tokens[from + 1]) && !speaks) return undefined;
  if (/^\p{Lu}{2,}$/u.test(first.text) && first.text.length > 2 && !context.shouting) return undefined; // acronyms are not names
  if (GROUP_NOUN.has(first.lower) && !isCapitalisedWord(tokens[from + 1])) return undefined;
  let end = from + 1;
  while (end < tokens.length && !claimed[end] && end - from < 5) {
    const token = tokens[end]!;
    if (OFFICE_HEAD.test(token.lower)) break;
    if (isCapitalisedWord(token) || INITIALS.test(token.text)) end++;
    // "Djate-Taillard": a hyphen with no space either side joins a double-barrelled name.
    else if ((token.text === "-" || token.text === "–") && tokens[end - 1]!.end === token.start && tokens[end + 1]?.start === token.end && isCapitalisedWord(tokens[end + 1]) && !claimed[end + 1]) end += 2;
    else if (PARTICLE_SET.has(token.lower)) {
      // "von der Leyen", "bin Salman": particles count only when a capitalised word follows them.
      let k = end;
      while (k < tokens.length && PARTICLE_SET.has(tokens[k]!.lower)) k++;
      if (k - end > 3 || !isCapitalisedWord(tokens[k]) || claimed[k]) break;
      end = k + 1;
    } else if (SUFFIX_SET.has(token.lower.replace(/\.$/, "")) && (end > from + 1 || /^(jr|sr|jnr|snr)\.?$/.test(token.lower))) {
      // "Trump Jr." (a surname and Jr./Sr.) names the son or father, not the bare surname's person.
      end++;
      break;
    } else break;
  }
  if (end - from === 1 && INITIALS.test(first.text) && first.text.length <= 2) return undefined;
  return { start: from, end };
}
