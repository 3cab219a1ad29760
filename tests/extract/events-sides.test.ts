import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

/** Every sentence below was written for these tests; each case exercises one family of event rules. */
function eventsOf(text: string, publishedAt = "2024-03-13") {
  return extractArticle({ text, publishedAt }).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date?.value,
    who: e.participants.map((p) => p.entityId).sort(),
    sentences: e.evidence.map((x) => x.sentence),
  }));
}

describe("contacts with one named side", () => {
  it("keeps a meeting whose other side is described, not named", () => {
    expect(eventsOf("German Chancellor Olaf Scholz held a private meeting with senior union leaders on Tuesday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-12", who: ["person:olaf-scholz"], sentences: [0] },
    ]);
  });

  it("keeps talks whose one named side is the object of 'with'", () => {
    expect(eventsOf("Trade talks have begun with Chile on the fishing quotas.")).toMatchObject([{ type: "NEGOTIATION", status: "ONGOING", who: ["country:CHL"] }]);
  });

  it("keeps a summit, which gathers several parties by itself", () => {
    expect(eventsOf("German Chancellor Olaf Scholz arrives in Jakarta for a regional summit.")).toMatchObject([{ type: "SUMMIT", status: "PLANNED", who: ["person:olaf-scholz"] }]);
  });

  it("drops a lone name beside a contact word with no other side", () => {
    expect(eventsOf("German Chancellor Olaf Scholz attended a meeting on Tuesday.")).toEqual([]);
  });

  it("reads a tour of a region, on its third day, as a visit under way", () => {
    expect(eventsOf("German Chancellor Olaf Scholz is on the third day of his five-day tour of Asia.")).toMatchObject([
      { type: "VISIT", status: "ONGOING", who: ["person:olaf-scholz"] },
    ]);
  });

  it("merges a report that leaves the status open into the nearby plan with the same side", () => {
    expect(eventsOf("German Chancellor Olaf Scholz will hold talks with union leaders in Berlin. The unions meeting Scholz want higher wages.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: undefined, who: ["person:olaf-scholz"], sentences: [0, 1] },
    ]);
  });
});

describe("sides carried over from earlier sentences", () => {
  it("reads 'They plan to hold a summit' as the pair just reported", () => {
    const events = eventsOf("German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday. They plan to hold a summit with business leaders next month.");
    expect(events.find((e) => e.type === "SUMMIT")).toMatchObject({ status: "PLANNED", date: "2024-04", who: ["person:emmanuel-macron", "person:olaf-scholz"] });
  });

  it("reads 'Talks will resume' as a planned contact of the same sides", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz held talks with French President Emmanuel Macron on Monday. The talks ended without a deal. Talks will resume next week.",
    );
    expect(events).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", who: ["person:emmanuel-macron", "person:olaf-scholz"], sentences: [0, 1] },
      { type: "MEETING", status: "PLANNED", date: "2024-03-20", who: ["person:emmanuel-macron", "person:olaf-scholz"], sentences: [2] },
    ]);
  });

  it("reads 'their governments would begin negotiations' as negotiations between the pair's countries", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz spoke by phone with Brazilian President Luiz Inacio Lula da Silva on Monday and said their governments would begin negotiations on a trade pact.",
    );
    expect(events.find((e) => e.type === "NEGOTIATION")).toMatchObject({ status: "PLANNED", who: ["country:BRA", "country:DEU"] });
  });

  it("gives an undated event the one date of a sentence that adds people to it", () => {
    const [event] = eventsOf("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. Italian Prime Minister Giorgia Meloni also joined the delegation on 27 January.");
    expect(event).toMatchObject({ date: "2024-01-27", who: ["person:emmanuel-macron", "person:giorgia-meloni", "person:olaf-scholz"] });
  });

  it("lets a later, stated date of 'the summit' replace the one reckoned from 'next week', in the year ahead", () => {
    const events = eventsOf(
      "Leaders will gather at next week's European Council summit, German Chancellor Olaf Scholz said. The two-day European Council summit in Brussels begins on 16 December.",
      "2024-12-08",
    );
    expect(events).toMatchObject([{ type: "SUMMIT", status: "PLANNED", date: "2024-12-16", who: ["org:european-council"], sentences: [0, 1] }]);
  });
});

