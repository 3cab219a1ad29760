import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

/**
 * Contact events read from sentences written for these tests. People the actor knowledge base knows
 * carry its canonical name (knowledge/actors.json); others keep the slug of their longest spelling.
 * A case written `it.fails` pins a contact a careful reader would accept that the extractor gets
 * wrong today; its comment names the bug.
 */
function eventsOf(text: string, publishedAt = "2024-03-13") {
  const graph = extractArticle({ text, publishedAt });
  return graph.events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date?.value,
    end: e.date?.end,
    place: e.placeId,
    who: e.participants.map((p) => p.entityId).sort(),
    domestic: e.domestic,
  }));
}

describe("contact events", () => {
  it("finds a phone call with its date and both sides", () => {
    expect(eventsOf("German Chancellor Olaf Scholz spoke by phone with Chinese President Xi Jinping on Monday.")).toEqual([
      { type: "CALL", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["person:olaf-scholz", "person:xi-jinping"] },
    ]);
  });

  it("finds a planned meeting from modality and places it", () => {
    expect(eventsOf("Indian Prime Minister Narendra Modi will meet Japanese Prime Minister Fumio Kishida in Tokyo next month.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: "2024-04", place: "place:JPN:tokyo", who: ["person:fumio-kishida", "person:narendra-modi"] },
    ]);
  });

  it("reads 'he and X' through the pronoun", () => {
    // The knowledge base's canonical name for the Moroccan king is "Mohamed Vi".
    expect(eventsOf("Spanish Prime Minister Pedro Sanchez said he and Moroccan King Mohammed VI met in Rabat on Tuesday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-12", place: "place:MAR:rabat", who: ["person:mohamed-vi", "person:pedro-sanchez"] },
    ]);
  });

  it("does not count the spokesperson who reports a call as a participant", () => {
    const events = eventsOf(
      "Italian Prime Minister Giorgia Meloni called Turkish President Recep Tayyip Erdogan on Monday. Government spokesman Paolo Rossi confirmed the Meloni-Erdogan call.",
    );
    expect(events).toEqual([{ type: "CALL", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["person:giorgia-meloni", "person:recep-tayyip-erdogan"] }]);
  });

  it("finds a summit and a visit", () => {
    // The knowledge base's canonical name for the Kenyan president is "William Samoei Ruto".
    expect(
      eventsOf("Kenyan President William Ruto visited Washington in May 2023. Earlier, Ruto and Tanzanian President Samia Suluhu Hassan held a summit in Arusha."),
    ).toEqual([
      { type: "VISIT", status: "OCCURRED", date: "2023-05", place: "place:USA:washington", who: ["country:USA", "person:william-samoei-ruto"] },
      { type: "SUMMIT", status: "OCCURRED", date: undefined, place: "place:TZA:arusha", who: ["person:samia-suluhu-hassan", "person:william-samoei-ruto"] },
    ]);
  });

  it("merges a plan and its fulfilment in one article", () => {
    const events = eventsOf(
      "“I will be calling President Cyril Ramaphosa of South Africa today,” Nigerian President Bola Tinubu said on Wednesday. A call later took place between Tinubu and Ramaphosa.",
    );
    expect(events).toEqual([{ type: "CALL", status: "OCCURRED", date: "2024-03-13", place: undefined, who: ["person:bola-tinubu", "person:cyril-ramaphosa"] }]);
  });

  it("finds countries as the sides when no two people are named", () => {
    expect(eventsOf("Ethiopia and Eritrea held talks in Nairobi on Monday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: "place:KEN:nairobi", who: ["country:ERI", "country:ETH"] },
    ]);
  });

  it("reads an agreement signed", () => {
    expect(
      eventsOf("Israeli Prime Minister Benjamin Netanyahu and Emirati Foreign Minister Abdullah bin Zayed signed an agreement at the White House in September 2020."),
    ).toEqual([{ type: "AGREEMENT", status: "OCCURRED", date: "2020-09", place: undefined, who: ["person:abdullah-bin-zayed", "person:benjamin-netanyahu"] }]);
  });

  it("ignores calls for action and meetings with no second side", () => {
    expect(eventsOf("The senator renewed calls for sanctions. The committee meets every week.")).toEqual([]);
  });
});

