import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

/**
 * Every sentence below was written for these tests; each case exercises one family of event rules.
 * People the actor knowledge base knows carry its canonical name (knowledge/actors.json). A case
 * written `it.fails` pins what a careful reader would accept and the extractor gets wrong today;
 * its comment names the bug.
 */
function eventsOf(text: string, publishedAt = "2024-03-13") {
  return extractArticle({ text, publishedAt }).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date?.value,
    place: e.placeId,
    who: e.participants.map((p) => p.entityId).sort(),
    sentences: e.evidence.map((x) => x.sentence),
    domestic: e.domestic,
  }));
}

const SCHOLZ = "person:olaf-scholz";
const SCHOLZ_MACRON = ["person:emmanuel-macron", SCHOLZ];

describe("contacts with one named side", () => {
  it("keeps a meeting whose other side is described, not named, and flags it domestic", () => {
    expect(eventsOf("German Chancellor Olaf Scholz met railway union leaders in Hamburg on Tuesday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-12", place: "place:DEU:hamburg", who: [SCHOLZ], sentences: [0], domestic: true },
    ]);
  });

  // bug: a plural possessive before the group ("teachers' union leaders") hides the described side, so the meeting is dropped as a lone name
  it.fails("keeps a meeting with a group named through a plural possessive", () => {
    expect(eventsOf("Deputy Prime Minister Ed Carter met teachers' union leaders on Saturday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-09", place: undefined, who: ["person:ed-carter"], sentences: [0] },
    ]);
  });

  it("drops agentless talks whose only named side is a country", () => {
    // Nobody named sits across the table from Chile: a lone name is no contact.
    expect(eventsOf("Talks on fishing quotas have begun with Chile.")).toEqual([]);
  });

  it("reads arriving in a foreign capital for a summit as a visit, and drops a summit whose other sides go unnamed", () => {
    expect(eventsOf("German Chancellor Olaf Scholz arrives in Jakarta for a regional summit.")).toEqual([
      { type: "VISIT", status: "OCCURRED", date: undefined, place: "place:IDN:jakarta", who: ["country:IDN", SCHOLZ], sentences: [0] },
    ]);
  });

  it("keeps a summit of a named group with its one named leader, not flagged domestic", () => {
    // The journey to the summit is part of it.
    expect(eventsOf("German Chancellor Olaf Scholz arrives in Tokyo for the G7 summit.")).toEqual([
      { type: "SUMMIT", status: "ONGOING", date: undefined, place: "place:JPN:tokyo", who: [SCHOLZ], sentences: [0] },
    ]);
  });

  it("drops a lone name beside a contact word with no other side", () => {
    expect(eventsOf("German Chancellor Olaf Scholz attended a meeting on Tuesday.")).toEqual([]);
  });

  // bug: 'tour of <region>' gives the tour no place ("of" is no venue preposition), so the region tour is dropped; "tour to Asia" is kept
  it.fails("reads a tour of a region, on its third day, as a visit under way", () => {
    expect(eventsOf("German Chancellor Olaf Scholz is on the third day of his five-day tour of Asia.")).toEqual([
      { type: "VISIT", status: "ONGOING", date: undefined, place: "place:XXX:asia", who: [SCHOLZ], sentences: [0] },
    ]);
  });

  it("does not flag a trip abroad with one traveller as domestic", () => {
    expect(eventsOf("German Chancellor Olaf Scholz began a six-day trip to South America on Monday.")).toEqual([
      { type: "VISIT", status: "ONGOING", date: "2024-03-11", place: "place:XXX:latin-america", who: [SCHOLZ], sentences: [0] },
    ]);
  });

  it("merges a report that leaves the status open into the nearby plan with the same side", () => {
    expect(eventsOf("German Chancellor Olaf Scholz will hold talks with union leaders in Berlin. The unions meeting Scholz are asking for shorter hours.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: undefined, place: "place:DEU:berlin", who: [SCHOLZ], sentences: [0, 1], domestic: true },
    ]);
  });
});

