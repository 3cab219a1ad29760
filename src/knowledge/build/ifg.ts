import { parse } from "csv-parse/sync";
import { type KbPerson, type KbTenure, type OfficeCategory } from "../actor-types.js";

/**
 * Reads the Institute for Government Ministers Database (CC BY 4.0): every UK minister since 1979
 * with day-exact appointments. Ministerial ranks only (prime minister, cabinet, ministers of state,
 * under-secretaries); whips and lords-in-waiting are parliamentary posts and are left out. A post
 * name that Parley's office gazetteer knows takes its title ("Secretary of State for Foreign and
 * Commonwealth Affairs" → "Foreign Secretary"); others keep the database's name.
 */
export interface IfgFiles {
  person: string;
  post: string;
  appointment: string;
}

type Rows = Record<string, string>[];
const read = (content: string): Rows => parse(content, { columns: true, skip_empty_lines: true }) as Rows;

const RANKS = new Set(["PM", "DPM", "SoS", "MoS", "PUSS"]);
/** Styles of the peerage and knighthood: a name with one is never the person's canonical name. */
const STYLED = /^(Lord|Baroness|Lady|Sir|Dame|Viscount|Earl|Countess|Duke|Marquess)\b/;

/** `titleOfPost` maps a post name to Parley's title, or returns undefined to keep the post's own name. */
export function parseIfg(files: IfgFiles, titleOfPost: (post: string) => string | undefined): KbPerson[] {
  const posts = new Map(read(files.post).map((p) => [p.id!, p]));
  const names = new Map<string, Rows>();
  for (const row of read(files.person)) names.set(row.id!, [...(names.get(row.id!) ?? []), row]);
  const people = new Map<string, KbPerson>();
  for (const appointment of read(files.appointment)) {
    const post = posts.get(appointment.post_id!);
    if (!post || !RANKS.has(post.rank_equivalence!)) continue;
    const rows = names.get(appointment.person_id!) ?? [];
    if (rows.length === 0) continue;
    let person = people.get(appointment.person_id!);
    if (!person) {
      // The name the person goes by now: the plain (unstyled) name with no end date, else the one used last.
      const plain = rows.filter((r) => !STYLED.test(r.name!));
      const byRecency = [...(plain.length > 0 ? plain : rows)].sort((a, b) => (a.end_date || "9999").localeCompare(b.end_date || "9999") || (a.start_date || "").localeCompare(b.start_date || ""));
      const canonical = byRecency.at(-1)!.name!;
      const gender = rows[0]!.gender === "M" || rows[0]!.gender === "F" ? (rows[0]!.gender as "M" | "F") : undefined;
      person = {
        name: canonical,
        otherNames: [...new Set(rows.map((r) => r.name!).filter((n) => n !== canonical))],
        ...(gender ? { gender } : {}),
        countries: ["GBR"],
        tenures: [],
        sources: [`ifg:person:${appointment.person_id}`],
      };
      people.set(appointment.person_id!, person);
    }
    const office = titleOfPost(post.name!) ?? post.name!;
    const category = categoryOf(post.rank_equivalence!, office);
    const tenure: KbTenure = {
      country: "GBR",
      office,
      category,
      ...(appointment.start_date ? { from: appointment.start_date } : {}),
      ...(appointment.end_date ? { to: appointment.end_date } : {}),
      ...(post.rank_equivalence === "PM" ? { leader: true } : {}),
      source: `ifg:appointment:${appointment.id}`,
    };
    person.tenures.push(tenure);
  }
  return [...people.values()];
}

function categoryOf(rank: string, office: string): OfficeCategory {
  if (rank === "PM") return "HEAD_OF_GOVERNMENT";
  if (rank === "DPM") return "DEPUTY_HEAD";
  if (office === "Foreign Secretary") return "FOREIGN_MINISTER";
  if (office === "Defence Secretary") return "DEFENCE_MINISTER";
  return "MINISTER";
}
