import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";
import { type ItemSentence } from "wink-nlp";
import { type Sentence } from "../../domain/index.js";
import { type CleanedArticle } from "./01-clean.js";

/**
 * Stage 2 — sentences and tokens with character offsets into the cleaned text, with wink-nlp's
 * part of speech and lemma (what the event stage matches triggers on). wink runs per paragraph:
 * a headline without a full stop must not swallow the first body sentence.
 */
export interface Token {
  /** Index within its sentence. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, VERB, PROPN, AUX, ADP, PUNCT …). */
  pos: string;
}

export interface AnalyzedSentence extends Sentence {
  tokens: Token[];
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | undefined;

/**
 * The tagger, loaded on first use: the model costs about 55 MB, which a server that only answers
 * queries never needs to hold.
 */
function tagger(): Wink {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const load = require("wink-nlp") as typeof winkNLP;
    wink = load(require("wink-eng-lite-web-model"));
  }
  return wink;
}

/** Splits each paragraph into sentences and tokens; offsets are absolute in `cleaned.text`. */
export function splitSentences(cleaned: CleanedArticle): AnalyzedSentence[] {
  const sentences: AnalyzedSentence[] = [];
  cleaned.paragraphs.forEach((paragraph, paragraphIndex) => {
    const paragraphText = cleaned.text.slice(paragraph.start, paragraph.end);
    const nlp = tagger();
    const its = nlp.its;
    const doc = nlp.readDoc(paragraphText);
    let cursor = 0;
    doc.sentences().each((wSentence: ItemSentence) => {
      const values = wSentence.tokens().out(its.value) as string[];
      const tags = wSentence.tokens().out(its.pos) as string[];
      // wink types its.lemma as needing model add-ons; the lite model provides them at run time.
      const lemmas = wSentence.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      const tokens: Token[] = [];
      for (let k = 0; k < values.length; k++) {
        const value = values[k]!;
        const at = paragraphText.indexOf(value, cursor);
        if (at < 0) continue; // wink normalised this token; skipping it keeps offsets honest
        cursor = at + value.length;
        tokens.push({
          i: tokens.length,
          start: paragraph.start + at,
          end: paragraph.start + cursor,
          text: value,
          lower: value.toLowerCase(),
          lemma: (lemmas[k] ?? value).toLowerCase(),
          pos: tags[k] ?? "X",
        });
      }
      if (tokens.length === 0) return;
      const start = tokens[0]!.start;
      const end = tokens[tokens.length - 1]!.end;
      sentences.push({ index: sentences.length, start, end, text: cleaned.text.slice(start, end), tokens, paragraph: paragraphIndex });
    });
  });
  return sentences;
}