describe("sides carried over from earlier sentences", () => {
  it("reads 'They will hold a summit' as the pair just reported", () => {
    expect(eventsOf("German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday. They will hold a joint summit on energy prices in May.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: SCHOLZ_MACRON, sentences: [0] },
      { type: "SUMMIT", status: "PLANNED", date: "2024-05", place: undefined, who: SCHOLZ_MACRON, sentences: [1] },
    ]);
  });

  it("reads 'The talks will continue' as a planned contact of the same sides", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz held talks with French President Emmanuel Macron on Monday. The talks ended without a deal. The talks will continue on Friday.",
    );
    expect(events).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: SCHOLZ_MACRON, sentences: [0, 1] },
      { type: "MEETING", status: "PLANNED", date: "2024-03-15", place: undefined, who: SCHOLZ_MACRON, sentences: [2] },
    ]);
  });

  // bug: the possessive 'their' in "their governments would begin negotiations" is skipped as a subject, so the pair's states are never read
  it.fails("reads 'their governments would begin negotiations' as negotiations between the pair's countries", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz spoke by phone with Brazilian President Luiz Inacio Lula da Silva on Monday and said their governments would begin negotiations on a trade pact.",
    );
    expect(events).toEqual([
      { type: "CALL", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["person:luiz-inacio-lula-da-silva", SCHOLZ], sentences: [0] },
      { type: "NEGOTIATION", status: "PLANNED", date: undefined, place: undefined, who: ["country:BRA", "country:DEU"], sentences: [0] },
    ]);
  });

  // bug: "X also joined the talks on <day>" lends its day to the talks just reported but does not add X to them
  it.fails("adds a person who joined the talks later, with the day they did", () => {
    const events = eventsOf("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. Italian Prime Minister Giorgia Meloni also joined the talks on 27 January.");
    expect(events).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-01-27", place: "place:FRA:paris", who: ["person:emmanuel-macron", "person:giorgia-meloni", SCHOLZ], sentences: [0, 1] },
    ]);
  });

  // bug: a day stated later for 'the summit' does not replace the day reckoned from 'next week' (publication + 7)
  it.fails("lets a later, stated day of 'the summit' replace the one reckoned from 'next week', in the year ahead", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz and French President Emmanuel Macron will meet at a summit in Brussels next week. The summit opens on 2 January.",
      "2024-12-28",
    );
    expect(events).toEqual([{ type: "SUMMIT", status: "PLANNED", date: "2025-01-02", place: "place:BEL:brussels", who: SCHOLZ_MACRON, sentences: [0, 1] }]);
  });
});

describe("trigger families", () => {
  // bug: neither "a port in Kenya" nor "a school in Ghana" is read as the place visited, so the visit has no host and is dropped before it can be split
  it.fails("splits a visit to places in several countries into one visit per country", () => {
    expect(eventsOf("German Chancellor Olaf Scholz will visit a port in Kenya and a school in Ghana.")).toEqual([
      { type: "VISIT", status: "PLANNED", date: undefined, place: undefined, who: ["country:KEN", SCHOLZ], sentences: [0] },
      { type: "VISIT", status: "PLANNED", date: undefined, place: undefined, who: ["country:GHA", SCHOLZ], sentences: [0] },
    ]);
  });

  it("reads a journey to a meeting as part of the meeting", () => {
    expect(eventsOf("German Chancellor Olaf Scholz will travel to Paris on Monday to meet French President Emmanuel Macron.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: "2024-03-18", place: "place:FRA:paris", who: SCHOLZ_MACRON, sentences: [0] },
    ]);
  });

  it("finds no contact in a negated one or in a request to do something", () => {
    expect(eventsOf("German Chancellor Olaf Scholz was not invited to the summit in Rome.")).toEqual([]);
    expect(eventsOf("The president asked German Chancellor Olaf Scholz to form a new cabinet.")).toEqual([]);
  });

  // bug: an invitation to visit is read as a planned visit ('invited' sits outside the verb group of "to visit")
  it.fails("finds no visit in an invitation to visit", () => {
    expect(eventsOf("Chinese President Xi Jinping invited German Chancellor Olaf Scholz to visit Beijing.")).toEqual([]);
  });

  it("reads 'agreed with' a named leader as an agreement", () => {
    expect(eventsOf("German Chancellor Olaf Scholz agreed with Italian Prime Minister Giorgia Meloni to fund the new railway.")).toEqual([
      { type: "AGREEMENT", status: "OCCURRED", date: undefined, place: undefined, who: ["person:giorgia-meloni", SCHOLZ], sentences: [0] },
    ]);
  });

  it("reads talks the sides have opened as under way, and talks they agreed to hold as planned", () => {
    expect(eventsOf("Norway has opened trade talks with Chile.")).toEqual([
      { type: "NEGOTIATION", status: "ONGOING", date: undefined, place: undefined, who: ["country:CHL", "country:NOR"], sentences: [0] },
    ]);
    expect(eventsOf("Norway agreed to hold formal trade talks with Chile.")).toEqual([
      { type: "NEGOTIATION", status: "PLANNED", date: undefined, place: undefined, who: ["country:CHL", "country:NOR"], sentences: [0] },
    ]);
  });

  it("reads a modal of the main clause for a contact in a later phrase", () => {
    expect(eventsOf("German Chancellor Olaf Scholz will tour a factory in Kenya before holding talks with Kenyan President William Ruto.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: undefined, place: undefined, who: [SCHOLZ, "person:william-samoei-ruto"], sentences: [0] },
    ]);
  });

  // bug: wink tags the gerund in "before meeting X" as a noun, and a contact noun takes no object without a preposition, so the meeting is dropped
  it.fails("reads 'before meeting X' with X as the other side", () => {
    expect(eventsOf("German Chancellor Olaf Scholz will tour a factory in Kenya before meeting Kenyan President William Ruto.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: undefined, place: undefined, who: [SCHOLZ, "person:william-samoei-ruto"], sentences: [0] },
    ]);
  });
});

