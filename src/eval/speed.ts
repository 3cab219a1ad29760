import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readArticleFile, type ExtractFn } from "./run-gold.js";

/**
 * Extraction speed on a folder of articles (the BBC corpus): every `.txt` below it, duplicates by
 * content dropped (the BBC set holds 98 exact copies), timed inside the extractor only. Words are
 * whitespace-separated tokens of the body, as the corpus README counts them.
 */
export interface SpeedReport {
  articles: number;
  duplicatesSkipped: number;
  words: number;
  seconds: number;
  wordsPerSecond: number;
  articlesPerSecond: number;
  failures: { file: string; message: string }[];
}

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFiles(path);
      return name.endsWith(".txt") && name !== "README.TXT" ? [path] : [];
    });
}

/** Runs the extractor over every article below `dir`, one warm-up pass first so JIT start-up is not counted. */
export function measureSpeed(dir: string, extract: ExtractFn): SpeedReport {
  const seen = new Set<string>();
  const inputs: { file: string; input: ReturnType<typeof readArticleFile> }[] = [];
  let duplicatesSkipped = 0;
  for (const file of textFiles(dir)) {
    const input = readArticleFile(file);
    const hash = createHash("sha256").update(input.text ?? "").digest("hex");
    if (seen.has(hash)) {
      duplicatesSkipped++;
      continue;
    }
    seen.add(hash);
    inputs.push({ file, input });
  }
  for (const { input } of inputs.slice(0, 20)) extract(input);
  const failures: SpeedReport["failures"] = [];
  let words = 0;
  let nanoseconds = 0n;
  for (const { file, input } of inputs) {
    words += (input.text ?? "").split(/\s+/).filter(Boolean).length;
    const started = process.hrtime.bigint();
    try {
      extract(input);
    } catch (error) {
      failures.push({ file, message: (error as Error).message });
    }
    nanoseconds += process.hrtime.bigint() - started;
  }
  const seconds = Number(nanoseconds) / 1e9;
  return {
    articles: inputs.length,
    duplicatesSkipped,
    words,
    seconds,
    wordsPerSecond: Math.round(words / seconds),
    articlesPerSecond: Math.round(inputs.length / seconds),
    failures,
  };
}
