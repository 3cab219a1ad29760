/**
 * People report (issue #14): runs the extractor over every article of the BBC politics corpus in
 * ../shared and prints
 *  - the one-word PERSON entities (a single word as name and in every alias), with their count
 *    among all persons — to be checked by hand for words that are not names;
 *  - tenures whose office is not a state office a reader would accept: an office id whose title is a
 *    party or committee post (a chair, leader, spokesperson or whip of a party or committee);
 *  - how many persons were linked to the actor knowledge base.
 *
 *   npx tsx scripts/people-report.ts [--corpus DIR]
 *
 * Third-party text is printed to the terminal only: never redirect this output into the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractArticle } from "../src/extract/pipeline.js";
import { actorKnowledge } from "../src/knowledge/index.js";

const argv = process.argv.slice(2);
const corpusAt = argv.indexOf("--corpus");
const CORPUS = corpusAt >= 0 ? resolve(argv[corpusAt + 1]!) : resolve(import.meta.dirname, "..", "..", "shared", "corpus", "bbc-news", "politics");
if (!existsSync(CORPUS)) {
  console.error(`people-report: no corpus at ${CORPUS}`);
  process.exit(2);
}

/** Titles parties and parliaments give, which are no office of the state. */
const PARTY_OR_COMMITTEE = /(party|committee|chair|chairman|chairwoman|spokes|whip|shadow|leader-of-the-opposition|general-secretary-of-the)/;

const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
const kb = actorKnowledge();
let persons = 0;
let linked = 0;
const oneWord = new Map<string, string[]>();
const partyPosts: string[] = [];
for (const file of files) {
  const graph = extractArticle({ text: readFileSync(join(CORPUS, file), "utf8") });
  for (const e of graph.entities) {
    if (e.kind !== "PERSON") continue;
    persons++;
    if (kb.byFullName(e.name).length > 0) linked++;
    if ([e.name, ...e.aliases].every((n) => !/\s/.test(n.trim()))) oneWord.set(e.name, [...(oneWord.get(e.name) ?? []), file]);
  }
  for (const t of graph.tenures) {
    const slug = t.officeId.split(":")[2] ?? "";
    if (PARTY_OR_COMMITTEE.test(slug)) partyPosts.push(`${file}: ${t.personId} ${t.officeId}`);
  }
}
const oneWordCount = [...oneWord.values()].reduce((n, list) => n + list.length, 0);
console.log(`${files.length} articles, ${persons} person entities, ${linked} linked to the knowledge base by full name`);
console.log(`one-word persons: ${oneWordCount} (${((100 * oneWordCount) / Math.max(1, persons)).toFixed(2)} % of persons), ${oneWord.size} distinct:`);
for (const [name, where] of [...oneWord].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) console.log(`  ${name}  ×${where.length}  (${where.slice(0, 3).join(", ")})`);
console.log(`tenures in party or committee posts: ${partyPosts.length}`);
for (const line of partyPosts) console.log(`  ${line}`);
