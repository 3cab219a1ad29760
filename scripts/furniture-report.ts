/**
 * Page-furniture report (issue #11): runs the clean stage over the 2015–2020 news corpus and the
 * seed page in ../shared and prints, per furniture family, how many lines were dropped or had
 * widget text stripped, the time it took, a repeatable random sample of dropped lines and one of
 * kept short lines for a spot-check, and the events extracted from the seed page.
 *
 *   npx tsx scripts/furniture-report.ts [--sample 50] [--seed 11] [--all-dropped] [--family NAME]
 *
 * Third-party text is printed to the terminal only: never redirect this output into the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractArticle } from "../src/extract/pipeline.js";
import { traceCleaning, type LineTrace } from "../src/extract/stages/01-clean.js";
import { parseSeedFile } from "../src/server/seed-loader.js";

const SHARED = resolve(import.meta.dirname, "..", "..", "shared");
const CORPUS = join(SHARED, "corpus", "news-2015-2020");
const SEEDS = join(SHARED, "seeds");

interface Options {
  sample: number;
  seed: number;
  allDropped: boolean;
  family?: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sample: 50, seed: 11, allDropped: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--sample") options.sample = Number(argv[++i]);
    else if (arg === "--seed") options.seed = Number(argv[++i]);
    else if (arg === "--all-dropped") options.allDropped = true;
    else if (arg === "--family") options.family = argv[++i];
    else throw new Error(`unknown option ${arg} (expected --sample N, --seed N, --all-dropped, --family NAME)`);
  }
  if (!Number.isInteger(options.sample) || options.sample < 0) throw new Error("--sample takes a whole number");
  return options;
}

/** mulberry32: a small seeded generator, so the spot-check sample is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleOf<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

interface Article {
  file: string;
  text: string;
  publishedAt?: string;
}

function readArticles(dir: string, pattern: RegExp): Article[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => {
      const parsed = parseSeedFile(readFileSync(join(dir, name), "utf8"), name);
      return { file: name, text: parsed.text ?? "", ...(parsed.publishedAt ? { publishedAt: parsed.publishedAt } : {}) };
    });
}

/** The seed page has no header: it is the raw scraped body, with its metadata in a JSON beside it. */
function readSeedPages(): Article[] {
  if (!existsSync(SEEDS)) return [];
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const meta = join(SEEDS, name.replace(/\.txt$/, ".json"));
      const publishedAt = existsSync(meta) ? (JSON.parse(readFileSync(meta, "utf8")) as { publishedAt?: string }).publishedAt : undefined;
      return { file: name, text: readFileSync(join(SEEDS, name), "utf8"), ...(publishedAt ? { publishedAt } : {}) };
    });
}

interface Tally {
  linesIn: number;
  kept: number;
  dropped: Map<string, number>;
  stripped: Map<string, number>;
}

function tally(traces: readonly LineTrace[], into: Tally): void {
  for (const trace of traces) {
    into.linesIn++;
    if (trace.droppedBy) into.dropped.set(trace.droppedBy, (into.dropped.get(trace.droppedBy) ?? 0) + 1);
    else into.kept++;
    for (const family of trace.strippedBy) into.stripped.set(family, (into.stripped.get(family) ?? 0) + 1);
  }
}

function printTally(label: string, t: Tally): void {
  const droppedTotal = [...t.dropped.values()].reduce((a, b) => a + b, 0);
  console.log(`\n## ${label}: lines in ${t.linesIn}, kept ${t.kept}, dropped ${droppedTotal} (${((100 * droppedTotal) / Math.max(1, t.linesIn)).toFixed(1)} %)`);
  const families = new Set([...t.dropped.keys(), ...t.stripped.keys()]);
  console.log(`${"family".padEnd(14)} ${"dropped".padStart(8)} ${"stripped".padStart(9)}`);
  for (const family of [...families].sort((a, b) => (t.dropped.get(b) ?? 0) - (t.dropped.get(a) ?? 0))) {
    console.log(`${family.padEnd(14)} ${String(t.dropped.get(family) ?? 0).padStart(8)} ${String(t.stripped.get(family) ?? 0).padStart(9)}`);
  }
}

