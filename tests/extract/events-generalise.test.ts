import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

/**
 * Ordinary news sentences that event rules made for one kind of sentence could misread. Every sentence
 * below was written for these tests. People the actor knowledge base knows carry its canonical name
 * (in a 2005 article "George Bush" is "George W. Bush"; with no publication date the base cannot tell
 * father from son and the name keeps its own slug). A case written `it.fails` pins what a careful
 * reader would accept and the extractor gets wrong today; its comment names the bug.
 */
/** `null` leaves the publication date out. */
function eventsOf(text: string, publishedAt: string | null = "2005-03-10") {
  return extractArticle({ text, ...(publishedAt ? { publishedAt } : {}) }).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date?.value,
    who: e.participants.map((p) => p.entityId).sort(),
    sentences: e.evidence.map((x) => x.sentence),
    domestic: e.domestic,
  }));
}

const BLAIR_CHIRAC = ["person:jacques-chirac", "person:tony-blair"];
const BLAIR_BUSH = ["person:george-w-bush", "person:tony-blair"];

describe("a modal after the trigger", () => {
  it("does not make a past meeting planned because the next clause has 'would'", () => {
    expect(eventsOf("Tony Blair met Jacques Chirac on Monday and said Britain would help.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2005-03-07", who: BLAIR_CHIRAC, sentences: [0] },
    ]);
  });

  it("stops at a relative clause and at a comma after a contact noun", () => {
    expect(eventsOf("Tony Blair held talks with Jacques Chirac, who said France would send aid.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, who: BLAIR_CHIRAC, sentences: [0] },
    ]);
    expect(eventsOf("The meeting between Gordon Brown and Javier Solana on Tuesday was friendly, and aides said a deal would be signed.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2005-03-08", who: ["person:gordon-brown", "person:javier-solana"], sentences: [0] },
    ]);
  });

  it("stops at a coordinated verb after a contact noun", () => {
    expect(eventsOf("Talks between Tony Blair and Jacques Chirac ended on Monday and officials said a deal would follow.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2005-03-07", who: BLAIR_CHIRAC, sentences: [0] },
    ]);
  });

  it("still reads the noun's own modal as a plan", () => {
    expect(eventsOf("Talks between Jack Straw and Javier Solana will resume in Brussels.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: undefined, who: ["person:jack-straw", "person:javier-solana"], sentences: [0] },
    ]);
  });

  // bug: 'to be led by X and Y' after a contact noun names no sides (the search for counterparts stops at 'by')
  it.fails("reads the sides of 'negotiations, to be led by X and Y, are to take place' as a plan", () => {
    expect(eventsOf("Negotiations, to be led by Jack Straw and Kamal Kharazi, are to take place in Geneva.")).toEqual([
      { type: "NEGOTIATION", status: "PLANNED", date: undefined, who: ["person:jack-straw", "person:kamal-kharazi"], sentences: [0] },
    ]);
  });
});

describe("the year of an article's narrative", () => {
  it("does not give a present-perfect contact an old year named earlier", () => {
    const text = "The Iraq war began in March 2003. Tony Blair has met George Bush to discuss the reconstruction of Iraq.";
    expect(eventsOf(text)).toEqual([{ type: "MEETING", status: "OCCURRED", date: undefined, who: BLAIR_BUSH, sentences: [1] }]);
    expect(eventsOf(text, null)).toEqual([{ type: "MEETING", status: "OCCURRED", date: undefined, who: ["person:george-bush", "person:tony-blair"], sentences: [1] }]);
  });

  it("lets the publication date, not a background year, stand for an undated past contact", () => {
    expect(eventsOf("The Iraq war began in March 2003. Tony Blair met George Bush to discuss the reconstruction of Iraq.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, who: BLAIR_BUSH, sentences: [1] },
    ]);
  });

  it("dates an undated past contact by the one year an undated article is set in", () => {
    const text = "The Conservatives lost power in 1974. The Conservative leader Edward Heath met Jeremy Thorpe at Downing Street to discuss a coalition.";
    expect(eventsOf(text, null)).toEqual([{ type: "MEETING", status: "OCCURRED", date: "1974", who: ["person:edward-heath", "person:jeremy-thorpe"], sentences: [1] }]);
  });

  it("takes no narrative year when the undated article names several", () => {
    const text = "The party won in 1997 and again in 2001. Tony Blair met George Bush to discuss the reconstruction of Iraq.";
    expect(eventsOf(text, null)).toEqual([{ type: "MEETING", status: "OCCURRED", date: undefined, who: ["person:george-bush", "person:tony-blair"], sentences: [1] }]);
  });
});