describe("dates from the narrative", () => {
  it("dates a past event an undated article leaves undated by the year the narrative is set in", () => {
    const text = "The election in 1998 left no party in control. The first meeting between German Chancellor Olaf Scholz and French President Emmanuel Macron went well.";
    // With a publication date, the contact may be recent: the background year does not date it.
    expect(eventsOf(text)).toEqual([{ type: "MEETING", status: "OCCURRED", date: undefined, place: undefined, who: SCHOLZ_MACRON, sentences: [1] }]);
    const undated = extractArticle({ text }).events.map((e) => ({ type: e.type, status: e.status, date: e.date?.value, who: e.participants.map((p) => p.entityId).sort() }));
    expect(undated).toEqual([{ type: "MEETING", status: "OCCURRED", date: "1998", who: SCHOLZ_MACRON }]);
  });

  it("reads 'that day' as the day last named, and arriving in a foreign capital as a visit", () => {
    const events = eventsOf("German Chancellor Olaf Scholz arrived in Lisbon on Monday. Portuguese President Marcelo Rebelo de Sousa received Scholz at the palace that day.");
    expect(events).toEqual([
      { type: "VISIT", status: "OCCURRED", date: "2024-03-11", place: "place:PRT:lisbon", who: ["country:PRT", SCHOLZ], sentences: [0] },
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["person:marcelo-rebelo-de-sousa", SCHOLZ], sentences: [1] },
    ]);
  });

  it("gives a contact noun that is its clause's subject the date of its own predicate", () => {
    expect(eventsOf("A meeting in Madrid between German Chancellor Olaf Scholz and Spanish Prime Minister Pedro Sanchez ended in a row on Friday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-08", place: "place:ESP:madrid", who: [SCHOLZ, "person:pedro-sanchez"], sentences: [0] },
    ]);
  });

  // bug: a contact carried over from a one-named contact with a described side ("Five unions met Scholz") is dropped as a lone name
  it.fails("carries the one side of the last contact into 'The discussions will continue'", () => {
    const events = eventsOf("Five farmers' unions met German Chancellor Olaf Scholz in Berlin. They are angry about diesel taxes. The discussions will continue next week.");
    expect(events).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, place: "place:DEU:berlin", who: [SCHOLZ], sentences: [0], domestic: true },
      { type: "MEETING", status: "PLANNED", date: "2024-03-20", place: undefined, who: [SCHOLZ], sentences: [2], domestic: true },
    ]);
  });
});

describe("the pair and the reported clause", () => {
  it("reads 'their next meeting' as a planned meeting of the pair just reported", () => {
    const events = eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin on Monday. Macron suggested their next meeting should be held in Paris.");
    expect(events).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: "place:DEU:berlin", who: SCHOLZ_MACRON, sentences: [0] },
      { type: "MEETING", status: "PLANNED", date: undefined, place: "place:FRA:paris", who: SCHOLZ_MACRON, sentences: [1] },
    ]);
  });

  it("reads the tense of the reported clause, not a plan word before the reporting verb, and one call from 'spoken by phone … the call'", () => {
    const events = eventsOf(
      "Spanish Prime Minister Pedro Sanchez, who was not invited to the dinner, said he had spoken with French President Emmanuel Macron by phone on Tuesday, with other leaders joining the call later.",
    );
    expect(events).toEqual([{ type: "CALL", status: "OCCURRED", date: "2024-03-12", place: undefined, who: ["person:emmanuel-macron", "person:pedro-sanchez"], sentences: [0] }]);
  });
});

