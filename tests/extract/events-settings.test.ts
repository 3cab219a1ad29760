import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

/** Every sentence below was written for these tests. Published on a Wednesday. */
const PUBLISHED = "2024-03-13";

function eventsOf(text: string) {
  return extractArticle({ text, publishedAt: PUBLISHED }).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date?.value,
    place: e.placeId,
    who: e.participants.map((p) => p.entityId).sort(),
    sentences: [...new Set(e.evidence.map((x) => x.sentence))].sort(),
  }));
}

const MACRON = "person:emmanuel-macron";
const SCHOLZ = "person:olaf-scholz";

describe("a contact and the gathering it happens at", () => {
  it("gives a handshake at a summit the summit's city", () => {
    const events = eventsOf("Olaf Scholz and Emmanuel Macron shook hands warmly for the first time on Tuesday at the NATO summit in Vilnius.");
    expect(events.find((e) => e.type === "MEETING")).toMatchObject({ status: "OCCURRED", date: "2024-03-12", place: "place:LTU:vilnius", who: [MACRON, SCHOLZ] });
  });

  it("gives a meeting on the sidelines of a summit the summit's city", () => {
    const events = eventsOf("Olaf Scholz met Emmanuel Macron on Tuesday on the sidelines of the G20 summit in Osaka.");
    expect(events.find((e) => e.type === "MEETING")).toMatchObject({ place: "place:JPN:osaka", who: [MACRON, SCHOLZ] });
  });

  it("reads a dated occurrence of a yearly gathering as that one gathering", () => {
    expect(eventsOf("Olaf Scholz and Emmanuel Macron will attend the annual summit in Lisbon on Friday.")).toMatchObject([
      { type: "SUMMIT", status: "PLANNED", date: "2024-03-15", place: "place:PRT:lisbon", who: [MACRON, SCHOLZ] },
    ]);
  });

  it("still reads a habit of yearly talks as no contact", () => {
    expect(eventsOf("Olaf Scholz and Emmanuel Macron hold annual talks in Geneva.")).toEqual([]);
  });
});

describe("a definite contact noun refers to a contact the article tells", () => {
  it("lends a reference made before the contact is told its place", () => {
    const events = eventsOf("Reporters pressed Olaf Scholz about his remarks at Monday's summit in Geneva. Scholz met Emmanuel Macron for three hours on Monday.");
    expect(events).toMatchObject([{ type: "MEETING", date: "2024-03-11", place: "place:CHE:geneva", who: [MACRON, SCHOLZ], sentences: [0, 1] }]);
  });

  it("refers 'the summit' to the article's lead summit, not to an older one recalled in between", () => {
    const events = eventsOf(
      "Olaf Scholz and Emmanuel Macron will hold a summit in Lisbon on Friday. " +
        "Last year, after the Scholz-Macron summit in Rome, their governments signed a trade pact. " +
        "Diplomats expect progress heading into the summit.",
    );
    expect(events.find((e) => e.place === "place:PRT:lisbon")?.sentences).toEqual([0, 2]);
    expect(events.find((e) => e.place === "place:ITA:rome")?.sentences).toEqual([1]);
  });

  it("reads a cancellation someone demanded as no cancellation", () => {
    const events = eventsOf("Opposition leaders called for Olaf Scholz to cancel his summit with Emmanuel Macron.");
    expect(events.map((e) => [e.type, e.status, e.who])).toEqual([["SUMMIT", "PLANNED", [MACRON, SCHOLZ]]]);
  });
});

describe("a date that modifies another noun", () => {
  it("does not date a meeting by 'the Tuesday statements' of people who attended it", () => {
    const events = eventsOf("The account matches the Tuesday statements of aides who were at the meeting between Olaf Scholz and Emmanuel Macron.");
    expect(events).toMatchObject([{ type: "MEETING", date: undefined, who: [MACRON, SCHOLZ] }]);
  });

  it("still dates a meeting by a date among its own modifiers", () => {
    expect(eventsOf("Olaf Scholz's March 4 Berlin meeting with Emmanuel Macron drew criticism.")).toMatchObject([{ type: "MEETING", date: "2024-03-04" }]);
  });
});

