import { COMBINING_FORMS } from "../../../gazetteer/index.js";
import { tokenEndAt, type Candidate, type MentionFamily } from "../family.js";
import { firstWordKey, isWordUnit } from "../phrase-index.js";
import { type CountryMention, type PlaceMention } from "../types.js";
import { gazetteer } from "./lexicon.js";

/** A hyphenated run of capitalised words at one offset: "Anglo-American", "U.S.-Russian", "Franco-German-Polish". */
const HYPHENATED_RUN = /\p{Lu}[\p{L}.’']*(?:[-–]\p{Lu}[\p{L}.’']*)+/uy;

/**
 * Compound adjectives of countries, combining forms and regions ("Anglo-American talks", "Sino-US ties",
 * "the Israeli-Palestinian conflict"): a country mention for each side that is a country. Every part must be
 * one of those, else it is some other name ("Anglo-Saxon", "Rolls-Royce").
 */
export const compounds: MentionFamily = {
  name: "compounds",
  // Above the lexicon, so that the second side is read as a side, not as a plain demonym ("Anglo-French").
  priority: 85,
  find({ sentence, text, taken }) {
    const found: Candidate[] = [];
    for (let i = 0; i < sentence.tokens.length; i++) {
      if (taken[i]) continue;
      const start = sentence.tokens[i]!.start;
      HYPHENATED_RUN.lastIndex = start;
      const run = HYPHENATED_RUN.exec(text)?.[0];
      if (!run || isWordUnit(text, start + run.length) || start + run.length > sentence.end) continue;
      // "Guinea-Bissau", "Bosnia-Herzegovina": a name the gazetteer knows whole is the lexicon's.
      const whole = gazetteer().longestAt(text, start, firstWordKey(run));
      if (whole && whole.form.length >= run.length) continue;
      const shouted = run === run.toUpperCase();
      const sides: (CountryMention | PlaceMention)[] = [];
      let partStart = start;
      let valid = true;
      for (const part of run.split(/[-–]/)) {
        const partEnd = partStart + part.length;
        let side: { kind: "COUNTRY"; iso3: string } | { kind: "PLACE"; name: string } | undefined;
        const form = shouted ? part.charAt(0) + part.slice(1).toLowerCase() : part;
        const combining = Object.hasOwn(COMBINING_FORMS, form) ? COMBINING_FORMS[form] : undefined;
        if (combining) side = { kind: "COUNTRY", iso3: combining };
        else if (combining === undefined) {
          const hit = gazetteer().longestAt(text, partStart, firstWordKey(part));
          if (!hit || hit.form.length !== part.length || (hit.value.kind !== "COUNTRY" && hit.value.kind !== "REGION")) {
            valid = false;
            break;
          }
          if (hit.value.kind === "COUNTRY") side = { kind: "COUNTRY", iso3: hit.value.iso3 };
          else if (hit.value.name) side = { kind: "PLACE", name: hit.value.name };
        }
        if (side) {
          const base = {
            sentence: sentence.index,
            start: partStart,
            end: partEnd,
            text: text.slice(partStart, partEnd),
            tokenStart: sentence.tokens.findIndex((t) => t.end > partStart),
            tokenEnd: tokenEndAt(sentence, partEnd),
          };
          sides.push(side.kind === "COUNTRY" ? { ...side, via: "compound", ofOffice: true, ...base } : { ...side, ...base });
        }
        partStart = partEnd + 1;
      }
      const tokenEnd = tokenEndAt(sentence, start + run.length);
      if (valid && sides.length >= 1) found.push(...sides.map((mention) => ({ mention })));
      if (valid) i = tokenEnd - 1;
    }
    return found;
  },
};