describe("group references and neighbouring events", () => {
  // bug: a bare "The two" as a subject is not read as the pair just reported ("The two leaders" and "They" are)
  it.fails("reads 'The two had spoken' as the pair just reported", () => {
    const events = eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin on Monday. The two had spoken by phone in a call in January.");
    expect(events).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: "place:DEU:berlin", who: SCHOLZ_MACRON, sentences: [0] },
      { type: "CALL", status: "OCCURRED", date: "2024-01", place: undefined, who: SCHOLZ_MACRON, sentences: [1] },
    ]);
  });

  it("keeps the named traveller when 'the two sides' are the subject of another verb", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin on Monday. The two sides agreed that German Foreign Minister Annalena Baerbock would travel to France next month.",
    );
    expect(events).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: "place:DEU:berlin", who: SCHOLZ_MACRON, sentences: [0] },
      { type: "VISIT", status: "PLANNED", date: "2024-04", place: undefined, who: ["country:FRA", "person:annalena-baerbock"], sentences: [1] },
    ]);
  });

  it("does not add a host of a third country to a visit", () => {
    const events = eventsOf("German Chancellor Olaf Scholz will visit Kenya next week. Indonesian President Joko Widodo hosts the leaders in Jakarta.");
    expect(events).toEqual([{ type: "VISIT", status: "PLANNED", date: "2024-03-18", place: undefined, who: ["country:KEN", SCHOLZ], sentences: [0] }]);
  });

  it("keeps a meeting held ahead of a summit a meeting with its own date; a summit that names no side is no event", () => {
    const events = eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin on Monday, ahead of a European Union summit.");
    expect(events).toEqual([{ type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: "place:DEU:berlin", who: SCHOLZ_MACRON, sentences: [0] }]);
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

  it("does not read a recurring gathering as a contact", () => {
    expect(eventsOf("German Chancellor Olaf Scholz spoke at the annual meeting of the European Union.")).toEqual([]);
    expect(eventsOf("German Chancellor Olaf Scholz addressed the weekly meeting of his party's MPs.")).toEqual([]);
  });

  it("keeps talks among one's own government and flags them domestic", () => {
    expect(eventsOf("German Chancellor Olaf Scholz held long discussions with his own cabinet ministers on Monday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: [SCHOLZ], sentences: [0], domestic: true },
    ]);
  });

  it("does not cancel talks because the clause after them calls off something else", () => {
    expect(eventsOf("Norway held talks with Chile on Monday and later called off its boycott of Chilean salmon.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["country:CHL", "country:NOR"], sentences: [0] },
    ]);
  });
});

describe("the quoted government as the side of an agentless contact", () => {
  it("adds the government the sentence quotes to talks that name only the other side", () => {
    expect(eventsOf("Talks have started with Vietnam on the size of the loan, but the Japanese government said the loan would be large.")).toEqual([
      { type: "MEETING", status: "ONGOING", date: undefined, place: undefined, who: ["country:JPN", "country:VNM"], sentences: [0] },
    ]);
  });

  it("reads a bare 'the government' as the article's own", () => {
    expect(
      eventsOf("Japanese Foreign Minister Kenji Ota returned to Tokyo on Monday. Talks have started with Vietnam on the loan, but the government said its terms were firm."),
    ).toEqual([{ type: "MEETING", status: "ONGOING", date: undefined, place: undefined, who: ["country:JPN", "country:VNM"], sentences: [1] }]);
  });

  it("invents no side the text does not name, and keeps no contact with one country alone", () => {
    expect(eventsOf("Talks have started with Vietnam on the size of the loan.")).toEqual([]);
  });

  it("leaves a contact with its own agent alone", () => {
    expect(eventsOf("Chancellor Olaf Scholz held talks with Indonesia on Monday, the German government said.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["country:IDN", SCHOLZ], sentences: [0] },
    ]);
  });
});