describe("one sitting told as a meeting and as negotiations", () => {
  it("keeps a meeting and the same sides' negotiations on the same day as one meeting", () => {
    const events = eventsOf("Olaf Scholz met Emmanuel Macron in Lisbon on Saturday. Scholz and Macron held their first face-to-face negotiations on Saturday, aides said.");
    expect(events).toMatchObject([{ type: "MEETING", status: "OCCURRED", date: "2024-03-09", place: "place:PRT:lisbon", who: [MACRON, SCHOLZ], sentences: [0, 1] }]);
  });

  it("keeps negotiations on another day apart", () => {
    const events = eventsOf("Olaf Scholz met Emmanuel Macron in Lisbon on Saturday. Scholz and Macron held negotiations on Monday.");
    expect(events.map((e) => [e.type, e.date])).toEqual([["MEETING", "2024-03-09"], ["NEGOTIATION", "2024-03-11"]]);
  });
});

describe("a contact told as what came before the news", () => {
  it("reads 'landed in Lisbon on Tuesday to meet Doe' as a meeting made that Tuesday", () => {
    expect(eventsOf("Olaf Scholz landed in Lisbon on Tuesday to meet with Emmanuel Macron.")).toMatchObject([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-12", place: "place:PRT:lisbon", who: [MACRON, SCHOLZ] },
    ]);
  });

  it("gives an opening 'After meeting Doe in Paris' the main clause's subject", () => {
    expect(eventsOf("After meeting Emmanuel Macron in Paris, Olaf Scholz told reporters he was hopeful.")).toMatchObject([
      { type: "MEETING", status: "OCCURRED", place: "place:FRA:paris", who: [MACRON, SCHOLZ] },
    ]);
  });

  it("reads an opening 'Following the summit with Doe' as a summit held", () => {
    expect(eventsOf("Following the summit with Emmanuel Macron, Olaf Scholz flew home.")).toMatchObject([{ type: "SUMMIT", status: "OCCURRED", who: [MACRON, SCHOLZ] }]);
  });

  it("makes no contact between the two people someone met after meeting them", () => {
    expect(eventsOf("After meeting Olaf Scholz and Emmanuel Macron the visitors boarded a bus.")).toEqual([]);
  });
});

describe("a 'he' carried on from the sentence before", () => {
  it("keeps the person a sentence-opening 'He' stood for, over a name that sentence mentioned after it", () => {
    const events = eventsOf("Olaf Scholz met Emmanuel Macron in Paris on Monday. He offered concessions to Macron. He promised to raise the matter at his planned summit with Giorgia Meloni.");
    expect(events.find((e) => e.type === "SUMMIT")?.who).toEqual(["person:giorgia-meloni", SCHOLZ]);
  });
});

describe("a leader's government as a side", () => {
  const written = "French President Emmanuel Macron spoke in Lyon on Monday.";

  it("reads 'called Roe's administration' as a call with Roe's state", () => {
    const events = eventsOf(`${written} Italy called Emmanuel Macron's administration to restart the talks.`);
    expect(events).toMatchObject([{ type: "CALL", status: "OCCURRED", who: ["country:FRA", "country:ITA"] }]);
  });

  it("reads 'called the Roe administration to ask' as a call, not as naming", () => {
    const events = eventsOf(`${written} Italy called the Macron government to ask for new talks.`);
    expect(events).toMatchObject([{ type: "CALL", who: ["country:FRA", "country:ITA"] }]);
  });

  it("still reads 'called the government a disgrace' as naming", () => {
    expect(eventsOf(`${written} Italy called the Macron government a disgrace.`)).toEqual([]);
  });
});

