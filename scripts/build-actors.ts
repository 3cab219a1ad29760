/**
 * Builds knowledge/actors.json, the actor knowledge base Parley ships, from
 *  - knowledge/compiled/*.csv — facts the project compiled itself (2015–2025 and earlier leaders);
 *  - ../shared/knowledge/ifg-ministers — Institute for Government Ministers Database (CC BY 4.0);
 *  - ../shared/knowledge/petrarch2 — Phoenix/PETRARCH2 actor dictionaries (MIT).
 * Run with `npm run build:actors [-- --shared DIR] [--out FILE]`; prints what it read, merged and changed.
 * `--out` writes elsewhere than knowledge/actors.json (the reproducibility test builds into a temp file).
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseActorCsv } from "../src/knowledge/actor-csv.js";
import { type ActorFile } from "../src/knowledge/actor-types.js";
import { parseIfg } from "../src/knowledge/build/ifg.js";
import { mergeSources } from "../src/knowledge/build/merge.js";
import { parsePetrarch } from "../src/knowledge/build/petrarch.js";
import { officeOfPhrase } from "../src/knowledge/office-categories.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sharedArg = process.argv.indexOf("--shared");
const shared = resolve(sharedArg > 0 ? process.argv[sharedArg + 1]! : join(root, "..", "shared", "knowledge"));
const compiledDir = join(root, "knowledge", "compiled");
const outArg = process.argv.indexOf("--out");
const out = outArg > 0 ? resolve(process.argv[outArg + 1]!) : join(root, "knowledge", "actors.json");

const compiledFiles = readdirSync(compiledDir).filter((f) => f.endsWith(".csv")).sort();
const compiled = compiledFiles.flatMap((f) => parseActorCsv(readFileSync(join(compiledDir, f), "utf8"), `parley:${f}`));
// Two compiled files may name the same person (a leader before and after 2015): one record, when they share a country.
const byName = new Map<string, (typeof compiled)[number]>();
for (const p of compiled) {
  const key = `${p.name}|${p.countries.join(",")}`;
  const seen = byName.get(p.name) ?? byName.get(key);
  if (seen && !seen.countries.some((c) => p.countries.includes(c)) && seen.countries.length > 0 && p.countries.length > 0) {
    byName.set(key, p);
    continue;
  }
  if (!seen) byName.set(p.name, p);
  else {
    seen.otherNames.push(...p.otherNames.filter((n) => !seen.otherNames.includes(n)));
    seen.tenures.push(...p.tenures);
    seen.countries.push(...p.countries.filter((c) => !seen.countries.includes(c)));
    seen.sources.push(...p.sources.filter((s) => !seen.sources.includes(s)));
    seen.gender ??= p.gender;
  }
}

const ifgDir = join(shared, "ifg-ministers");
const ifg = parseIfg(
  { person: readFileSync(join(ifgDir, "person.csv"), "utf8"), post: readFileSync(join(ifgDir, "post.csv"), "utf8"), appointment: readFileSync(join(ifgDir, "appointment.csv"), "utf8") },
  (post) => officeOfPhrase(post, "GBR")?.title,
);

const petrarchDir = join(shared, "petrarch2");
const petrarchFiles = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"];
const petrarch = petrarchFiles.map((f) => parsePetrarch(readFileSync(join(petrarchDir, f), "latin1"), f));

const merged = mergeSources([...byName.values()], ifg, petrarch.flatMap((r) => r.people), officeOfPhrase);
const sum = (pick: (r: (typeof petrarch)[number]) => number): number => petrarch.reduce((s, r) => s + pick(r), 0);

const file: ActorFile = {
  format: "parley-actors/1",
  attribution: [
    "Contains the Phoenix actor dictionaries of the Open Event Data Alliance (github.com/openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf), MIT licence, Copyright (c) 2014 Open Event Data Alliance. Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.",
    "Contains data from the Institute for Government Ministers Database (github.com/instituteforgov/ifg-ministers-database-public, commit 92e227025645607913912d9d8312b7421a437bd3), licensed under CC BY 4.0 (creativecommons.org/licenses/by/4.0/); changes: selected posts and fields, converted format.",
    "Contains facts compiled by the Parley project (knowledge/compiled/*.csv), MIT licence.",
  ],
  changes: [
    "Phoenix: people only (country, group and organisation blocks left out); names title-cased and stripped of titles; titled aliases and tenure comments mapped to Parley office titles where unambiguous; undated roles dropped.",
    `Phoenix: ${sum((r) => r.droppedDates)} malformed or reversed dates dropped with their ranges (none guessed); ${sum((r) => r.droppedCoarseRanges)} coarse duplicate ranges dropped beside a precise one of the same role.`,
    "Institute for Government: ministerial ranks only (PM, DPM, SoS, MoS, PUSS); post names mapped to Parley office titles where the office gazetteer knows them; Phoenix's GBR government ranges dropped for people the database covers.",
    `Merged: ${merged.mergedIntoCompiled} records joined to a compiled or IfG person by a shared full name and country; ${merged.mergedPetrarchDuplicates} Phoenix duplicates joined; offices from Phoenix comments ${merged.officesFromNotes}, from titled aliases ${merged.officesFromAliases}.`,
  ],
  builtFrom: {
    compiled: compiledFiles.join(", "),
    ifg: "ifg-ministers/{person,post,appointment}.csv",
    petrarch2: petrarchFiles.join(", "),
  },
  people: merged.people,
};
writeFileSync(out, JSON.stringify(file) + "\n");
const tenures = file.people.reduce((s, p) => s + p.tenures.length, 0);
console.log(`${out === join(root, "knowledge", "actors.json") ? "knowledge/actors.json" : out}: ${file.people.length} people, ${tenures} tenures (compiled ${byName.size}, IfG ${ifg.length}, Phoenix ${sum((r) => r.people.length)})`);
for (const change of file.changes) console.log(`  ${change}`);
