import { NAME_SUFFIXES } from "../../../gazetteer/index.js";
import { NEVER_NAME, span, type Candidate, type MentionFamily, type SentenceContext } from "../family.js";
import { tenureCovers } from "../../../../knowledge/actor-knowledge.js";
import { CALENDAR_WORD } from "./names.js";
import { wordKey } from "../../../../knowledge/names.js";

/**
 * Full names the actor knowledge base knows ("Sergei Lavrov", "Recep Tayyip Erdogan", "Kim Jong-un"):
 * strong evidence of a person, found before the capitalisation rules guess. Only runs of capitalised
 * words (or particles inside a name) of two to six tokens are tried; the longest known name wins.
 */
const PARTICLE = /^(de|da|di|do|dos|das|du|del|della|van|von|der|den|bin|bint|ibn|al|el|abu|le|la)$/;
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const SUFFIX_SET = new Set(NAME_SUFFIXES.map((s) => s.toLowerCase().replace(/\.$/, "")));

export const actors: MentionFamily = {
  name: "actors",
  priority: 90,
  find(context) {
    const { sentence, text, taken, actors: lookup, titleCase } = context;
    const tokens = sentence.tokens;
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i] || !NAME_WORD.test(tokens[i]!.text)) continue;
      if (!lookup.firstWords.has(wordKey(tokens[i]!.text.split(/[-‐‑–]/)[0]!))) {
        // "Putin said", "met Erdogan": a surname alone the knowledge base gives to one office holder of the day.
        if (shortNameOfTheDay(context, i)) found.push({ mention: { kind: "NAME", evidence: "actor", ...span(sentence, i, i + 1, text) } });
        continue;
      }
      // The words a name may span: capitalised words, initials, hyphens inside ("Jong-un"), particles between.
      let end = i + 1;
      let best = 0;
      // The candidate's key grows word by word (the knowledge base's keys fold each word and split hyphens).
      let key = keyOf(tokens[i]!.text);
      while (end < tokens.length && end - i < 8) {
        const t = tokens[end]!;
        const joined = (t.text === "-" || t.text === "‐") && tokens[end - 1]!.end === t.start && tokens[end + 1]?.start === t.end;
        if (!(NAME_WORD.test(t.text) || PARTICLE.test(t.text) || joined || (tokens[end - 1]!.text === "-" && /^\p{Ll}+$/u.test(t.text)))) break;
        end++;
        if (joined) continue;
        key += ` ${keyOf(t.text)}`;
        if (PARTICLE.test(t.text)) continue;
        if (lookup.hasFullNameKey(key)) best = end;
      }
      if (!best) {
        // "Putin said", "met Erdogan": a surname alone the knowledge base gives to one office holder of the day.
        if (shortNameOfTheDay(context, i)) found.push({ mention: { kind: "NAME", evidence: "actor", ...span(sentence, i, i + 1, text) } });
        continue;
      }
      // "Donald Trump Jr." is not the known "Donald Trump": a generational suffix names another person (the name
      // family reads the whole name); a suffix the base knows as part of the name was matched above.
      if (SUFFIX_SET.has((tokens[best]?.lower ?? "").replace(/\.$/, ""))) continue;
      // "Kim Yong Chol" is not the known "Kim Yong": a capitalised name word right after makes it a longer, other name.
      const next = tokens[best];
      if (next && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !NEVER_NAME.has(next.lower) && !CALENDAR_WORD.test(next.lower) && isGivenNameOrUnknown(next.text)) continue;
      // A headline capitalises every word: a known name still counts there, but never one of a single given name.
      if (titleCase && best - i < 2) continue;
      const start = tokens[i]!.start;
      const stop = tokens[best - 1]!.end;
      found.push({ mention: { kind: "NAME", evidence: "actor", sentence: sentence.index, start, end: stop, text: text.slice(start, stop), tokenStart: i, tokenEnd: best } });
      i = best - 1;
    }
    return found;
  },
};

/** Office categories whose holders news names by surname alone. */
const PROMINENT = new Set(["HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "DEPUTY_HEAD", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "MONARCH", "IGO_HEAD"]);

/**
 * A lone capitalised word that is the surname of exactly one person the knowledge base says held a prominent office
 * on the article's date ("Bush" in 2003, "Erdogan" in 2019), standing alone (not before another capitalised word,
 * not in a headline): that person, even before their full name is written.
 */
function shortNameOfTheDay(context: SentenceContext, i: number): boolean {
  const { sentence, actors, date, titleCase, shouting } = context;
  if (!date || titleCase || shouting) return false;
  const tokens = sentence.tokens;
  const word = tokens[i]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || NEVER_NAME.has(word.lower) || CALENDAR_WORD.test(word.lower)) return false;
  if (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? "") || (i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!.text) && tokens[i - 1]!.pos === "PROPN")) return false;
  const holders = actors.byShortName(word.text).filter((a) => a.tenures.some((t) => t.category && PROMINENT.has(t.category) && tenureCovers(t, date)));
  return holders.length === 1;
}

/** A word that may continue a person's name: not a word the gazetteers know as a place, people or title. */
function isGivenNameOrUnknown(word: string): boolean {
  return !/^(President|Minister|Secretary|Chancellor|Premier|King|Queen|Prince|Senator|Governor|Mayor|General|Leader|Administration|Government|White|House|Kremlin|Pentagon|Congress|Senate|Parliament)$/.test(word);
}

/** A token's key as the knowledge base keys names: each hyphen-separated part folded, joined by spaces. */
function keyOf(token: string): string {
  return token.split(/[-‐‑–]/).filter(Boolean).map(wordKey).join(" ");
}