describe("a phrase after a contact noun that names who takes part", () => {
  // bug: 'to be led by X and Y' after a contact noun names no sides (the search for counterparts stops at 'by')
  it.fails("reads 'negotiations, to be led by X and a Y official, are to take place' as planned talks with both sides", () => {
    // The Iranian official is Iran's side; the secretary of state stands for her own country.
    expect(eventsOf("Follow-up negotiations, to be led by Secretary of State Ann Lowe and a senior Iranian official, are to take place soon, the statement said.")).toEqual([
      { type: "NEGOTIATION", status: "PLANNED", date: undefined, place: undefined, who: ["country:IRN", "person:ann-lowe"], sentences: [0] },
    ]);
  });
});

describe("sittings of one pair told apart", () => {
  it("keeps a first meeting and the final talks of the same pair as two events", () => {
    const text =
      "German Chancellor Olaf Scholz and French President Emmanuel Macron had a cordial first meeting in Paris. Weeks later, relations soured. After their final talks in Berlin, Scholz ordered a review of the treaty.";
    expect(eventsOf(text)).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, place: "place:FRA:paris", who: SCHOLZ_MACRON, sentences: [0] },
      { type: "MEETING", status: "OCCURRED", date: undefined, place: "place:DEU:berlin", who: SCHOLZ_MACRON, sentences: [2] },
    ]);
  });

  // bug: stage 7 merges undated reports of one pair whatever their places, and 'again' does not keep a second sitting apart
  it.fails("keeps apart two meetings of the same pair held in different cities", () => {
    expect(eventsOf("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. The two leaders met again in Berlin.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, place: "place:FRA:paris", who: SCHOLZ_MACRON, sentences: [0] },
      { type: "MEETING", status: "OCCURRED", date: undefined, place: "place:DEU:berlin", who: SCHOLZ_MACRON, sentences: [1] },
    ]);
  });
});

describe("articles with no publication date", () => {
  /** Events of a text given no publication date, in the order of their first sentence. */
  const undatedArticle = (text: string) =>
    extractArticle({ text })
      .events.map((e) => ({ type: e.type, status: e.status, date: e.date?.value, place: e.placeId, who: e.participants.map((p) => p.entityId).sort(), sentences: e.evidence.map((x) => x.sentence) }))
      .sort((a, b) => a.sentences[0]! - b.sentences[0]!);
  const LULA_XI = ["person:luiz-inacio-lula-da-silva", "person:xi-jinping"];

  it("reports no date for a month named without its year", () => {
    // Meeting at a named summit: their meeting on its sidelines and the summit they attend, neither dated.
    expect(undatedArticle("Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping will meet at November's G20 summit in Rio.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: undefined, place: "place:BRA:rio-de-janeiro", who: LULA_XI, sentences: [0] },
      { type: "SUMMIT", status: "PLANNED", date: undefined, place: "place:BRA:rio-de-janeiro", who: LULA_XI, sentences: [0] },
    ]);
  });

  // bug: the agent of a passive ("will be attended by X and Y") gives a contact noun no sides
  it.fails("reads the people a passive names as the sides of the summit", () => {
    expect(undatedArticle("November's G20 summit in Rio will be attended by Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping.")).toEqual([
      { type: "SUMMIT", status: "PLANNED", date: undefined, place: "place:BRA:rio-de-janeiro", who: LULA_XI, sentences: [0] },
    ]);
  });

  it("keeps two meetings told apart only by relative days apart, undated", () => {
    expect(undatedArticle("Deputy Prime Minister Ed Carter met teaching union leaders on Saturday. Mr Carter had also met nursing union leaders last week.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, place: undefined, who: ["person:ed-carter"], sentences: [0] },
      { type: "MEETING", status: "OCCURRED", date: undefined, place: undefined, who: ["person:ed-carter"], sentences: [1] },
    ]);
  });

  it("still reports a date stated with its year", () => {
    expect(undatedArticle("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on 4 June 2019.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2019-06-04", place: "place:FRA:paris", who: SCHOLZ_MACRON, sentences: [0] },
    ]);
  });
});

describe("a side named after a later contact noun", () => {
  it("gives 'with X' to the negotiations it follows, not to the talks before them", () => {
    // The talks on Monday name nobody across the table and are no contact.
    expect(eventsOf("German Chancellor Olaf Scholz held talks on Monday before negotiations with Italian Prime Minister Giorgia Meloni on Tuesday.")).toEqual([
      { type: "NEGOTIATION", status: "OCCURRED", date: "2024-03-12", place: undefined, who: ["person:giorgia-meloni", SCHOLZ], sentences: [0] },
    ]);
  });
});
