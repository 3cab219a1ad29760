import { isGivenName } from "../../../gazetteer/index.js";
import { type Token } from "../../02-sentences.js";
import { NEVER_NAME, span, type Candidate, type MentionFamily } from "../family.js";
import { type Mention } from "../types.js";

/**
 * Names of bodies the gazetteer does not know, by their last word: "Kurdistan Workers' Party",
 * "Transport Workers' Union", "Acme Holdings", "British Rowing Federation" (a country or place word
 * before the run belongs to the name and gives the body its country).
 */
export const ORGANIZATION_SUFFIX = /^(Inc|Inc\.|Co|Co\.|Corp|Corp\.|Corporation|Ltd|Ltd\.|Limited|PLC|Plc|AG|SA|NV|GmbH|Group|Holdings|Bank|Airlines|Airways|Motors|Industries|Federation|Association|Union|League|Council|Committee|Commission|Ministry|Department|Agency|Institute|University|Party|Front|Movement|Army|Navy|Police|Court|Parliament|Assembly|Congress|Foundation|Fund|Authority|Board|Exchange|Organisation|Organization|Society|Center|Centre|Service|Office|Trust|Network|Alliance|Coalition|Bureau|Brigade|Brigades|Corps|Guard|Guards|Forces|Council)$/;
const NAME_PART = /^\p{Lu}[\p{L}’'.-]*$/u;
const JOINER = /^(&|and)$/;

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
        // "Harlow & Finch Co", "Bus and Tram Drivers Union": a joiner between two capitalised words of the name.
        if (JOINER.test(before.text) && start < i && joinsName(tokens, start - 2, before.text === "&") && !taken[start - 2] && !taken[start - 1]) {
          start -= 2;
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
      // "Farmers Bank of Kenya": a country named right after "of" closes the name and gives the body its country.
      let end = i + 1;
      const ofCountry = tokens[end]?.lower === "of" ? accepted.find((m) => m.kind === "COUNTRY" && m.via === "name" && m.tokenStart === end + 1) : undefined;
      if (ofCountry?.kind === "COUNTRY" && !NAME_PART.test(tokens[ofCountry.tokenEnd]?.text ?? "")) {
        end = ofCountry.tokenEnd;
        iso3 = ofCountry.iso3;
        replaces.push(ofCountry);
      }
      const base = span(sentence, start, end, text);
      found.push({ mention: { kind: "ORGANIZATION", entry: { name: base.text, aliases: [], category: "OTHER", ...(iso3 ? { countryIso3: iso3 } : {}) }, ...base }, replaces });
    }
    return found;
  },
};

/**
 * Whether token k opens the part of a name before a joiner: any capitalised word before "&"; before "and" only a
 * lone word that is no given name ("Bus and Tram …", not "Jane Roe and Transport Workers' Union").
 */
function joinsName(tokens: readonly Token[], k: number, ampersand: boolean): boolean {
  const word = tokens[k];
  if (!word || !NAME_PART.test(word.text) || NEVER_NAME.has(word.lower)) return false;
  const previous = tokens[k - 1];
  return ampersand || (!isGivenName(word.text) && !(previous && NAME_PART.test(previous.text) && !NEVER_NAME.has(previous.lower)));
}

function isPossessive(token: Token): boolean {
  return /^('|’|'s|’s)$/.test(token.text);
}
