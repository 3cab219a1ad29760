/**
 * The actor knowledge base's data model: people, their other names and the offices they held,
 * with dates and the provenance of every fact. Built by `npm run build:actors`
 * (scripts/build-actors.ts) into knowledge/actors.json; read-only at run time.
 */

/** What kind of office, for descriptors ("the Russian foreign minister") and for the country rule. */
export type OfficeCategory =
  | "HEAD_OF_STATE"
  | "HEAD_OF_GOVERNMENT"
  | "DEPUTY_HEAD"
  | "FOREIGN_MINISTER"
  | "DEFENCE_MINISTER"
  | "MINISTER"
  | "SECURITY"
  | "AMBASSADOR"
  | "ENVOY"
  | "MONARCH"
  | "IGO_HEAD"
  | "OTHER";

export const OFFICE_CATEGORIES: readonly OfficeCategory[] = [
  "HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "DEPUTY_HEAD", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "MINISTER",
  "SECURITY", "AMBASSADOR", "ENVOY", "MONARCH", "IGO_HEAD", "OTHER",
];

/** Bodies whose offices belong to no state (the build's `country` column may name them). */
export const IGO_BODIES = ["EU", "NATO", "UN"] as const;
export type IgoBody = (typeof IGO_BODIES)[number];

/** One span of one person in one role. */
export interface KbTenure {
  /** ISO3 of the state, or EU / NATO / UN. */
  country: string;
  /** Office title ("Foreign Minister"), when the source names the office. */
  office?: string;
  category?: OfficeCategory;
  /**
   * When the source gives only a role (Phoenix/PETRARCH: GOV government, ELI elite, MIL military,
   * LEG legislature, OPP opposition …), that code; such a tenure says "in government" but not which office.
   */
  role?: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; absent = unknown start. */
  from?: string;
  /** Same forms; absent = still held (or unknown end when `open` is false). */
  to?: string;
  /** The source's own remark on the tenure ("Foreign Minister", "acting"). */
  note?: string;
  /** News calls this person "the <country> leader" during this tenure. */
  leader?: boolean;
  /** Where the fact comes from: `parley:<file>:<line>`, `petrarch2:<file>:<line>`, `ifg:appointment:<id>`, `user:<file>:<line>`. */
  source: string;
}

export interface KbPerson {
  /** The name English-language news most often uses; the person's id is built from it. */
  name: string;
  /** Other full names and spellings. */
  otherNames: string[];
  gender?: "M" | "F";
  /** Countries (ISO3) the person acts for, from their tenures. */
  countries: string[];
  tenures: KbTenure[];
  /** Where the person's record comes from (the sources of its rows). */
  sources: string[];
}

/** knowledge/actors.json */
export interface ActorFile {
  format: "parley-actors/1";
  /** Licences and attributions of the sources, kept with the data. */
  attribution: string[];
  /** What the build changed in the sources. */
  changes: string[];
  builtFrom: Record<string, string>;
  people: KbPerson[];
}