describe("negation", () => {
  it("does not let a negated relative clause negate the main verb", () => {
    expect(eventsOf("Jacques Chirac, who was not invited, met George Bush in Paris on Monday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2005-03-07", who: ["person:george-w-bush", "person:jacques-chirac"], sentences: [0] },
    ]);
  });

  // bug: 'not only' negates the first contact and 'but also' leaves the second without a subject, so neither is kept
  it.fails("reads 'not only … but also' as two contacts that happened", () => {
    // Read like "met Bush on Monday and also phoned Putin", which gives the call the day of the meeting.
    expect(eventsOf("Tony Blair not only met George Bush on Monday but also phoned Vladimir Putin.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2005-03-07", who: BLAIR_BUSH, sentences: [0] },
      { type: "CALL", status: "OCCURRED", date: "2005-03-07", who: ["person:tony-blair", "person:vladimir-putin"], sentences: [0] },
    ]);
  });

  it("still drops a contact negated on its own auxiliary", () => {
    expect(eventsOf("Tony Blair did not meet George Bush on Monday.")).toEqual([]);
    expect(eventsOf("Jacques Chirac has never met George Bush.")).toEqual([]);
  });
});

describe("'agreed with'", () => {
  it("does not read a shared opinion as an agreement", () => {
    expect(eventsOf("Tony Blair said he agreed with Gordon Brown that the economy was strong.")).toEqual([]);
    expect(eventsOf("Michael Howard agreed with Charles Kennedy on the need for an inquiry.")).toEqual([]);
  });

  it("reads an agreement to do something, or on a deal, as an agreement", () => {
    expect(eventsOf("Chancellor Gordon Brown agreed with Spanish Finance Minister Pedro Solbes to push forward a plan for debt relief.")).toEqual([
      { type: "AGREEMENT", status: "OCCURRED", date: undefined, who: ["person:gordon-brown", "person:pedro-solbes"], sentences: [0] },
    ]);
    expect(eventsOf("Foreign Secretary Jack Straw agreed with Javier Solana on a deal over the embargo.")).toEqual([
      { type: "AGREEMENT", status: "OCCURRED", date: undefined, who: ["person:jack-straw", "person:javier-solana"], sentences: [0] },
    ]);
  });
});

describe("a quoted 'the government' as a side", () => {
  it("does not add a government whose country no person or office in the article establishes", () => {
    expect(eventsOf("Tony Blair visited Paris. A meeting of EU farm ministers was held in Brussels on Monday, but the government said it was not represented.")).toEqual([
      { type: "VISIT", status: "OCCURRED", date: undefined, who: ["country:FRA", "person:tony-blair"], sentences: [0] },
    ]);
  });

  it("does not add a government that says it was not part of the contact", () => {
    expect(eventsOf("Prime Minister Tony Blair spoke in Leeds. Talks with Malaysia are under way, but the government said it was not involved.")).toEqual([]);
  });

  // bug: only 'not', 'never' and 'denied' mark a denial, so a government that "had no part in them" is added as a side
  it.fails("does not add a government that denies its part in other words", () => {
    expect(eventsOf("Prime Minister Tony Blair spoke in Leeds. Talks with Malaysia are under way, but the government said it had no part in them.")).toEqual([]);
  });

  it("adds the government of the article's office-holders when it speaks for an agentless contact", () => {
    expect(eventsOf("Foreign Secretary Jack Straw flew home on Monday. Talks have begun with Malaysia on a fishing accord, but the government said its offer stood.")).toEqual([
      { type: "MEETING", status: "ONGOING", date: undefined, who: ["country:GBR", "country:MYS"], sentences: [1] },
    ]);
  });
});

