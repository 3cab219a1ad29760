import { type Token } from "../../02-sentences.js";
import { NEVER_NAME, span, type Candidate, type MentionFamily } from "../family.js";
import { type Mention } from "../types.js";

/**
 * Names of bodies the gazetteer does not know, by their last word: "Kurdistan Workers' Party",
 * "Transport Workers' Union", "Acme Holdings", "British Rowing Federation" (a country or place word
 * before the run belongs to the name and gives the body its country).
 */
export const ORGANIZATION_SUFFIX = /^(Inc|Inc\.|Corp|Corp\.|Corporation|Ltd|Ltd\.|Limited|PLC|Plc|AG|SA|NV|GmbH|Group|Holdings|Bank|Airlines|Airways|Motors|Industries|Federation|Association|Union|League|Council|Committee|Commission|Ministry|Department|Agency|Institute|University|Party|Front|Movement|Army|Navy|Police|Court|Parliament|Assembly|Congress|Foundation|Fund|Authority|Board|Exchange|Organisation|Organization|Society|Center|Centre|Service|Office|Trust|Network|Alliance|Coalition|Bureau|Brigade|Brigades|Corps|Guard|Guards|Forces|Council)$/;
const NAME_PART = /^\p{Lu}[\p{L}’'.-]*$/u;

export const organisationNames: MentionFamily = {
  name: "organisation-names",
  priority: 60,
  find({ sentence, text, taken, accepted, shouting, titleCase }) {
    if (shouting || titleCase) return [];
    const tokens = sentence.tokens;
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!ORGANIZATION_SUFFIX.test(tokens[i]!.text) || taken[i]) continue;
      // Walk back over capitalised words (a possessive may stand before the last word: "Workers' Union").
      let start = i;
      const replaces: Mention[] = [];
      let iso3: string | undefined;
      while (start > 0 && start > i - 6) {
        const before = tokens[start - 1]!;
        if (isPossessive(before) && start === i) {
          start--;
          continue;
        }
        if (!NAME_PART.test(before.text) || NEVER_NAME.has(before.lower)) break;
        if (taken[start - 1]) {
          // Countries and places open a body's name ("British Rowing Federation"); people and offices do not.
          const owner = accepted.find((m) => m.tokenStart <= start - 1 && m.tokenEnd >= start);
          if (!owner || (owner.kind !== "COUNTRY" && owner.kind !== "PLACE")) break;
          if (owner.kind === "COUNTRY") iso3 ??= owner.iso3;
          replaces.push(owner);
          start = owner.tokenStart;
          continue;
        }
        start--;
      }
      // A body's name has at least two words ("Party" alone is a common noun); the first is not a possessive.
      if (i - start < 1 || isPossessive(tokens[start]!)) continue;
      if (start === 0 && i - start < 2) continue; // "Union leaders said": a sentence opening with the word alone
      const base = span(sentence, start, i + 1, text);
      found.push({ mention: { kind: "ORGANIZATION", entry: { name: base.text, aliases: [], category: "OTHER", ...(iso3 ? { countryIso3: iso3 } : {}) }, ...base }, replaces });
    }
    return found;
  },
};

function isPossessive(token: Token): boolean {
  return /^('|’|'s|’s)$/.test(token.text);
}