describe("trigger families", () => {
  it("splits a visit to places in several countries into one visit per country", () => {
    expect(eventsOf("German Chancellor Olaf Scholz will visit a port in Kenya and a school in Ghana.").map((e) => e.who)).toEqual([
      ["country:KEN", "person:olaf-scholz"],
      ["country:GHA", "person:olaf-scholz"],
    ]);
  });

  it("reads a journey to a meeting as part of the meeting", () => {
    expect(eventsOf("German Chancellor Olaf Scholz will travel to Paris on Monday to meet French President Emmanuel Macron.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: "2024-03-18", who: ["person:emmanuel-macron", "person:olaf-scholz"], sentences: [0] },
    ]);
  });

  it("finds no contact in a negated one or in an invitation to do something", () => {
    expect(eventsOf("German Chancellor Olaf Scholz was not invited to the summit in Rome.")).toEqual([]);
    expect(eventsOf("The king invited German Chancellor Olaf Scholz to form a government.")).toEqual([]);
  });

  it("reads 'agreed with' a named leader as an agreement", () => {
    expect(eventsOf("German Chancellor Olaf Scholz agreed with Italian Prime Minister Giorgia Meloni to fund the new railway.")).toMatchObject([
      { type: "AGREEMENT", status: "OCCURRED", who: ["person:giorgia-meloni", "person:olaf-scholz"] },
    ]);
  });

  it("reads talks the sides have opened as under way, and talks a deal will open as planned", () => {
    expect(eventsOf("Norway has opened trade talks with Chile.")).toMatchObject([{ type: "NEGOTIATION", status: "ONGOING", who: ["country:CHL", "country:NOR"] }]);
    expect(eventsOf("The deal to open formal talks with Chile surprised observers.")).toMatchObject([{ type: "NEGOTIATION", status: "PLANNED", who: ["country:CHL"] }]);
  });

  it("reads a modal of the main clause for a contact in a later phrase", () => {
    expect(eventsOf("German Chancellor Olaf Scholz will tour a factory in Kenya before chairing a meeting of the Forum for Renewable Energy.")).toContainEqual(
      expect.objectContaining({ type: "MEETING", status: "PLANNED", who: ["person:olaf-scholz"] }),
    );
  });
});

describe("dates from the narrative", () => {
  it("dates a past event an undated article leaves undated by the year the narrative is set in", () => {
    const text = "The election in 1998 left no party in control. The first meeting between German Chancellor Olaf Scholz and French President Emmanuel Macron went well.";
    // With a publication date, the contact may be recent: the background year does not date it.
    expect(eventsOf(text)[0]).toMatchObject({ type: "MEETING", status: "OCCURRED", date: undefined });
    const [event] = extractArticle({ text }).events.map((e) => ({ type: e.type, status: e.status, date: e.date?.value }));
    expect(event).toMatchObject({ type: "MEETING", status: "OCCURRED", date: "1998" });
  });

  it("reads 'that day' as the day last named", () => {
    const events = eventsOf("German Chancellor Olaf Scholz arrived in Lisbon on Monday. Portuguese President Marcelo Rebelo de Sousa received Scholz at the palace that day.");
    expect(events).toMatchObject([{ type: "MEETING", date: "2024-03-11", who: ["person:marcelo-rebelo-de-sousa", "person:olaf-scholz"] }]);
  });

  it("gives a contact noun that is its clause's subject the date of its own predicate", () => {
    const [event] = eventsOf("A meeting in Madrid between German Chancellor Olaf Scholz and Spanish Prime Minister Pedro Sanchez ended in a row on Friday.");
    expect(event).toMatchObject({ type: "MEETING", status: "OCCURRED", date: "2024-03-08" });
  });

  it("carries the one side of the last contact into 'Discussions will resume'", () => {
    const events = eventsOf("Five unions met German Chancellor Olaf Scholz in Berlin. They want higher wages. Discussions will resume next week.");
    expect(events).toContainEqual({ type: "MEETING", status: "PLANNED", date: "2024-03-20", who: ["person:olaf-scholz"], sentences: [2] });
  });
});

