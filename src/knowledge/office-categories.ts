import { officeTitlesByForm, type OfficeTitleEntry } from "../extract/gazetteer/offices.js";
import { type OfficeCategory } from "./actor-types.js";

/**
 * Office titles as the knowledge base files them: Parley's canonical title (the office gazetteer's,
 * so an office read in text and one from the knowledge base share an id) and a category that says
 * what the office is for descriptors ("the Russian foreign minister"); the country rule's own check is
 * officeTitleActsForState in the office gazetteer.
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