describe("contact events across clauses", () => {
  // bug: 'spoke by phone first with A and then with B' keeps only the call with A (the split into one call per side never fires)
  it.fails("splits 'first with A and then with B' into one call each", () => {
    const found = eventsOf("Chilean President Gabriel Boric spoke by phone first with Peruvian President Dina Boluarte and then with Bolivian President Luis Arce.");
    expect(found).toEqual([
      { type: "CALL", status: "OCCURRED", date: undefined, place: undefined, who: ["person:dina-boluarte", "person:gabriel-boric"] },
      { type: "CALL", status: "OCCURRED", date: undefined, place: undefined, who: ["person:gabriel-boric", "person:luis-arce"] },
    ]);
  });

  it("gives every clause the date of the sentence's opening phrase", () => {
    const found = eventsOf("On Monday, Dutch Prime Minister Mark Rutte visited Kyiv, and Belgian Prime Minister Alexander De Croo phoned Polish President Andrzej Duda.");
    expect(found.find((e) => e.type === "CALL")).toEqual({ type: "CALL", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["person:alexander-de-croo", "person:andrzej-duda"] });
  });

  // bug: the subject of the next clause (De Croo) is taken as a second host of Rutte's visit to Kyiv
  it.fails("gives a visit in the first clause no side from the second clause", () => {
    const found = eventsOf("On Monday, Dutch Prime Minister Mark Rutte visited Kyiv, and Belgian Prime Minister Alexander De Croo phoned Polish President Andrzej Duda.");
    expect(found.find((e) => e.type === "VISIT")).toEqual({ type: "VISIT", status: "OCCURRED", date: "2024-03-11", place: "place:UKR:kyiv", who: ["country:UKR", "person:mark-rutte"] });
  });

  it("reads 'the Ukrainian capital' as the place visited and its country as the host", () => {
    expect(eventsOf("Irish Prime Minister Leo Varadkar visited the Ukrainian capital on Monday.")).toEqual([
      { type: "VISIT", status: "OCCURRED", date: "2024-03-11", place: "place:UKR:kyiv", who: ["country:UKR", "person:leo-varadkar"] },
    ]);
  });
});

describe("negotiations", () => {
  it("reads talks about a settlement as negotiations, and other talks as a meeting", () => {
    expect(eventsOf("Egypt will hold peace talks with Sudan in May.")).toEqual([
      { type: "NEGOTIATION", status: "PLANNED", date: "2024-05", place: undefined, who: ["country:EGY", "country:SDN"] },
    ]);
    expect(eventsOf("Egypt will hold talks with Sudan in May.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: "2024-05", place: undefined, who: ["country:EGY", "country:SDN"] },
    ]);
  });

  it("drops talks whose only other side is an organisation", () => {
    // Organisations are no participants: with the African Union left out, Sudan has nobody across the table.
    expect(eventsOf("The African Union has announced that it will open peace talks with Sudan in May 2024.")).toEqual([]);
  });

  // bug: 'it' in "X has announced that it will hold talks" is not read as X, so the talks lose their first side
  it.fails("reads 'it' as the country that announced the talks", () => {
    expect(eventsOf("Egypt has announced that it will hold peace talks with Sudan in May 2024.")).toEqual([
      { type: "NEGOTIATION", status: "PLANNED", date: "2024-05", place: undefined, who: ["country:EGY", "country:SDN"] },
    ]);
  });

  // bug: wink tags 'open' after 'will' as an adjective, so 'will open talks' has no carrying verb and loses its subject
  it.fails("reads 'will open talks' like 'will hold talks'", () => {
    expect(eventsOf("Egypt will open peace talks with Sudan in May.")).toEqual([
      { type: "NEGOTIATION", status: "PLANNED", date: "2024-05", place: undefined, who: ["country:EGY", "country:SDN"] },
    ]);
  });
});

describe("status from tense and modality", () => {
  it("reads 'is expected to meet' as planned", () => {
    expect(eventsOf("Indian Prime Minister Narendra Modi is expected to meet Japanese Prime Minister Fumio Kishida on Friday.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: "2024-03-15", place: undefined, who: ["person:fumio-kishida", "person:narendra-modi"] },
    ]);
  });

  it("reads a cancelled meeting and one called off as cancelled", () => {
    expect(eventsOf("Turkish President Recep Tayyip Erdogan cancelled a meeting with Italian Prime Minister Giorgia Meloni.")).toEqual([
      { type: "MEETING", status: "CANCELLED", date: undefined, place: undefined, who: ["person:giorgia-meloni", "person:recep-tayyip-erdogan"] },
    ]);
    expect(eventsOf("A meeting between Turkish President Recep Tayyip Erdogan and Italian Prime Minister Giorgia Meloni was called off.")).toEqual([
      { type: "MEETING", status: "CANCELLED", date: undefined, place: undefined, who: ["person:giorgia-meloni", "person:recep-tayyip-erdogan"] },
    ]);
  });

  // bug: the subject of 'backed out of' a meeting is not a side, so the meeting is left with Meloni alone and dropped
  it.fails("reads 'backed out of a meeting' as a cancelled meeting of both sides", () => {
    expect(eventsOf("Turkish President Recep Tayyip Erdogan backed out of a meeting with Italian Prime Minister Giorgia Meloni.")).toEqual([
      { type: "MEETING", status: "CANCELLED", date: undefined, place: undefined, who: ["person:giorgia-meloni", "person:recep-tayyip-erdogan"] },
    ]);
  });

  // bug: the subject of 'called off' talks is not a side; the talks keep Xi alone and are flagged domestic
  it.fails("reads 'called off talks with X' as cancelled talks of both sides", () => {
    expect(eventsOf("German Chancellor Olaf Scholz called off talks with Chinese President Xi Jinping.")).toEqual([
      { type: "MEETING", status: "CANCELLED", date: undefined, place: undefined, who: ["person:olaf-scholz", "person:xi-jinping"] },
    ]);
  });

  it("reads 'called off his visit' as a cancelled visit to the country", () => {
    expect(eventsOf("German Chancellor Olaf Scholz called off his visit to Japan.")).toEqual([
      { type: "VISIT", status: "CANCELLED", date: undefined, place: undefined, who: ["country:JPN", "person:olaf-scholz"] },
    ]);
  });

  it("drops a contact that only could happen", () => {
    expect(eventsOf("German Chancellor Olaf Scholz could meet Chinese President Xi Jinping next month.")).toEqual([]);
  });
});

