import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

function eventsOf(text: string, publishedAt = "2024-03-13") {
  const graph = extractArticle({ text, publishedAt });
  return graph.events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date?.value,
    place: e.placeId,
    who: e.participants.map((p) => p.entityId).sort(),
  }));
}

describe("contact events", () => {
  it("finds a phone call with its date and both sides", () => {
    expect(eventsOf("German Chancellor Olaf Scholz spoke by phone with Chinese President Xi Jinping on Monday.")).toEqual([
      { type: "CALL", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["person:olaf-scholz", "person:xi-jinping"] },
    ]);
  });

  it("finds a planned meeting from modality and places it", () => {
    const [event] = eventsOf("Indian Prime Minister Narendra Modi will meet Japanese Prime Minister Fumio Kishida in Tokyo next month.");
    expect(event).toMatchObject({ type: "MEETING", status: "PLANNED", place: "place:JPN:tokyo", who: ["person:fumio-kishida", "person:narendra-modi"] });
  });

  it("reads 'he and X' through the pronoun", () => {
    const events = eventsOf("Spanish Prime Minister Pedro Sanchez said he and Moroccan King Mohammed VI met in Rabat on Tuesday.");
    expect(events.map((e) => e.who)).toContainEqual(["person:mohammed-vi", "person:pedro-sanchez"]);
  });

  it("does not count the spokesperson who reports a call as a participant", () => {
    const events = eventsOf(
      "Italian Prime Minister Giorgia Meloni called Turkish President Recep Tayyip Erdogan on Monday. Government spokesman Paolo Rossi confirmed the Meloni-Erdogan call.",
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.who).toEqual(["person:giorgia-meloni", "person:recep-tayyip-erdogan"]);
  });

  it("finds a summit and a visit", () => {
    const events = eventsOf("Kenyan President William Ruto visited Washington in May 2023. Earlier, Ruto and Tanzanian President Samia Suluhu Hassan held a summit in Arusha.");
    expect(events.map((e) => e.type).sort()).toEqual(["SUMMIT", "VISIT"]);
    expect(events.find((e) => e.type === "VISIT")).toMatchObject({ status: "OCCURRED", date: "2023-05", who: ["country:USA", "person:william-ruto"] });
    expect(events.find((e) => e.type === "SUMMIT")).toMatchObject({ place: "place:TZA:arusha", who: ["person:samia-suluhu-hassan", "person:william-ruto"] });
  });

  it("merges a plan and its fulfilment in one article", () => {
    const events = eventsOf(
      "“I will be calling President Cyril Ramaphosa of South Africa today,” Nigerian President Bola Tinubu said on Wednesday. A call later took place between Tinubu and Ramaphosa.",
    );
    expect(events).toEqual([{ type: "CALL", status: "OCCURRED", date: "2024-03-13", place: undefined, who: ["person:bola-tinubu", "person:cyril-ramaphosa"] }]);
  });

  it("finds countries as the sides when no two people are named", () => {
    const [event] = eventsOf("Armenia and Azerbaijan held talks in Almaty on Monday.");
    expect(event).toMatchObject({ type: "MEETING", status: "OCCURRED", who: ["country:ARM", "country:AZE"], place: "place:KAZ:almaty" });
  });

  it("reads an agreement signed", () => {
    const events = eventsOf("Israeli Prime Minister Benjamin Netanyahu and Emirati Foreign Minister Abdullah bin Zayed signed an agreement at the White House in September 2020.");
    expect(events.map((e) => e.type)).toContain("AGREEMENT");
  });

  it("ignores calls for action and meetings with no second side", () => {
    expect(eventsOf("The senator renewed calls for sanctions. The committee meets every week.")).toEqual([]);
  });
});

describe("contact events across clauses", () => {
  it("splits 'first with A and then with B' into one call each", () => {
    const found = eventsOf("Chilean President Gabriel Boric spoke by phone first with Peruvian President Dina Boluarte and then with Bolivian President Luis Arce.");
    expect(found.map((e) => e.who)).toEqual([
      ["person:dina-boluarte", "person:gabriel-boric"],
      ["person:gabriel-boric", "person:luis-arce"],
    ]);
  });

  it("gives every clause the date of the sentence's opening phrase", () => {
    const found = eventsOf("On Monday, Dutch Prime Minister Mark Rutte visited Kyiv, and Belgian Prime Minister Alexander De Croo phoned Polish President Andrzej Duda.");
    expect(found.find((e) => e.type === "CALL")).toMatchObject({ date: "2024-03-11", who: ["person:alexander-de-croo", "person:andrzej-duda"] });
  });

  it("reads 'the Ukrainian capital' as the place visited and its country as the host", () => {
    const [visit] = eventsOf("Irish Prime Minister Leo Varadkar visited the Ukrainian capital on Monday.");
    expect(visit).toMatchObject({ type: "VISIT", place: "place:UKR:kyiv", who: ["country:UKR", "person:leo-varadkar"] });
  });
});

describe("negotiations", () => {
  it("reads talks about a settlement as negotiations, and 'it' as the organisation that announced them", () => {
    const [event] = eventsOf("The African Union has announced that it will open peace talks with Sudan in May 2024.");
    expect(event).toMatchObject({ type: "NEGOTIATION", status: "PLANNED", date: "2024-05", who: ["country:SDN", "org:african-union"] });
  });
});