describe("the pair and the reported clause", () => {
  it("reads 'their next meeting' as a planned meeting of the pair just reported", () => {
    const events = eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin on Monday. Macron suggested their next meeting should be held in Paris.");
    expect(events).toContainEqual({ type: "MEETING", status: "PLANNED", date: undefined, who: ["person:emmanuel-macron", "person:olaf-scholz"], sentences: [1] });
  });

  it("reads the tense of the reported clause, not a plan word before the reporting verb, and one call from 'spoken by phone … the call'", () => {
    const events = eventsOf(
      "Spanish Prime Minister Pedro Sanchez, who was not invited to the dinner, said he had spoken with French President Emmanuel Macron by phone on Tuesday, with other leaders joining the call later.",
    );
    expect(events).toEqual([{ type: "CALL", status: "OCCURRED", date: "2024-03-12", who: ["person:emmanuel-macron", "person:pedro-sanchez"], sentences: [0] }]);
  });
});

describe("group references and neighbouring events", () => {
  it("reads 'The two had spoken' as the pair just reported", () => {
    const events = eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin on Monday. The two had spoken by phone in a call in January.");
    expect(events).toContainEqual({ type: "CALL", status: "OCCURRED", date: "2024-01", who: ["person:emmanuel-macron", "person:olaf-scholz"], sentences: [1] });
  });

  it("keeps the named traveller when 'the two sides' are the subject of another verb", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin on Monday. The two sides agreed that German Foreign Minister Annalena Baerbock would travel to France next month.",
    );
    expect(events).toContainEqual({ type: "VISIT", status: "PLANNED", date: "2024-04", who: ["country:FRA", "person:annalena-baerbock"], sentences: [1] });
  });

  it("does not add a host of a third country to a visit", () => {
    const events = eventsOf("German Chancellor Olaf Scholz will visit Kenya next week. Indonesian President Joko Widodo hosts the leaders in Jakarta.");
    expect(events).toEqual([{ type: "VISIT", status: "PLANNED", date: "2024-03-20", who: ["country:KEN", "person:olaf-scholz"], sentences: [0] }]);
  });

  it("reads a summit the meeting came ahead of as planned, without the meeting's date", () => {
    const events = eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin on Monday, ahead of a European Union summit.");
    expect(events).toContainEqual({ type: "SUMMIT", status: "PLANNED", date: undefined, who: ["org:european-union"], sentences: [0] });
  });
});

describe("what is not a contact", () => {
  it("does not read an opinion shared with someone as an agreement", () => {
    expect(eventsOf("I agree with German Chancellor Olaf Scholz.")).toEqual([]);
    expect(eventsOf("The agency said it agreed with German Chancellor Olaf Scholz's assessment.")).toEqual([]);
  });

  it("does not read a tour of one's own country as a visit", () => {
    expect(eventsOf("British Prime Minister Rishi Sunak is on a tour of Britain to meet voters.")).toEqual([]);
  });

  it("does not read a recurring gathering or talks among one's own side as a contact", () => {
    expect(eventsOf("German Chancellor Olaf Scholz spoke at the regular meeting of the European Union.")).toEqual([]);
    expect(eventsOf("German Chancellor Olaf Scholz held frank discussions with fellow ministers on Monday.")).toEqual([]);
  });

  it("does not cancel talks because the clause after them calls off something else", () => {
    expect(eventsOf("Norway held talks with Chile on Monday and called off its plan.")).toMatchObject([{ type: "MEETING", status: "OCCURRED", who: ["country:CHL", "country:NOR"] }]);
  });
});


