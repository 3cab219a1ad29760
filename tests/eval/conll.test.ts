import { describe, expect, it } from "vitest";
import { f1 } from "../../src/eval/gold.js";
import {
  ConllFormatError,
  conllSummary,
  datelineDate,
  evaluateConll,
  goldSpans,
  parseConll,
  predictedSpans,
  scoreSpans,
  spansFromIob2,
  type ExtractFn,
} from "../../src/eval/conll.js";
import { joinTokens } from "../../src/eval/token-text.js";
import { graphOf } from "./graph-fixture.js";

// Invented tokens in the CoNLL-2003 layout (TOKEN POS CHUNK NER), nothing taken from the corpus.
const SAMPLE = `-DOCSTART- -X- -X- O

Mara NNP B-NP B-PER
Velt NNP I-NP I-PER
visits VBZ B-VP O
Ostrava NNP B-NP B-LOC

KESTREL NNP B-NP B-LOC
2031-04-05 CD I-NP O

The DT B-NP O
Harbour NNP I-NP B-ORG
Guild NNP I-NP I-ORG
backed VBD B-VP O
Velt NNP B-NP B-PER
's POS B-NP O
Lunarian JJ I-NP B-MISC
plan NN I-NP O
. . O O

-DOCSTART- -X- -X- O

Quill NNP B-NP B-PER
sails VBZ B-VP O
`;

describe("CoNLL-2003 parsing", () => {
  it("splits documents at -DOCSTART- and sentences at blank lines, keeping the last column as the tag", () => {
    const documents = parseConll(SAMPLE);
    expect(documents.map((d) => d.sentences.length)).toEqual([3, 1]);
    expect(documents[0]!.sentences[2]![1]).toEqual({ text: "Harbour", tag: "B-ORG" });
    expect(documents[1]!.index).toBe(2);
  });

  it("names the line of a malformed token line", () => {
    expect(() => parseConll("-DOCSTART- -X- -X- O\n\nword\n", "f.txt")).toThrow(ConllFormatError);
    expect(() => parseConll("-DOCSTART- -X- -X- O\n\nword NN B-NP X-PER\n", "f.txt")).toThrow(/f\.txt:3/);
  });

  it("reads IOB2 spans: B opens, I continues the same type, O closes", () => {
    expect(spansFromIob2(["B-PER", "I-PER", "O", "B-LOC"])).toEqual([
      { first: 0, last: 1, type: "PER" },
      { first: 3, last: 3, type: "LOC" },
    ]);
    expect(spansFromIob2(["B-PER", "B-PER"])).toHaveLength(2);
    expect(spansFromIob2(["B-ORG", "I-LOC"])).toEqual([
      { first: 0, last: 0, type: "ORG" },
      { first: 1, last: 1, type: "LOC" },
    ]);
    // I- after O or another type opens a span (IOB1 files read the same).
    expect(spansFromIob2(["I-ORG", "I-ORG", "O", "I-LOC"], 10)).toEqual([
      { first: 10, last: 11, type: "ORG" },
      { first: 13, last: 13, type: "LOC" },
    ]);
  });

  it("numbers gold spans over the document's flattened tokens", () => {
    const spans = goldSpans(parseConll(SAMPLE)[0]!);
    expect(spans).toEqual([
      { first: 0, last: 1, type: "PER" },
      { first: 3, last: 3, type: "LOC" },
      { first: 4, last: 4, type: "LOC" },
      { first: 7, last: 8, type: "ORG" },
      { first: 10, last: 10, type: "PER" },
      { first: 12, last: 12, type: "MISC" },
    ]);
  });

  it("reads the date of a CITY YYYY-MM-DD dateline and nothing else", () => {
    const tokens = (s: string) => s.split(" ").map((text) => ({ text, tag: "O" }));
    expect(datelineDate(tokens("KESTREL 2031-04-05"))).toBe("2031-04-05");
    expect(datelineDate(tokens("NEW HAVEN 2031-04-05"))).toBe("2031-04-05");
    expect(datelineDate(tokens("Kestrel 2031-04-05"))).toBeUndefined();
    expect(datelineDate(tokens("KESTREL 2031-02-30"))).toBeUndefined();
    expect(datelineDate(tokens("2031-04-05"))).toBeUndefined();
  });
});

