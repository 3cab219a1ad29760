// The tokenise-only baseline of `npm run bench`, in a fresh process: `tsx bench/tokenize-pass.ts INPUTS.json`.
// A fresh process starts with wink-nlp's caches as empty as the ingest pass found them, so neither
// pass is timed warm against the other cold. Prints one JSON line: {"tokens":…,"seconds":…}.
import { readFileSync } from "node:fs";
import { cleanPlainText } from "../src/extract/stages/01-clean.js";
import { splitSentences } from "../src/extract/stages/02-sentences.js";

const [file] = process.argv.slice(2);
if (!file) throw new Error("usage: tsx bench/tokenize-pass.ts INPUTS.json");
const texts = JSON.parse(readFileSync(file, "utf8")) as string[];
// The same warm-up as the ingest pass: the first 20 articles, untimed.
for (const text of texts.slice(0, 20)) splitSentences(cleanPlainText(text));
let tokens = 0;
const started = performance.now();
for (const text of texts) {
  for (const sentence of splitSentences(cleanPlainText(text))) tokens += sentence.tokens.length;
}
console.log(JSON.stringify({ tokens, seconds: (performance.now() - started) / 1000 }));
