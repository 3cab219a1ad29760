import { LOCAL_POSTS, OFFICE_TITLES, officeTitlesByForm, type OfficeTitleEntry } from "../extract/gazetteer/offices.js";
import { type OfficeCategory } from "./actor-types.js";
import { slugify } from "../domain/ids.js";

/**
 * Office titles as the knowledge base files them: Parley's canonical title (the office gazetteer's,
 * so an office read in text and one from the knowledge base share an id) and a category that says
 * what the office is for descriptors ("the Russian foreign minister") and for the country rule.
 */
const FOREIGN = new Set(["Foreign Minister", "Secretary of State", "Foreign Secretary", "External Affairs Minister"]);
const DEFENCE = new Set(["Defence Minister", "Secretary of Defense", "Defence Secretary"]);
const IGO = new Set(["EU", "NATO", "UN"]);

/** The knowledge base's category for a gazetteer title held in `country` (ISO3 or EU/NATO/UN). */
export function categoryOfTitle(entry: Pick<OfficeTitleEntry, "title" | "category">, country: string): OfficeCategory {
  if (FOREIGN.has(entry.title)) return "FOREIGN_MINISTER";
  if (DEFENCE.has(entry.title)) return "DEFENCE_MINISTER";
  if (IGO.has(country) && /^(Secretary-General|President of the European Commission|President of the European Council|High Representative for Foreign Affairs|President of the European Parliament)$/.test(entry.title)) return "IGO_HEAD";
  switch (entry.category) {
    case "HEAD_OF_STATE":
    case "HEAD_OF_GOVERNMENT":
    case "DEPUTY_HEAD":
    case "MINISTER":
    case "SECURITY":
    case "AMBASSADOR":
    case "ENVOY":
    case "MONARCH":
      return entry.category;
    default:
      return "OTHER";
  }
}

/**
 * Parley's title and category for a title phrase written in a source ("foreign minister",
 * "russian foreign minister", "Secretary of State for Foreign and Commonwealth Affairs"): the longest
 * gazetteer form the phrase ends with. Undefined when no form fits.
 */
export function officeOfPhrase(phrase: string, country: string): { title: string; category: OfficeCategory } | undefined {
  const words = phrase.toLowerCase().replace(/[_]+/g, " ").replace(/\s+/g, " ").trim().split(" ");
  const forms = officeTitlesByForm();
  for (let start = 0; start < words.length; start++) {
    const entry = forms.get(words.slice(start).join(" "));
    if (!entry) continue;
    if (entry.countries && /^[A-Z]{3}$/.test(country) && !entry.countries.includes(country)) return undefined;
    return { title: entry.title, category: categoryOfTitle(entry, country) };
  }
  return undefined;
}

/**
 * The country rule's office check. A country takes part in an event directly (it is a participant)
 * or through a participant acting for it: the holder, at the time, of an office of that state's
 * executive or diplomatic service. Legislators, party posts, local and regional posts, courts and
 * ceremonial roles do not make a state a party to an international contact.
 */
const NOT_ACTING_FOR_STATE = new Set([
  "Party Leader", "Governor", "Mayor", "Chief Justice", "First Lady", "Chairman", "Chief Executive", "Chief Minister", "First Minister",
]);

/** Whether the holder of an office with this gazetteer title acts for its state (see NOT_ACTING_FOR_STATE). */
export function officeTitleActsForState(entry: Pick<OfficeTitleEntry, "title" | "category">): boolean {
  return entry.category !== "LEGISLATOR" && !NOT_ACTING_FOR_STATE.has(entry.title) && !LOCAL_POSTS.has(entry.title);
}

let nonStateSlugs: readonly string[] | undefined;

/**
 * The title slugs (the part of `office:<ISO3>:<slug>` after the country) of offices whose holders do
 * not act for their state, sorted: what both stores' involvement statements leave out. An office
 * the gazetteer does not list (a title read from text, "Overseas Aid Minister") counts.
 */
export function officeSlugsNotActingForState(): readonly string[] {
  nonStateSlugs ??= [...new Set(OFFICE_TITLES.filter((entry) => !officeTitleActsForState(entry)).map((entry) => slugify(entry.title)))].sort();
  return nonStateSlugs;
}
