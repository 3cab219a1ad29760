import { parse } from "csv-parse/sync";
import { ParleyError, precisionOf } from "../domain/index.js";
import { IGO_BODIES, OFFICE_CATEGORIES, type KbPerson, type KbTenure, type OfficeCategory } from "./actor-types.js";

/**
 * The actor CSV format (knowledge/compiled/README.md): one row per tenure,
 * `name,other_names,gender,country,office,category,from,to,leader,note`. Used for the project's own
 * compiled facts and for a user's file (`PARLEY_ACTORS_FILE`), merged over the shipped actors.
 */
export const ACTOR_CSV_COLUMNS = ["name", "other_names", "gender", "country", "office", "category", "from", "to", "leader", "note"] as const;

/** An actor CSV file is malformed; the message names the file, the line and the column. */
export class ActorFileError extends ParleyError {
  readonly code = "BAD_ACTOR_FILE";
}

type Row = Record<(typeof ACTOR_CSV_COLUMNS)[number], string>;

/**
 * Reads an actor CSV into people (rows of one `name` become one person). `sourcePrefix` names the
 * file in every tenure's provenance (`parley:asia.csv`, `user:my-actors.csv`). Throws ActorFileError
 * listing every bad row.
 */
export function parseActorCsv(content: string, sourcePrefix: string): KbPerson[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content.replace(/^\uFEFF/, ""), { relax_column_count: false, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw new ActorFileError(`${sourcePrefix}: not CSV (${(error as Error).message})`, { file: sourcePrefix });
  }
  const header = records[0]?.record;
  const rows = records.slice(1);
  if (!header || header.join(",") !== ACTOR_CSV_COLUMNS.join(",")) {
    throw new ActorFileError(`${sourcePrefix}: the header must be exactly ${ACTOR_CSV_COLUMNS.join(",")}, got ${header?.join(",") ?? "nothing"}`, { file: sourcePrefix });
  }
  const problems: string[] = [];
  const people = new Map<string, KbPerson>();
  rows.forEach(({ record: cells, info }) => {
    // The line the row ends on, as an editor shows it (blank lines and quoted line breaks counted).
    const line = info.lines;
    const row = Object.fromEntries(ACTOR_CSV_COLUMNS.map((c, k) => [c, cells[k] ?? ""])) as Row;
    const bad = rowProblems(row);
    if (bad.length > 0) {
      problems.push(`line ${line}: ${bad.join("; ")}`);
      return;
    }
    const person = people.get(row.name) ?? { name: row.name, otherNames: [], countries: [], tenures: [], sources: [] };
    for (const other of row.other_names.split("|").map((n) => n.trim()).filter(Boolean)) {
      if (other !== person.name && !person.otherNames.includes(other)) person.otherNames.push(other);
    }
    if (row.gender === "M" || row.gender === "F") person.gender = row.gender;
    const source = `${sourcePrefix}:${line}`;
    const tenure: KbTenure = {
      country: row.country,
      ...(row.office ? { office: row.office } : {}),
      ...(row.category ? { category: row.category as OfficeCategory } : {}),
      ...(row.from ? { from: row.from } : {}),
      ...(row.to ? { to: row.to } : {}),
      ...(row.leader === "Y" ? { leader: true } : {}),
      ...(row.note ? { note: row.note } : {}),
      source,
    };
    person.tenures.push(tenure);
    if (/^[A-Z]{3}$/.test(row.country) && !person.countries.includes(row.country)) person.countries.push(row.country);
    if (!person.sources.includes(sourcePrefix)) person.sources.push(sourcePrefix);
    people.set(row.name, person);
  });
  if (problems.length > 0) {
    throw new ActorFileError(`${sourcePrefix}: ${problems.length} bad row(s):\n  ${problems.slice(0, 20).join("\n  ")}`, { file: sourcePrefix, problems });
  }
  return [...people.values()];
}

function rowProblems(row: Row): string[] {
  const bad: string[] = [];
  if (!/\p{L}/u.test(row.name)) bad.push("name is empty");
  if (row.gender && row.gender !== "M" && row.gender !== "F") bad.push(`gender must be M, F or empty, got ${JSON.stringify(row.gender)}`);
  if (!/^[A-Z]{3}$/.test(row.country) && !(IGO_BODIES as readonly string[]).includes(row.country)) bad.push(`country must be an ISO 3166-1 alpha-3 code or ${IGO_BODIES.join("/")}, got ${JSON.stringify(row.country)}`);
  if (!row.office) bad.push("office is empty");
  if (row.category && !(OFFICE_CATEGORIES as readonly string[]).includes(row.category)) bad.push(`category must be one of ${OFFICE_CATEGORIES.join(", ")}, got ${JSON.stringify(row.category)}`);
  for (const column of ["from", "to"] as const) {
    if (row[column] && !precisionOf(row[column])) bad.push(`${column} must be YYYY-MM-DD, YYYY-MM or YYYY, got ${JSON.stringify(row[column])}`);
  }
  if (row.from && row.to && precisionOf(row.from) && precisionOf(row.to) && row.to.slice(0, row.from.length) < row.from.slice(0, row.to.length)) bad.push(`to (${row.to}) is before from (${row.from})`);
  if (row.leader && row.leader !== "Y") bad.push(`leader must be Y or empty, got ${JSON.stringify(row.leader)}`);
  return bad;
}
