import { describe, expect, it } from "vitest";
import {
  evaluateRams,
  expectationOf,
  parseRams,
  ramsSummary,
  RamsFormatError,
  scoreRamsExample,
  type RamsExample,
} from "../../src/eval/rams.js";
import { joinTokens } from "../../src/eval/token-text.js";
import { graphOf, type FixtureEntity, type FixtureEvent } from "./graph-fixture.js";

// Invented sentences in the RAMS 1.0 layout; nothing taken from the corpus.
const SENTENCES = [
  ["Ada", "Rusk", "phoned", "Bo", "Tan", "on", "Monday", "."],
  ["They", "discussed", "trade", "in", "Velmar", "."],
  ["Rain", "fell", "later", "."],
];
// Flattened: 0 Ada, 1 Rusk, 2 phoned, 3 Bo, 4 Tan … 8 They … 12 Velmar … 14 Rain

function line(eventType: string, trigger: [number, number], links: [[number, number], string][]): string {
  return JSON.stringify({
    doc_key: `nw_invented_${eventType}`,
    sentences: SENTENCES,
    evt_triggers: [[trigger[0], trigger[1], [[eventType, 1.0]]]],
    gold_evt_links: links.map(([span, role]) => [trigger, span, role]),
    ent_spans: [],
  });
}

const CALL_LINE = line("contact.discussion.correspondence", [2, 2], [
  [[0, 1], "evt001arg01participant"],
  [[3, 4], "evt001arg02participant"],
  [[12, 12], "evt001arg03place"],
]);

const PEOPLE: FixtureEntity[] = [
  { id: "person:ada-rusk", kind: "PERSON", mentions: ["Ada Rusk"] },
  { id: "person:bo-tan", kind: "PERSON", mentions: ["Tan"] },
  { id: "place:XXX:velmar", kind: "PLACE", mentions: ["Velmar"] },
];

function graphWith(events: FixtureEvent[]) {
  return graphOf(joinTokens(SENTENCES).text, PEOPLE, events);
}

describe("RAMS parsing", () => {
  it("reads sentences, the trigger, its type and argument roles", () => {
    const [example] = parseRams(`${CALL_LINE}\n`);
    expect(example!.eventType).toBe("contact.discussion.correspondence");
    expect(example!.trigger).toEqual({ start: 2, end: 2 });
    expect(example!.arguments).toEqual([
      { start: 0, end: 1, role: "participant" },
      { start: 3, end: 4, role: "participant" },
      { start: 12, end: 12, role: "place" },
    ]);
    expect(example!.line).toBe(1);
  });

  it("names the line of a malformed example", () => {
    expect(() => parseRams(`${CALL_LINE}\n{"sentences": [["a"]], "evt_triggers": [[0, 5, [["x", 1]]]], "gold_evt_links": []}\n`, "dev.jsonlines")).toThrow(
      /dev\.jsonlines:2: `evt_triggers`/,
    );
    expect(() => parseRams("not json", "d")).toThrow(RamsFormatError);
  });
});

describe("RAMS contact type rules", () => {
  it.each([
    ["contact.discussion.correspondence", ["CALL"]],
    ["contact.collaborate.meet", ["MEETING", "VISIT", "SUMMIT", "NEGOTIATION"]],
    ["contact.collaborate.correspondence", ["CALL"]],
    ["contact.negotiate.meet", ["NEGOTIATION", "MEETING"]],
    ["contact.negotiate.correspondence", ["NEGOTIATION", "MEETING"]],
    ["contact.discussion.n/a", ["CALL", "MEETING", "VISIT", "SUMMIT", "NEGOTIATION"]],
  ])("%s, a type Parley models, accepts %j", (type, accept) => {
    expect(expectationOf(type)).toEqual({ kind: "contact", accept });
  });

  it.each(["contact.prevarication.broadcast", "contact.mediastatement.n/a", "contact.publicstatementinperson.n/a", "contact.requestadvise.meet", "contact.threatencoerce.correspondence", "contact.collaborate.n/a"])(
    "%s, a type Parley does not model, is excluded",
    (type) => {
      expect(expectationOf(type)).toEqual({ kind: "excluded" });
    },
  );

  it("treats every other family as non-contact", () => {
    expect(expectationOf("conflict.attack.n/a")).toEqual({ kind: "other" });
    expect(expectationOf("government.agreements.n/a")).toEqual({ kind: "other" });
  });
});