describe("CoNLL-2003 scoring", () => {
  it("counts exact span-and-type matches per type and turns them into P/R/F1", () => {
    const gold = [
      { first: 0, last: 1, type: "PER" },
      { first: 5, last: 5, type: "PER" },
      { first: 3, last: 3, type: "LOC" },
      { first: 7, last: 8, type: "ORG" },
      { first: 9, last: 9, type: "MISC" },
    ];
    const predicted = [
      { first: 0, last: 1, type: "PER" }, // TP
      { first: 5, last: 6, type: "PER" }, // wrong boundary: FP, and gold 5-5 is FN
      { first: 3, last: 3, type: "ORG" }, // wrong type: ORG FP, LOC FN
      { first: 7, last: 8, type: "ORG" }, // TP
      { first: 9, last: 9, type: "MISC" }, // not scored
    ];
    const tallies = scoreSpans(gold, predicted);
    expect(tallies.PER).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(tallies.LOC).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(tallies.ORG).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(f1(tallies.PER!)).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(f1(tallies.ORG!)).toEqual({ p: 0.5, r: 1, f1: 0.667 });
    expect(f1(tallies.LOC!).r).toBe(0);
  });

  it("maps entity kinds to CoNLL types, trims a possessive 's, ignores offices and pronouns, and flags mentions that split a token", () => {
    const tokens = joinTokens([["The", "Harbour", "Guild", "backed", "Velt", "'s", "plan", "in", "Ostrava", "as", "he", "said"]]);
    const graph = graphOf(tokens.text, [
      { id: "org:harbour-guild", kind: "ORGANIZATION", mentions: ["Harbour Guild"] },
      { id: "person:velt", kind: "PERSON", mentions: ["Velt 's", { text: "he", occurrence: 2 }] }, // occurrence 1 is inside "The"
      { id: "place:XXX:ostrava", kind: "PLACE", mentions: ["Ostrava"] },
      { id: "office:XXX:guild", kind: "OFFICE", mentions: ["Guild"] },
      { id: "country:XXX", kind: "COUNTRY", mentions: ["Ostr"] },
    ]);
    const { spans, unaligned, uncapitalised } = predictedSpans(graph, tokens);
    expect(uncapitalised).toBe(1);
    expect(spans).toEqual([
      { first: 1, last: 2, type: "ORG" },
      { first: 4, last: 4, type: "PER" },
      { first: 8, last: 8, type: "LOC" },
    ]);
    expect(unaligned).toEqual([{ type: "LOC", start: tokens.tokenStarts[8], end: tokens.tokenStarts[8]! + 4, text: "Ostr" }]);
  });

  it("maps mentions back through a cleaned text that dropped a paragraph", () => {
    const tokens = joinTokens([["Mara", "Velt", "visits", "Ostrava"], ["KESTREL", "2031-04-05"], ["Velt", "waves"]]);
    const cleaned = "Mara Velt visits Ostrava\n\nVelt waves";
    const graph = graphOf(cleaned, [{ id: "person:velt", kind: "PERSON", mentions: [{ text: "Velt", occurrence: 2 }] }]);
    expect(predictedSpans(graph, tokens).spans).toEqual([{ first: 6, last: 6, type: "PER" }]);
  });
});

describe("CoNLL-2003 evaluation run", () => {
  const documents = parseConll(SAMPLE);
  const extract: ExtractFn = (input) => {
    const text = input.text!;
    if (text.startsWith("Quill")) throw new Error("extractor broke");
    // Stands in for a cleaner that drops the dateline paragraph.
    const cleaned = text.replace("\n\nKESTREL 2031-04-05", "");
    return graphOf(cleaned, [
      { id: "person:mara-velt", kind: "PERSON", mentions: ["Mara Velt"] },
      { id: "person:velt", kind: "PERSON", mentions: ["Velt 's", "Mar"] },
      { id: "place:XXX:ostrava", kind: "PLACE", mentions: ["Ostrava"] },
      { id: "country:LUN", kind: "COUNTRY", mentions: ["Lunarian"] },
      { id: "org:harbour-guild", kind: "ORGANIZATION", mentions: ["Harbour Guild"] },
    ]);
  };
  let clock = 0;
  const inputs: { publishedAt?: string }[] = [];
  const report = evaluateConll(
    documents,
    (input) => {
      inputs.push(input);
      return extract(input);
    },
    { errors: 5, now: () => (clock += 500) },
  );

  it("passes the dateline date as publishedAt and the tokens as one paragraph per sentence", () => {
    expect(inputs[0]).toEqual({ text: "Mara Velt visits Ostrava\n\nKESTREL 2031-04-05\n\nThe Harbour Guild backed Velt 's Lunarian plan .", publishedAt: "2031-04-05" });
    expect(inputs[1]).toEqual({ text: "Quill sails" });
  });

  it("scores every document, counting a failed one's gold spans as misses", () => {
    // PER: Mara Velt, Velt ✓; "Mar" splits a token (FP); Quill missed (doc 2 failed).
    expect(report.tallies.PER).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    // LOC: Ostrava ✓; Lunarian is gold MISC (FP); KESTREL was dropped by the "cleaner" (FN).
    expect(report.tallies.LOC).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(report.tallies.ORG).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(report.failures).toEqual([{ document: 2, message: "extractor broke" }]);
    expect(report.unaligned).toBe(1);
    expect(report.falsePositivesOnMisc).toBe(1);
    expect(report.goldInDroppedSentences).toBe(1);
    expect(report.examples.LOC.falseNegatives[0]).toMatch(/KESTREL.*dropped by the cleaner/);
  });

  it("measures words per second over successful extractions only", () => {
    // 15 tokens in 0.5 s (the failed document's time and tokens are left out).
    expect(report.extractSeconds).toBeCloseTo(0.5);
    expect(report.wordsPerSecond).toBe(30);
  });

  it("summarises as {PER, LOC, ORG, wordsPerSecond} with 3-decimal scores", () => {
    const summary = conllSummary(report);
    expect(Object.keys(summary)).toEqual(["PER", "LOC", "ORG", "wordsPerSecond"]);
    expect(summary.PER).toEqual({ p: 0.667, r: 0.667, f1: 0.667 });
    expect(summary.LOC).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(summary.wordsPerSecond).toBe(30);
  });
});