describe("the quoted government as the side of an agentless contact", () => {
  it("adds the government the sentence quotes to talks that name only the other side", () => {
    expect(eventsOf("Discussions have begun with Indonesia on the timing of the deployment, but the British government said the offer was aimed at Aceh.")).toMatchObject([
      { type: "MEETING", status: "ONGOING", who: ["country:GBR", "country:IDN"] },
    ]);
  });

  it("reads a bare 'the government' as the article's own", () => {
    expect(eventsOf("Foreign Secretary Alan Marsh flew home on Monday. Discussions have begun with Indonesia on the timing, but the government said the offer stood.")).toMatchObject([
      { type: "MEETING", status: "ONGOING", who: ["country:GBR", "country:IDN"] },
    ]);
  });

  it("invents no side the text does not name", () => {
    expect(eventsOf("Discussions have begun with Indonesia on the timing of the deployment.")).toMatchObject([{ who: ["country:IDN"] }]);
  });

  it("gives a passive consultation to the quoted government", () => {
    expect(eventsOf("Foreign Secretary Alan Marsh backs a higher pension age. The government says unions will be consulted before any changes are made.")).toMatchObject([
      { type: "MEETING", status: "PLANNED", who: ["country:GBR"], sentences: [1] },
    ]);
  });

  it("leaves a contact with its own agent alone", () => {
    expect(eventsOf("Chancellor Olaf Scholz held talks with Indonesia on Monday, the German government said.")).toMatchObject([
      { who: ["country:IDN", "person:olaf-scholz"] },
    ]);
  });
});

describe("a phrase after a contact noun that names who takes part", () => {
  it("reads 'negotiations, to be led by X and a Y official, are to take place' as planned talks with both sides", () => {
    expect(eventsOf("Follow-up negotiations, to be led by Secretary of State Ann Lowe and a senior Iranian official, are to take place soon, the statement said.")).toMatchObject([
      { type: "NEGOTIATION", status: "PLANNED", who: ["country:IRN", "country:USA", "person:ann-lowe"] },
    ]);
  });
});

describe("sittings told apart by their order", () => {
  it("keeps a first meeting and the final talks of the same pair as two events", () => {
    const text =
      "The February 1974 election left no party with a majority. Sir Edmund Hale and Mr Pierre Dupont had a friendly first meeting. Hours later, the deal unravelled. Within hours of his final talks with Mr Dupont, Sir Edmund told the nation he was resigning.";
    expect(eventsOf(text)).toMatchObject([
      { type: "MEETING", status: "OCCURRED", who: ["person:edmund-hale", "person:pierre-dupont"], sentences: [1] },
      { type: "MEETING", status: "OCCURRED", who: ["person:edmund-hale", "person:pierre-dupont"], sentences: [3] },
    ]);
  });
});

describe("articles with no publication date", () => {
  /** Events of a text given no publication date. */
  const undatedArticle = (text: string) => extractArticle({ text }).events.map((e) => ({ type: e.type, date: e.date?.value, who: e.participants.map((p) => p.entityId).sort(), sentences: e.evidence.map((x) => x.sentence) }));

  it("reports no date for a month named without its year", () => {
    expect(undatedArticle("July's G8 summit in Gleneagles will be chaired by Prime Minister Tony Blair.")).toEqual([
      { type: "SUMMIT", date: undefined, who: ["org:g8", "person:tony-blair"], sentences: [0] },
    ]);
  });

  it("keeps two meetings told apart only by relative days apart, undated", () => {
    expect(undatedArticle("Deputy Prime Minister Ed Carter met union leaders on Saturday. Mr Carter also held a private meeting with senior union figures last week.")).toHaveLength(2);
    expect(undatedArticle("Deputy Prime Minister Ed Carter met union leaders on Saturday. Mr Carter also held a private meeting with senior union figures last week.").every((e) => e.date === undefined)).toBe(true);
  });

  it("still reports a date stated with its year", () => {
    expect(undatedArticle("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on 4 June 2019.")).toMatchObject([{ type: "MEETING", date: "2019-06-04" }]);
  });
});

describe("a side named after a later contact noun", () => {
  it("gives 'with Turkey' to the negotiations it follows, not to the talks before them", () => {
    expect(eventsOf("Foreign Secretary Alan Marsh said he hoped the talks next week could set a date for negotiations with Turkey.")).toMatchObject([
      { type: "NEGOTIATION", status: "PLANNED", who: ["country:GBR", "country:TUR", "person:alan-marsh"] },
    ]);
  });
});