const clip = (text: string, max = 220): string => (text.length > max ? `${text.slice(0, max)}…` : text);

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const corpus = readArticles(CORPUS, /^\d{3}-.*\.txt$/);
  const seeds = readSeedPages();
  if (corpus.length === 0 && seeds.length === 0) {
    console.log(`skipped: ${CORPUS} and ${SEEDS} are absent (third-party text is read from ../shared at run time)`);
    return;
  }

  const corpusTally: Tally = { linesIn: 0, kept: 0, dropped: new Map(), stripped: new Map() };
  const dropped: { file: string; trace: LineTrace }[] = [];
  const keptShort: { file: string; trace: LineTrace }[] = [];
  const stripped: { file: string; trace: LineTrace }[] = [];
  for (const article of corpus) {
    const traces = traceCleaning(article.text);
    tally(traces, corpusTally);
    for (const trace of traces) {
      if (trace.droppedBy) dropped.push({ file: article.file, trace });
      else if (trace.line.split(/\s+/).length <= 12) keptShort.push({ file: article.file, trace });
      if (trace.strippedBy.length) stripped.push({ file: article.file, trace });
    }
  }

  // Speed: the clean stage alone, warm, over the whole corpus; the median pass, since other work shares the machine.
  const words = corpus.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0);
  for (const article of corpus) traceCleaning(article.text);
  const rounds = 9;
  const passes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (const article of corpus) traceCleaning(article.text);
    passes.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const ms = passes.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;

  console.log(`# Page furniture on ${corpus.length} articles of ${CORPUS}`);
  printTally("corpus", corpusTally);
  console.log(
    `\nspeed: ${(ms / Math.max(1, corpus.length)).toFixed(3)} ms per article, ${Math.round(words / (ms / 1000)).toLocaleString("en")} words/s ` +
      `(${words.toLocaleString("en")} words, median of ${rounds} warm passes)`,
  );

  const random = seededRandom(options.seed);
  const pick = options.family ? dropped.filter((d) => d.trace.droppedBy === options.family) : dropped;
  if (options.allDropped) {
    console.log(`\n## every dropped line${options.family ? ` (${options.family})` : ""}: ${pick.length}`);
    for (const { file, trace } of pick) console.log(`${file.slice(0, 3)} [${trace.droppedBy}] ${clip(trace.line)}`);
  }
  console.log(`\n## random sample of ${Math.min(options.sample, pick.length)} dropped lines (seed ${options.seed}) — spot-check: is each one furniture?`);
  sampleOf(pick, options.sample, random).forEach(({ file, trace }, i) => console.log(`${String(i + 1).padStart(2)}. ${file.slice(0, 3)} [${trace.droppedBy}] ${clip(trace.line)}`));
  console.log(`\n## random sample of ${Math.min(options.sample, keptShort.length)} kept short lines (≤ 12 words) — spot-check: is any of them furniture?`);
  sampleOf(keptShort, options.sample, random).forEach(({ file, trace }, i) => console.log(`${String(i + 1).padStart(2)}. ${file.slice(0, 3)} ${clip(trace.kept ?? "")}`));
  console.log(`\n## lines with widget text stripped inside them: ${stripped.length} (first 10)`);
  for (const { file, trace } of stripped.slice(0, 10)) console.log(`${file.slice(0, 3)} [${trace.strippedBy.join(",")}] ${clip(trace.kept ?? `(dropped by ${trace.droppedBy})`, 300)}`);

  for (const seed of seeds) {
    const traces = traceCleaning(seed.text);
    const seedTally: Tally = { linesIn: 0, kept: 0, dropped: new Map(), stripped: new Map() };
    tally(traces, seedTally);
    printTally(`seed page ${seed.file}`, seedTally);
    for (const trace of traces) if (trace.droppedBy) console.log(`  [${trace.droppedBy}] ${clip(trace.line, 140)}`);
    const graph = extractArticle({ text: seed.text, ...(seed.publishedAt ? { publishedAt: seed.publishedAt } : {}) });
    console.log(`  events extracted: ${graph.events.length} — each with the sentence it comes from:`);
    for (const event of graph.events) {
      const quote = event.evidence.map((e) => graph.sentences[e.sentence]?.text ?? e.quote)[0] ?? "";
      console.log(`  ${event.type} ${event.status} ${event.date?.value ?? "-"} ${event.participants.map((p) => p.entityId).join(" + ")} ← ${clip(quote, 120)}`);
    }
  }
}

main();
