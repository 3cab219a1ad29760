import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { BadInputError } from "../../domain/index.js";
import { conllSummary, evaluateConll, formatConllReport, parseConll } from "../../eval/conll.js";
import { evaluateRams, formatRamsReport, parseRams, ramsSummary } from "../../eval/rams.js";
import { isNewsGold } from "../../eval/news-gold.js";
import { evaluateGold, formatGoldReport, goldFilesAt, goldSummary, loadGoldEntries } from "../../eval/run-gold.js";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Commander parser for counts (`--limit`, `--errors`): a whole number, at least `min`. */
function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number >= ${min}, got ${JSON.stringify(value)}`);
    return Number(value);
  };
}

/** Reads a corpus file, naming it (and where corpora live) when it is not there. */
async function readCorpus(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file (the corpora are read from ../shared/corpus and never copied into the repo)" : (error as Error).message;
    throw new BadInputError(`cannot read ${file}: ${why}`, { field: "FILE" });
  }
}

async function loadExtractor(): Promise<typeof import("../../extract/pipeline.js").extractArticle> {
  // Loaded on use so `--help` and usage errors work even while the extractor is broken.
  return (await import("../../extract/pipeline.js")).extractArticle;
}

/** Prints the report, the one-line JSON result last, and marks the run failed when the extractor threw (or, given `because`, for that reason). */
function finish(lines: string[], summary: unknown, failures: number, unit: string, because?: string): void {
  process.stdout.write(`${lines.join("\n")}\n${JSON.stringify(summary)}\n`);
  if (failures > 0) {
    process.stderr.write(`parley eval: ${because ?? `the extractor threw on ${failures} ${unit}; they are scored as misses`} (exit 1)\n`);
    process.exitCode = 1;
  }
}

function conllCommand(): Command {
  return new Command("conll")
    .description(
      "Score entity mentions against CoNLL-2003 (PER, LOC, ORG; exact span and type, micro-averaged) and measure words/s inside extractArticle. " +
        "The last line is JSON: {\"PER\":{p,r,f1},\"LOC\":…,\"ORG\":…,\"wordsPerSecond\":n}.",
    )
    .argument("<FILE>", "CoNLL-2003 file, e.g. ../shared/corpus/conll2003/valid.txt")
    .option("--limit <N>", "only the first N documents", wholeNumber(1))
    .option("--errors <K>", "print K example false positives and negatives per type", wholeNumber(0), 0)
    .action(async (file: string, options: { limit?: number; errors: number }) => {
      const documents = parseConll(await readCorpus(file), file).slice(0, options.limit);
      const report = evaluateConll(documents, await loadExtractor(), { errors: options.errors });
      finish(formatConllReport(report), conllSummary(report), report.failures.length, "document(s)");
    });
}

function ramsCommand(): Command {
  return new Command("rams")
    .description(
      "Score contact events against RAMS 1.0 (trigger recall and precision, argument recall; rules in src/eval/rams.ts). " +
        "The last line is JSON: {\"contact\":{\"triggerRecall\",\"triggerPrecision\",\"argumentRecall\"}}.",
    )
    .argument("<FILE>", "RAMS JSON-lines file, e.g. ../shared/corpus/rams/dev.jsonlines")
    .option("--limit <N>", "only the first N examples", wholeNumber(1))
    .option("--errors <K>", "print K examples of missed triggers, unaccepted predictions and missed arguments", wholeNumber(0), 0)
    .action(async (file: string, options: { limit?: number; errors: number }) => {
      const examples = parseRams(await readCorpus(file), file).slice(0, options.limit);
      const report = evaluateRams(examples, await loadExtractor(), { errors: options.errors });
      finish(formatRamsReport(report), ramsSummary(report), report.failures.length, "example(s)");
    });
}

function goldCommand(): Command {
  return new Command("gold")
    .description(
      "Score people, countries and contact events against the project's gold annotations ({ articles: GoldArticle[] }, as tests/extract/seed-gold.json). " +
        "The last line is JSON: {\"people\":{p,r,f1},\"countries\":…,\"events\":…}.",
    )
    .argument("<PATH>", "a gold JSON file, or a folder of them")
    .option("--errors [K]", "print each article's misses and extras (at most K per article; all when K is omitted)", wholeNumber(1))
    .action(async (path: string, options: { errors?: number | true }) => {
      const errors = options.errors === true ? Number.MAX_SAFE_INTEGER : (options.errors ?? 0);
      const files = heldOutSkipped(path, goldFilesAt(path));
      const news = files.filter((f) => isNewsGold(JSON.parse(readFileSync(f, "utf8"))));
      const classic = files.filter((f) => !news.includes(f));
      if (news.length > 0 && classic.length > 0) throw new BadInputError(`${path} mixes the modern-news gold format with the older one; score them separately`, { field: "PATH" });
      if (news.length > 0) {
        const { evaluateNews, formatNewsReport, newsEntries, newsSummary } = await import("../../eval/run-news-gold.js");
        const { actorKnowledge } = await import("../../knowledge/index.js");
        const report = evaluateNews(newsEntries(loadGoldEntries(news, REPO_ROOT)), await loadExtractor(), actorKnowledge());
        finish(formatNewsReport(report, errors), newsSummary(report), report.articles.filter((a) => a.failed).length, "article(s)");
        return;
      }
      const report = evaluateGold(loadGoldEntries(classic, REPO_ROOT), await loadExtractor());
      finish(formatGoldReport(report, errors), goldSummary(report), report.articles.filter((a) => a.failed).length, "article(s)");
    });
}

/**
 * Gold files in a folder, without the held-out ones (`heldout*.json`): those are scored only when named
 * on their own, so working on the dev set never looks at them by accident.
 */
function heldOutSkipped(path: string, files: string[]): string[] {
  if (files.length === 1) return files;
  const kept = files.filter((f) => !/^heldout/.test(basename(f)));
  if (kept.length < files.length) process.stderr.write(`parley eval: held-out gold skipped (${files.length - kept.length} file); name it to score it\n`);
  if (kept.length === 0) throw new BadInputError(`${path} holds only held-out gold; name the file to score it`, { field: "PATH" });
  return kept;
}

/** `parley eval conll|rams|gold`: extraction quality against gold annotations. */
function speedCommand(): Command {
  return new Command("speed")
    .description(
      "Words per second inside extractArticle over every .txt below DIR (duplicates by content skipped), e.g. the BBC corpus. " +
        'The last line is JSON: {"articles":n,"words":n,"seconds":s,"wordsPerSecond":n,"articlesPerSecond":n}.',
    )
    .argument("<DIR>", "a folder of articles, e.g. ../shared/corpus/bbc-news")
    .action(async (dir: string) => {
      const { measureSpeed } = await import("../../eval/speed.js");
      let report;
      try {
        report = measureSpeed(dir, await loadExtractor());
      } catch (error) {
        throw new BadInputError(`cannot read ${dir}: ${(error as Error).message} (the corpora are read from ../shared/corpus)`, { field: "DIR" });
      }
      const lines = [
        `speed: ${report.articles} articles (${report.duplicatesSkipped} duplicates skipped), ${report.words} words in ${report.seconds.toFixed(2)} s inside extractArticle`,
        `  ${report.wordsPerSecond} words/s, ${report.articlesPerSecond} articles/s`,
      ];
      const { failures, ...summary } = report;
      finish(lines, { ...summary, seconds: Number(summary.seconds.toFixed(3)) }, failures.length, "article(s)");
    });
}

function baselineCommand(): Command {
  return new Command("baseline")
    .description(
      "Measure every extraction figure held in tests/eval/baseline.json (news dev gold, BBC and seed golds, CoNLL, RAMS; corpora read from ../shared) " +
        "and compare: exit 1 when one fell by more than the tolerance. --write makes the measured figures the new baseline.",
    )
    .option("--write", "write the measured figures as the baseline")
    .action(async (options: { write?: boolean }) => {
      const { improvements, measureFigures, readBaseline, regressions, writeBaseline } = await import("../../eval/baseline.js");
      const { actorKnowledge } = await import("../../knowledge/index.js");
      const path = `${REPO_ROOT}tests/eval/baseline.json`;
      const baseline = readBaseline(path);
      const measured = measureFigures(REPO_ROOT, `${REPO_ROOT}../shared`, await loadExtractor(), actorKnowledge());
      const worse = regressions(baseline, measured);
      const better = improvements(baseline, measured);
      const lines = [...worse.map((w) => `worse  ${w}`), ...better.map((b) => `better ${b}`)];
      if (options.write) {
        writeBaseline(path, baseline, measured);
        lines.push(`wrote ${path}`);
      }
      finish(lines, measured, options.write ? 0 : worse.length, "figure(s)", `${worse.length} figure(s) below the baseline by more than its tolerance`);
    });
}

export function evalCommand(): Command {
  return new Command("eval")
    .description("Evaluate the extractor against gold annotations. Prints a readable report, then one JSON line with the scores.")
    .addCommand(conllCommand())
    .addCommand(ramsCommand())
    .addCommand(goldCommand())
    .addCommand(speedCommand())
    .addCommand(baselineCommand());
}
