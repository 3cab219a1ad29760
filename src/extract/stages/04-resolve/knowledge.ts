import { categoryOfTitle } from "../../../knowledge/office-categories.js";
import { PROMINENT, tenureCovers, type Actor, type KbTenure } from "../../../knowledge/index.js";
import { type OfficeMention } from "../03-mentions/index.js";
import { type ResolveContext } from "./context.js";

/**
 * Choosing among the people the knowledge base offers for a name: the one active on the article's
 * date, the one holding the title the text gives, the one of a country the article names. When the
 * choice is not clear, none (an unknown person is better than a wrong one).
 */

/** Tenures of an actor that cover the article's date (all of them when the date is unknown). */
export function tenuresOn(actor: Actor, date: string | undefined): KbTenure[] {
  const found = date ? actor.tenures.filter((t) => tenureCovers(t, date)) : actor.tenures;
  // Curated sources first: Phoenix's ranges are coarser than the project's and the ministers database's.
  return [...found].sort((a, b) => Number(a.source.startsWith("petrarch2:")) - Number(b.source.startsWith("petrarch2:")));
}

export function isProminent(tenure: KbTenure): boolean {
  return !!tenure.leader || (!!tenure.category && PROMINENT.has(tenure.category));
}

/** Whether a tenure is the office a title names: the same title, the same category, or a government role without an office. */
export function tenureFitsTitle(tenure: KbTenure, office: OfficeMention): boolean {
  if (office.iso3 && tenure.country !== office.iso3) return false;
  if (tenure.office) {
    if (tenure.office.toLowerCase() === office.entry.title.toLowerCase()) return true;
    const category = categoryOfTitle(office.entry, tenure.country);
    return category !== "OTHER" && category === tenure.category;
  }
  return tenure.role === "GOV" || tenure.role === "IGO";
}

export interface ChooseOptions {
  title?: OfficeMention;
  /** Only people holding a prominent office (or any office fitting `title`) on the date qualify: for a surname alone. */
  requireOffice?: boolean;
}

export function chooseActor(candidates: readonly Actor[], context: ResolveContext, options: ChooseOptions = {}): Actor | undefined {
  let pool = [...new Set(candidates)];
  if (pool.length === 0) return undefined;
  const { date } = context;
  const { title } = options;
  if (title && !title.former) {
    const fitting = pool.filter((a) => tenuresOn(a, date).some((t) => tenureFitsTitle(t, title)));
    if (fitting.length > 0 || options.requireOffice) pool = fitting;
  }
  if (options.requireOffice && !title) {
    // A head of state or government on the date needs no country named beside the surname ("Trump said …" in 2019).
    const head = (a: Actor): boolean => !!date && tenuresOn(a, date).some((t) => t.leader || t.category === "HEAD_OF_STATE" || t.category === "HEAD_OF_GOVERNMENT");
    pool = pool.filter((a) => tenuresOn(a, date).some(isProminent) && (a.countries.length === 0 || a.countries.some((c) => context.countries.has(c)) || a.tenures.some((t) => !/^[A-Z]{3}$/.test(t.country)) || head(a)));
    // Without a date a surname may name any holder in history: only an unambiguous one of a country the article names.
    if (!date) pool = pool.filter((a) => a.countries.some((c) => context.countries.has(c)));
  }
  if (pool.length <= 1) return pool[0];
  if (date) {
    const active = pool.filter((a) => tenuresOn(a, date).length > 0);
    if (active.length === 1) return active[0];
    const prominent = (active.length > 0 ? active : pool).filter((a) => tenuresOn(a, date).some(isProminent));
    if (prominent.length === 1) return prominent[0];
  }
  const local = pool.filter((a) => a.countries.some((c) => context.countries.has(c)));
  return local.length === 1 ? local[0] : undefined;
}