describe("what a speaker did before speaking", () => {
  it("gives 'Roe said after meeting Doe' both sides, the meeting made", () => {
    const events = eventsOf('"We want a fair deal," Olaf Scholz said after meeting Tuesday with French President Emmanuel Macron.');
    expect(events).toMatchObject([{ type: "MEETING", status: "OCCURRED", date: "2024-03-12", who: [MACRON, SCHOLZ] }]);
  });

  it("reads talks held before a statement as talks held", () => {
    const events = eventsOf('"Progress was made," Olaf Scholz said in Rome after holding talks with Emmanuel Macron.');
    expect(events).toMatchObject([{ type: "MEETING", status: "OCCURRED", who: [MACRON, SCHOLZ] }]);
  });

  it("reads a contact the news is dated from ('eight weeks after his meeting with Doe') as made", () => {
    const events = eventsOf("Eight weeks after his first meeting with Emmanuel Macron, Olaf Scholz this week heads to Paris again.");
    expect(events.find((e) => e.type === "MEETING")).toMatchObject({ status: "OCCURRED", who: [MACRON, SCHOLZ] });
  });

  it("still gives critics who spoke after a summit no part in it", () => {
    expect(eventsOf("Critics said after the summit with Emmanuel Macron that Olaf Scholz had failed.").flatMap((e) => e.who)).not.toContain("person:olaf-scholz");
  });

  it("does not date a trip by the day of the report that follows it", () => {
    const events = eventsOf("After a trip to Portugal and Spain, Olaf Scholz told Emmanuel Macron on Tuesday that both were ready.");
    expect(events.map((e) => [e.type, e.status, e.date])).toEqual([["VISIT", "OCCURRED", undefined]]);
  });

  it("reads the purpose of a visit a speaker was on as met, and no country of the reported words as visited", () => {
    const events = eventsOf("Olaf Scholz said during a visit to Portugal to meet Emmanuel Macron that the Spanish border must stay open.");
    expect(events.map((e) => [e.type, e.status, e.who])).toEqual([["MEETING", "OCCURRED", [MACRON, SCHOLZ]]]);
  });
});

describe("a venue named around the contact", () => {
  it("reads 'the Lisbon summit' after a planned meeting as that meeting's city, not as a side", () => {
    const events = eventsOf("Olaf Scholz and Emmanuel Macron will meet next week. Aides are preparing for the Lisbon summit.");
    expect(events).toMatchObject([{ type: "SUMMIT", status: "PLANNED", place: "place:PRT:lisbon", who: [MACRON, SCHOLZ] }]);
  });

  it("reads 'in the resort town of Sochi' as the venue", () => {
    expect(eventsOf("Olaf Scholz met Emmanuel Macron on Monday in the resort town of Sochi.")).toMatchObject([{ place: "place:RUS:sochi" }]);
  });

  it("reads 'bound for Abu Dhabi to meet Doe' as a meeting in Abu Dhabi", () => {
    expect(eventsOf("Olaf Scholz is bound for Abu Dhabi to meet Emmanuel Macron.")).toMatchObject([{ type: "MEETING", status: "PLANNED", place: "place:ARE:abu-dhabi" }]);
  });

  it("gives 'will be in Shanghai next week for talks with Doe' its subject", () => {
    expect(eventsOf("Olaf Scholz will be in Shanghai next week for talks with Emmanuel Macron.")).toMatchObject([
      { type: "MEETING", status: "PLANNED", place: "place:CHN:shanghai", who: [MACRON, SCHOLZ] },
    ]);
  });
});

describe("a clause of time", () => {
  it("reads 'before Roe and Doe meet' as a meeting to come", () => {
    const events = eventsOf("A senator said he wants more from Berlin before Olaf Scholz and Emmanuel Macron meet.");
    expect(events).toMatchObject([{ type: "MEETING", status: "PLANNED", who: [MACRON, SCHOLZ] }]);
  });

  it("still reads 'before Roe and Doe met' as a meeting held", () => {
    expect(eventsOf("Before Olaf Scholz and Emmanuel Macron met, aides drafted a statement.")).toMatchObject([{ type: "MEETING", status: "OCCURRED" }]);
  });
});

describe("a journey under way", () => {
  it("reads 'Roe is in Moscow for a state visit' as a visit going on, its traveller the subject", () => {
    expect(eventsOf("Olaf Scholz is in Moscow for a three-day state visit.")).toMatchObject([
      { type: "VISIT", status: "ONGOING", place: "place:RUS:moscow", who: ["country:RUS", SCHOLZ] },
    ]);
  });

  it("reads 'Roe is on a visit to Russia' as going on, and 'was on a visit last week' as made", () => {
    expect(eventsOf("Olaf Scholz is on a three-day state visit to Russia.").map((e) => e.status)).toEqual(["ONGOING"]);
    expect(eventsOf("Olaf Scholz was on a state visit to Russia last week.").map((e) => e.status)).toEqual(["OCCURRED"]);
  });
});