describe("RAMS example scoring", () => {
  const [callExample] = parseRams(CALL_LINE) as [RamsExample];

  it("detects a trigger when an accepted event has evidence in the trigger's sentence, and credits arguments its participants and place cover", () => {
    const score = scoreRamsExample(
      callExample,
      graphWith([
        { type: "CALL", participants: ["person:ada-rusk", "person:bo-tan"], sentences: [0] },
        { type: "MEETING", participants: ["person:ada-rusk"], sentences: [2] }, // another sentence: not scored
      ]),
    );
    expect(score.detected).toBe(true);
    expect(score.predicted.map((e) => e.type)).toEqual(["CALL"]);
    // "Tan" overlaps the gold span "Bo Tan"; no place on the event, so Velmar is missed.
    expect(score.argumentsFound.map((a) => a.role)).toEqual(["participant", "participant"]);
    expect(score.argumentsMissed.map((a) => a.role)).toEqual(["place"]);
  });

  it("counts the event's place as covering a place argument", () => {
    const score = scoreRamsExample(callExample, graphWith([{ type: "CALL", participants: ["person:ada-rusk"], placeId: "place:XXX:velmar", sentences: [0] }]));
    expect(score.argumentsFound.map((a) => a.start)).toEqual([0, 12]);
  });

  it("does not detect a correspondence trigger from a MEETING", () => {
    const score = scoreRamsExample(callExample, graphWith([{ type: "MEETING", participants: ["person:ada-rusk", "person:bo-tan"], sentences: [0] }]));
    expect(score.detected).toBe(false);
    expect(score.predicted).toHaveLength(1);
    expect(score.accepted).toHaveLength(0);
  });
});

describe("RAMS evaluation run", () => {
  const examples = parseRams(
    [
      CALL_LINE, // detected by a CALL
      line("contact.discussion.n/a", [9, 9], [[[8, 8], "evt002arg01participant"]]), // contact, mode unknown: missed (only an AGREEMENT)
      line("conflict.attack.n/a", [2, 2], []), // non-contact: a MEETING in its sentence is a false positive
      line("contact.prevarication.broadcast", [2, 2], []), // excluded: its CALL counts nowhere
    ].join("\n"),
  );
  const graphs = [
    graphWith([{ type: "CALL", participants: ["person:ada-rusk", "person:bo-tan"], sentences: [0] }]),
    graphWith([{ type: "AGREEMENT", participants: ["person:ada-rusk"], sentences: [1] }]), // AGREEMENT is not a predicted contact type
    graphWith([{ type: "MEETING", participants: ["person:ada-rusk"], sentences: [0] }]),
    graphWith([{ type: "CALL", participants: ["person:ada-rusk"], sentences: [0] }]),
  ];
  let call = 0;
  const report = evaluateRams(examples, () => graphs[call++]!, { errors: 3 });

  it("computes trigger recall, trigger precision and argument recall from the counts", () => {
    expect(report.contactExamples).toBe(2);
    expect(report.excludedExamples).toBe(1);
    expect(report.detected).toBe(1);
    expect(report.predictedInTriggerSentences).toBe(2);
    expect(report.predictedAccepted).toBe(1);
    expect(report.argumentsFound).toBe(2);
    expect(report.argumentsTotal).toBe(3);
    expect(ramsSummary(report)).toEqual({ contact: { triggerRecall: 0.5, triggerPrecision: 0.5, argumentRecall: 0.667 } });
    expect(report.byRole).toEqual({ participant: { found: 2, total: 2 }, place: { found: 0, total: 1 } });
  });

  it("keeps examples of misses and false alarms", () => {
    expect(report.missedTriggers[0]).toMatch(/contact\.discussion\.n\/a trigger "discussed"/);
    expect(report.falsePositives[0]).toMatch(/conflict\.attack\.n\/a .*predicted MEETING/);
  });

  it("scores an example the extractor throws on as undetected and reports it", () => {
    const failed = evaluateRams(examples.slice(0, 1), () => {
      throw new Error("boom");
    });
    expect(failed.failures).toEqual([{ docKey: examples[0]!.docKey, line: 1, message: "boom" }]);
    expect(ramsSummary(failed).contact).toEqual({ triggerRecall: 0, triggerPrecision: 0, argumentRecall: 0 });
  });
});
