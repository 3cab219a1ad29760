import { createHash } from "node:crypto";

/**
 * Deterministic node ids (DESIGN §2): the same fact ingested twice, or from two articles,
 * lands on the same id, which is what makes ingestion an idempotent upsert.
 */

/** Lower-case ASCII slug: accents folded, anything but letters and digits becomes one hyphen. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function requireSlug(kind: string, text: string): string {
  const slug = slugify(text);
  if (!slug) throw new RangeError(`cannot build a ${kind} id from ${JSON.stringify(text)}: it has no letters or digits`);
  return slug;
}

function requireIso3(code: string): string {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) throw new RangeError(`not an ISO 3166-1 alpha-3 code: ${JSON.stringify(code)}`);
  return upper;
}

/** Initials are folded so "J.D. Vance" and "JD Vance" are one person. */
export const personId = (fullName: string): string =>
  `person:${requireSlug("person", fullName.replace(/\b(?:\p{Lu}\.){2,}/gu, (initials) => initials.replace(/\./g, "")))}`;
export const countryId = (iso3: string): string => `country:${requireIso3(iso3)}`;
export const officeId = (countryIso3: string, title: string): string =>
  `office:${requireIso3(countryIso3)}:${requireSlug("office", title)}`;
export const organizationId = (name: string): string => `org:${requireSlug("organization", name)}`;
export const placeId = (countryIso3: string | undefined, name: string): string =>
  `place:${countryIso3 ? requireIso3(countryIso3) : "XXX"}:${requireSlug("place", name)}`;

/** The ISO alpha-3 code inside a `country:XXX` id, or undefined. */
export function iso3OfCountryId(id: string): string | undefined {
  const match = /^country:([A-Z]{3})$/.exec(id);
  return match?.[1];
}

export function shortHash(text: string, hexDigits = 16): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, hexDigits);
}

/** `article:<sha256 of the cleaned text, 16 hex>` — the same body from two URLs is one article. */
export const articleId = (cleanedText: string): string => `article:${shortHash(cleanedText)}`;

/**
 * `event:<hash>` of the type, the sorted key participants and a date bucket. The bucket is the
 * event's date when known; an undated event is bucketed by the month it was reported in, so two
 * reports of one undated plan merge while a plan from another year does not.
 */
export function eventId(type: string, participantIds: readonly string[], dateBucket: string): string {
  const sorted = [...new Set(participantIds)].sort();
  return `event:${shortHash([type, sorted.join(","), dateBucket].join("|"))}`;
}