describe("calls for talks", () => {
  it("does not read a call, appeal or demand for talks as a contact", () => {
    expect(eventsOf("George Bush called for dialogue with Iran over its nuclear programme.")).toEqual([]);
    expect(eventsOf("Jack Straw urged fresh talks with Iran on Monday.")).toEqual([]);
    expect(eventsOf("The European Union appealed for negotiations with Iran.")).toEqual([]);
  });

  // bug: wink lemmatises 'dialogue' as 'dialog', which the trigger lexicon does not list
  it.fails("still reads dialogue that takes place as negotiations", () => {
    expect(eventsOf("Jack Straw held a dialogue with Iran on Monday.")).toEqual([
      { type: "NEGOTIATION", status: "OCCURRED", date: "2005-03-07", who: ["country:IRN", "person:jack-straw"], sentences: [0] },
    ]);
  });
});

describe("journeys at home", () => {
  it("does not make a trip inside the traveller's country a visit", () => {
    expect(eventsOf("Michael Howard will travel to Scotland on Monday.")).toEqual([]);
    expect(eventsOf("Charles Kennedy made a trip to Cornwall.")).toEqual([]);
    expect(eventsOf("Prime Minister Tony Blair made a trip to Manchester.")).toEqual([]);
  });

  // bug: the organisation after 'a tour of' ("the Commons") counts as a described other side, so the tour is kept as a one-sided visit (flagged domestic)
  it.fails("does not read a tour of a building as a visit", () => {
    expect(eventsOf("Tony Blair made a tour of the Commons on Monday.")).toEqual([]);
  });

  it("still reads travel abroad as a visit hosted by the country visited", () => {
    expect(eventsOf("Prime Minister Tony Blair will travel to Washington next week.")).toEqual([
      { type: "VISIT", status: "PLANNED", date: "2005-03-14", who: ["country:USA", "person:tony-blair"], sentences: [0] },
    ]);
    expect(eventsOf("Chancellor Gordon Brown visited Kenya on Monday.")).toEqual([
      { type: "VISIT", status: "OCCURRED", date: "2005-03-07", who: ["country:KEN", "person:gordon-brown"], sentences: [0] },
    ]);
  });
});

describe("'began', 'started' and 'under way'", () => {
  it("does not read a contact after a subordinate 'since … began' as under way", () => {
    expect(eventsOf("Since the war began, Tony Blair has held talks with George Bush eight times.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, who: BLAIR_BUSH, sentences: [0] },
    ]);
    expect(eventsOf("Since he started the job in 2004, Jack Straw has held talks with Colin Powell.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, who: ["person:colin-powell", "person:jack-straw"], sentences: [0] },
    ]);
  });

  it("still reads a contact the verb opens as under way", () => {
    expect(eventsOf("Chancellor Gordon Brown began a five-day visit to Kenya on Monday.")).toEqual([
      { type: "VISIT", status: "ONGOING", date: "2005-03-07", who: ["country:KEN", "person:gordon-brown"], sentences: [0] },
    ]);
  });

  // bug: 'are under way' is looked for only one word after the noun, so "talks with Malaysia on a fishing accord are under way" reads as past
  it.fails("reads talks that are under way as ongoing, however long the phrase before the verb", () => {
    expect(eventsOf("Talks with Malaysia on a fishing accord are under way, the British government said.")).toEqual([
      { type: "MEETING", status: "ONGOING", date: undefined, who: ["country:GBR", "country:MYS"], sentences: [0] },
    ]);
  });
});

describe("'the two' as a pair", () => {
  it("does not read 'the two injured' as the pair of the meeting just reported", () => {
    const events = eventsOf("Tony Blair met Gerhard Schroeder in Berlin on Monday. Two soldiers were hurt in Basra. The two injured were flown to Germany for talks with doctors.");
    expect(events).toEqual([{ type: "MEETING", status: "OCCURRED", date: "2005-03-07", who: ["person:gerhard-schroder", "person:tony-blair"], sentences: [0] }]);
  });
});

describe("a plan and a contact in one sentence", () => {
  it("keeps a meeting held ahead of a summit a meeting; the summit names no side and is no event", () => {
    expect(eventsOf("Tony Blair met Jacques Chirac on Monday ahead of the summit.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2005-03-07", who: BLAIR_CHIRAC, sentences: [0] },
    ]);
  });
});