describe("naming and reaching are no contacts", () => {
  it("does not read 'so-called' as a call", () => {
    expect(eventsOf("German Chancellor Olaf Scholz rejected the so-called Xi Jinping plan for Ukraine.")).toEqual([]);
  });

  it("does not read calling someone something as a call", () => {
    expect(eventsOf("German Chancellor Olaf Scholz called Chinese President Xi Jinping a difficult partner.")).toEqual([]);
    expect(eventsOf("German Chancellor Olaf Scholz said he called Chinese President Xi Jinping a partner.")).toEqual([]);
  });

  it("reads 'a diplomat called X' as the diplomat's name, and keeps the meeting that follows", () => {
    expect(eventsOf("A Kenyan trade envoy called Peter Otieno met German Chancellor Olaf Scholz on Monday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["person:olaf-scholz", "person:peter-otieno"] },
    ]);
  });

  it("does not read meeting a target, goal or deadline as a meeting", () => {
    expect(eventsOf("German Chancellor Olaf Scholz met his target for new housing in March.")).toEqual([]);
    expect(eventsOf("German Chancellor Olaf Scholz finally met his goal of a balanced budget.")).toEqual([]);
    expect(eventsOf("German Chancellor Olaf Scholz met the deadline for the budget on Monday.")).toEqual([]);
  });
});

describe("dates read by the contact's tense", () => {
  it("puts a weekday behind publication for a contact that happened and ahead of it for a planned one", () => {
    // Published on Wednesday 13 March 2024.
    expect(eventsOf("German Chancellor Olaf Scholz spoke by phone with Chinese President Xi Jinping on Thursday.")).toEqual([
      { type: "CALL", status: "OCCURRED", date: "2024-03-07", place: undefined, who: ["person:olaf-scholz", "person:xi-jinping"] },
    ]);
    expect(eventsOf("German Chancellor Olaf Scholz will speak by phone with Chinese President Xi Jinping on Thursday.")).toEqual([
      { type: "CALL", status: "PLANNED", date: "2024-03-14", place: undefined, who: ["person:olaf-scholz", "person:xi-jinping"] },
    ]);
    expect(eventsOf("Indian Prime Minister Narendra Modi will meet Japanese Prime Minister Fumio Kishida on Monday.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: "2024-03-18", place: undefined, who: ["person:fumio-kishida", "person:narendra-modi"] },
    ]);
  });

  it("keeps one year for both ends of a range within a month", () => {
    expect(eventsOf("German Chancellor Olaf Scholz visited Japan from 10 to 12 January.")).toEqual([
      { type: "VISIT", status: "OCCURRED", date: "2024-01-10", end: "2024-01-12", place: undefined, who: ["country:JPN", "person:olaf-scholz"] },
    ]);
    // A planned visit whose days have passed this year lies in the next one, both ends together.
    expect(eventsOf("German Chancellor Olaf Scholz will visit Japan from 2 to 4 March.")).toEqual([
      { type: "VISIT", status: "PLANNED", date: "2025-03-02", end: "2025-03-04", place: undefined, who: ["country:JPN", "person:olaf-scholz"] },
    ]);
  });

  it("does not date an agreement by the deadline it sets", () => {
    expect(eventsOf("Egypt and Sudan signed an agreement to share the river's water by 2012.", "2010-06-01")).toEqual([
      { type: "AGREEMENT", status: "OCCURRED", date: undefined, place: undefined, who: ["country:EGY", "country:SDN"] },
    ]);
    expect(eventsOf("Egypt and Sudan signed a treaty on Monday to share the river's water by 2012.", "2010-06-01")).toEqual([
      { type: "AGREEMENT", status: "OCCURRED", date: "2010-05-31", place: undefined, who: ["country:EGY", "country:SDN"] },
    ]);
  });
});

describe("coordinated sides", () => {
  it("reads 'the presidents of A, B and C' as three sides", () => {
    expect(eventsOf("The presidents of Kenya, Uganda and Tanzania met in Arusha on Monday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: "place:TZA:arusha", who: ["country:KEN", "country:TZA", "country:UGA"] },
    ]);
  });

  it("reads a list of three named leaders as three sides", () => {
    expect(eventsOf("Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan met in Arusha on Monday.")).toEqual([
      {
        type: "MEETING",
        status: "OCCURRED",
        date: "2024-03-11",
        place: "place:TZA:arusha",
        who: ["person:samia-suluhu-hassan", "person:william-samoei-ruto", "person:yoweri-museveni"],
      },
    ]);
  });
});
