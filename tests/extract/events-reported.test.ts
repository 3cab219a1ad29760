import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

/** Every sentence below was written for these tests. Published on a Wednesday. */
const PUBLISHED = "2024-03-13";

function eventsOf(text: string) {
  return extractArticle({ text, publishedAt: PUBLISHED }).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date,
    who: e.participants.map((p) => p.entityId).sort(),
  }));
}

const MACRON = "person:emmanuel-macron";
const SCHOLZ = "person:olaf-scholz";
const TUSK = "person:donald-tusk";

describe("a week named, not a day", () => {
  it("dates a contact 'last week' to the days of that week, Monday to Sunday", () => {
    expect(eventsOf("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris last week.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: { value: "2024-03-04", precision: "DAY", end: "2024-03-10" }, who: [MACRON, SCHOLZ] },
    ]);
  });
});

describe("the time of the telling is not the time of the contact told", () => {
  it("gives no date to a meeting someone said on Wednesday they had held", () => {
    const events = eventsOf("German Chancellor Olaf Scholz was in Rome. On Wednesday, Scholz said he had met French President Emmanuel Macron in Paris.");
    expect(events).toEqual([{ type: "MEETING", status: "OCCURRED", date: undefined, who: [MACRON, SCHOLZ] }]);
  });

  it("gives no date to a meeting a paper 'reported last week that' someone held", () => {
    const events = eventsOf("A Warsaw newspaper reported last week that Olaf Scholz met Donald Tusk.");
    expect(events.map((e) => [e.status, e.date])).toEqual([["OCCURRED", undefined]]);
  });

  it("does not read the day before a colon into the quotation after it", () => {
    const events = eventsOf('German Chancellor Olaf Scholz said on Tuesday: "Our delegation met French President Emmanuel Macron in Paris."');
    expect(events.every((e) => e.date === undefined)).toBe(true);
  });

  it("gives no date to a meeting told 'that evening' (the evening of the telling)", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz spoke by phone with Polish Prime Minister Donald Tusk on Tuesday. That evening, Scholz told reporters he had met French President Emmanuel Macron.",
    );
    expect(events.find((e) => e.who.includes(TUSK))?.date).toEqual({ value: "2024-03-12", precision: "DAY" });
    expect(events.find((e) => e.who.includes(MACRON))).toMatchObject({ status: "OCCURRED", date: undefined });
  });
});

describe("who the parties are", () => {
  it("reads 'our team' as the team, not the speaker, so the speaker made no visit", () => {
    const events = eventsOf('German Chancellor Olaf Scholz said: "Our German team has arrived in Paris to prepare the summit."');
    expect(events.filter((e) => e.who.includes(SCHOLZ))).toEqual([]);
  });

  it("counts a person named by an office phrase among 'the two leaders'", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz spoke in Berlin on Sunday. Polish Prime Minister Donald Tusk said the French president had agreed to send more aid, after the two leaders met in Warsaw on Monday.",
    );
    expect(events).toEqual([{ type: "MEETING", status: "OCCURRED", date: { value: "2024-03-11", precision: "DAY" }, who: [TUSK, MACRON] }]);
  });
});

describe("one contact, however it is referred to again", () => {
  it("does not read 'preparations for the talks continue' as talks going on", () => {
    const events = eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron met in Berlin on Monday. Preparations for the talks continue, officials said.");
    expect(events).toEqual([{ type: "MEETING", status: "OCCURRED", date: { value: "2024-03-11", precision: "DAY" }, who: [MACRON, SCHOLZ] }]);
  });

  it("joins a mention that leaves the status open to the planned summit of the same sides", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz will hold a summit with French President Emmanuel Macron in April. Critics of the Scholz-Macron summit said little would come of it.",
    );
    expect(events.map((e) => e.status)).toEqual(["PLANNED"]);
  });
});

describe("a sentence that opens with the contact", () => {
  it("reads an opening participle's contact as the main clause subject's, and a summit named beside it as another gathering", () => {
    const events = eventsOf("Meeting over lunch on Sunday with German Chancellor Olaf Scholz, host of this year's summit, Polish Prime Minister Donald Tusk praised the alliance.");
    expect(events).toEqual([{ type: "MEETING", status: "OCCURRED", date: { value: "2024-03-10", precision: "DAY" }, who: [TUSK, SCHOLZ] }]);
  });
});

describe("what names no contact", () => {
  it("reads 'called Roe's remarks a mistake' as naming, not a call to Roe", () => {
    expect(eventsOf("Polish Prime Minister Donald Tusk called Olaf Scholz's remarks a grave mistake.")).toEqual([]);
  });

  it("reads a contact noun modifying another noun as no contact ('his negotiation phase')", () => {
    expect(eventsOf("German Chancellor Olaf Scholz has begun a new negotiation phase and is annoyed with French President Emmanuel Macron.")).toEqual([]);
  });

  it("drops talks promised under a condition set off by commas ('if re-elected, he would hold talks')", () => {
    expect(eventsOf("Donald Tusk promised voters that, if re-elected, he would hold talks with Olaf Scholz.")).toEqual([]);
  });
});

describe("where a contact takes place, from the rest of the article", () => {
  const placeOf = (text: string) => extractArticle({ text, publishedAt: PUBLISHED }).events.map((e) => e.placeId);

  it("takes the place a 'where' clause opens on", () => {
    expect(placeOf("Polish Prime Minister Donald Tusk prepared to leave for Rome, where he will meet Olaf Scholz on Tuesday.")).toEqual(["place:ITA:rome"]);
  });

  it("takes the place of a later definite mention with one side of its own ('at Monday's summit in Warsaw')", () => {
    expect(placeOf("Olaf Scholz held a summit with Donald Tusk on Monday. Tusk later defended his remarks at Monday's summit in Warsaw.")).toEqual(["place:POL:warsaw"]);
  });

  it("prefers a city another report names to the whole country", () => {
    expect(placeOf("Olaf Scholz will meet Donald Tusk in Poland on Friday. The meeting will take place in Warsaw.")).toEqual(["place:POL:warsaw"]);
  });
});

describe("the tense of the contact, not of the sentence around it", () => {
  it("reads a present verb in a clause of time as a plan when the future is around it", () => {
    const events = eventsOf("Aides to German Chancellor Olaf Scholz are worried about what he will say when he and French President Emmanuel Macron meet at the spring summit.");
    expect(events.map((e) => [e.status, e.who])).toEqual([["PLANNED", [MACRON, SCHOLZ]]]);
  });

  it("does not read 'aides are worried' as a past that makes a contact happened", () => {
    const events = eventsOf("Aides to German Chancellor Olaf Scholz are worried about his meeting with French President Emmanuel Macron.");
    expect(events.map((e) => e.status)).toEqual(["UNKNOWN"]);
  });

  it("still reads a past verb in a clause of time as a contact that happened", () => {
    const events = eventsOf("When German Chancellor Olaf Scholz and French President Emmanuel Macron met in Paris, they discussed trade.");
    expect(events.map((e) => e.status)).toEqual(["OCCURRED"]);
  });
});

describe("a meeting on the sidelines of a named gathering", () => {
  it("keeps a two-sided meeting apart from the named summit both attend", () => {
    const events = eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron will attend the EU summit in Brussels. Scholz will meet Macron there on Friday.");
    expect(events.map((e) => [e.type, e.status, e.who])).toEqual([
      ["MEETING", "PLANNED", [MACRON, SCHOLZ]],
      ["SUMMIT", "PLANNED", [MACRON, SCHOLZ]],
    ]);
  });
});

describe("dates and sides of a plan", () => {
  it("reads a day and month with no tense as the nearest such day, a plan when it lies ahead", () => {
    const events = extractArticle({ text: "The highlight is French President Emmanuel Macron's April 24 state visit to Berlin.", publishedAt: "2024-04-03" }).events;
    expect(events.map((e) => [e.type, e.status, e.date?.value])).toEqual([["VISIT", "PLANNED", "2024-04-24"]]);
  });

  it("still moves a day ahead of publication back a year for a contact told in the past", () => {
    const events = extractArticle({ text: "French President Emmanuel Macron visited Berlin on December 2.", publishedAt: "2024-01-10" }).events;
    expect(events.map((e) => [e.status, e.date?.value])).toEqual([["OCCURRED", "2023-12-02"]]);
  });

  it("gives an infinitive of purpose the main verb's subject, not the place before it", () => {
    const events = eventsOf("Polish Prime Minister Donald Tusk will travel to Paris next week to meet French President Emmanuel Macron.");
    expect(events.map((e) => [e.type, e.who])).toEqual([["MEETING", [TUSK, MACRON]]]);
  });

  it("hands an infinitive after 'asked Roe' to Roe", () => {
    const events = eventsOf("Polish Prime Minister Donald Tusk asked German Chancellor Olaf Scholz to meet French President Emmanuel Macron.");
    expect(events.map((e) => e.who)).toEqual([[MACRON, SCHOLZ]]);
  });

  it("reads 'arrangements for the summit between Roe and Doe' as a planned summit of those two only", () => {
    const events = eventsOf("Polish officials flew to Paris on Sunday, busy with arrangements for a summit between Donald Tusk and Emmanuel Macron.");
    expect(events.map((e) => [e.type, e.status, e.who])).toEqual([["SUMMIT", "PLANNED", [TUSK, MACRON]]]);
  });
});

describe("hypotheticals and borrowed pairs", () => {
  it("drops a contact someone would have under the right circumstances", () => {
    expect(eventsOf("Polish Prime Minister Donald Tusk said he would meet Olaf Scholz under the right circumstances.")).toEqual([]);
  });

  it("does not read a plan word inside a title ('director of policy planning') as a plan", () => {
    const events = eventsOf("Aides led by the director of policy planning have held several rounds of talks with Donald Tusk and Olaf Scholz.");
    expect(events.map((e) => e.status)).toEqual(["OCCURRED"]);
  });

  it("finds the subject past a participle set off by commas ('Roe, accompanied by aides, met Doe')", () => {
    const events = eventsOf("Olaf Scholz, accompanied by his closest aides, met Donald Tusk in Warsaw.");
    expect(events.map((e) => e.who)).toEqual([[TUSK, SCHOLZ]]);
  });

  it("gives 'they' no pair when other people are named before it", () => {
    const events = eventsOf("Olaf Scholz met Donald Tusk in Warsaw on Monday. The French president hopes to hear Tusk's view when they talk by phone.");
    expect(events.map((e) => [e.type, e.who])).toEqual([["MEETING", [TUSK, SCHOLZ]]]);
  });
});

describe("owners, sons and offices", () => {
  it("reads 'called Roe's \"Europe First\" plan reckless' as naming the plan", () => {
    expect(eventsOf('The Kremlin called Polish Prime Minister Donald Tusk\'s "Europe First" plan reckless.')).toEqual([]);
  });

  it("still calls the person an office phrase after a possessive names", () => {
    const events = eventsOf("Polish Prime Minister Donald Tusk called Russia's foreign minister on Monday.");
    expect(events.map((e) => [e.type, e.who])).toEqual([["CALL", [TUSK, "person:sergei-lavrov"]]]);
  });

  it("does not give the father a meeting of 'Roe Jr.'", () => {
    const events = eventsOf("German Chancellor Olaf Scholz spoke in Berlin. Emmanuel Macron had a meeting with Scholz Jr. in Paris on Monday.");
    expect(events.flatMap((e) => e.who)).not.toContain(SCHOLZ);
  });
});

describe("pronouns after an office phrase", () => {
  it("reads 'he' as the person an office phrase names earlier in its sentence, not the name of the sentence before", () => {
    const events = extractArticle({
      text: "French President Emmanuel Macron spoke in Paris. The American president's taste for disruption showed within days of taking office, as he held a frosty call with Malcolm Turnbull, the Australian prime minister.",
      publishedAt: "2017-06-12",
    }).events;
    expect(events.map((e) => e.participants.map((p) => p.entityId).sort())).toEqual([["person:donald-trump", "person:malcolm-turnbull"]]);
  });
});

describe("one visit, however often it is told", () => {
  const visitsOf = (text: string, publishedAt: string) =>
    extractArticle({ text, publishedAt }).events.map((e) => [e.type, e.status, e.date?.value, e.placeId, e.participants.map((p) => p.entityId).sort()]);

  it("reads 'became the first leader to visit' as a visit made, dated in the past", () => {
    expect(visitsOf("In May, French President Emmanuel Macron became the first French leader to visit Nagasaki.", "2024-12-10")).toEqual([
      ["VISIT", "OCCURRED", "2024-05", "place:JPN:nagasaki", ["country:JPN", MACRON]],
    ]);
  });

  it("folds a visit made to hold a meeting into the meeting, which takes the visit's city", () => {
    expect(visitsOf("Polish Prime Minister Donald Tusk will visit Paris to meet French President Emmanuel Macron on Friday.", PUBLISHED)).toEqual([
      ["MEETING", "PLANNED", "2024-03-15", "place:FRA:paris", [TUSK, MACRON]],
    ]);
  });

  it("keeps one visit of one traveller to one city told as expected, as made and as 'the Roe–Doe visit'", () => {
    const events = visitsOf(
      "French President Emmanuel Macron was expected to visit Nagasaki. Japanese Prime Minister Fumio Kishida praised the Macron-Kishida visit. Macron visited Nagasaki on Monday.",
      "2024-05-22",
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.slice(0, 4)).toEqual(["VISIT", "OCCURRED", "2024-05-20", "place:JPN:nagasaki"]);
  });
});

describe("a side named by an appositive or an office the article showed", () => {
  it("reads 'with his counterpart, Chinese Defence Minister X' as a call with X", () => {
    const events = extractArticle({ text: "U.S. Defense Secretary Mark Esper talked by phone on Friday with his counterpart, Chinese Defence Minister Wei Fenghe.", publishedAt: "2019-11-20" }).events;
    expect(events.map((e) => e.participants.map((p) => p.entityId).sort())).toEqual([["person:mark-esper", "person:wei-fenghe"]]);
  });

  it("reads 'the Russian ambassador' as the one person the article showed in that post", () => {
    const events = extractArticle({
      text: "Russian Ambassador Sergey Kislyak attended the dinner. Jeff Sessions has acknowledged that he met the Russian ambassador twice in 2016.",
      publishedAt: "2017-03-03",
    }).events;
    expect(events.map((e) => e.participants.map((p) => p.entityId).sort())).toEqual([["person:jeff-sessions", "person:sergey-kislyak"]]);
  });
});

describe("a list of sides ends where a new clause begins", () => {
  it("does not read 'met the Poles, Scholz had not yet …' as a meeting with Scholz", () => {
    const events = eventsOf("Emmanuel Macron said that when he met with the Poles, Olaf Scholz had not yet made up his mind.");
    expect(events.flatMap((e) => e.who)).not.toContain(SCHOLZ);
  });
});

describe("one contact told with a state for a side, or with two dates while planned", () => {
  it("joins 'Tusk and Germany' to 'Tusk and Scholz' as one meeting, but never 'Macron met Scholz' to 'Tusk met Scholz'", () => {
    const events = eventsOf(
      "Polish Prime Minister Donald Tusk met German Chancellor Olaf Scholz in Berlin on Monday. Tusk's meeting with Germany was cordial. French President Emmanuel Macron met Scholz in Paris last month.",
    );
    expect(events.map((e) => e.who)).toEqual([[TUSK, SCHOLZ], [MACRON, SCHOLZ]]);
  });

  it("keeps one planned summit when its reports give it two dates", () => {
    const events = eventsOf(
      "Polish Prime Minister Donald Tusk will hold a summit with German Chancellor Olaf Scholz on June 12. Officials expect the Tusk-Scholz summit in July.",
    );
    expect(events.map((e) => [e.type, e.status, e.date?.value])).toEqual([["SUMMIT", "PLANNED", "2024-06-12"]]);
  });
});

describe("a later report makes a date exact", () => {
  it("takes the day a definite mention gives inside the month the first report gave", () => {
    const events = extractArticle({
      text: "Polish Prime Minister Donald Tusk will meet German Chancellor Olaf Scholz next month. The summit will take place in Warsaw on June 12th.",
      publishedAt: "2024-05-20",
    }).events;
    expect(events.map((e) => [e.type, e.status, e.date?.value, e.placeId])).toEqual([["SUMMIT", "PLANNED", "2024-06-12", "place:POL:warsaw"]]);
  });
});

describe("timetables and habits", () => {
  it("reads 'talks between Roe and Doe begin Monday' as talks to come on the next Monday", () => {
    const events = eventsOf("Talks between Polish Prime Minister Donald Tusk and German Chancellor Olaf Scholz begin Monday.");
    expect(events.map((e) => [e.status, e.date?.value])).toEqual([["PLANNED", "2024-03-18"]]);
  });

  it("drops a habit told as a contact ('has spoken with Doe more than with any other leader')", () => {
    expect(eventsOf("Polish Prime Minister Donald Tusk has spoken with German Chancellor Olaf Scholz by phone more than with any other leader.")).toEqual([]);
    expect(eventsOf("Donald Tusk meets Olaf Scholz regularly.")).toEqual([]);
  });
});

describe("a described group and the people it includes", () => {
  it("reads 'met other leaders, including Roe and Doe' as a meeting with Roe and Doe", () => {
    const events = eventsOf("Polish Prime Minister Donald Tusk met several heads of government, among them Emmanuel Macron and Olaf Scholz, in Brussels.");
    expect(events.map((e) => e.who)).toEqual([[TUSK, MACRON, SCHOLZ]]);
  });
});

describe("the purpose of a journey made", () => {
  it("reads 'flew to Berlin on Monday to meet Doe' as a meeting that happened that Monday", () => {
    const events = eventsOf("Polish Prime Minister Donald Tusk flew to Berlin on Monday to meet German Chancellor Olaf Scholz.");
    expect(events.map((e) => [e.type, e.status, e.date?.value])).toEqual([["MEETING", "OCCURRED", "2024-03-11"]]);
  });

  it("still reads 'will fly to Berlin on Monday to meet Doe' as a plan", () => {
    const events = eventsOf("Polish Prime Minister Donald Tusk will fly to Berlin on Monday to meet German Chancellor Olaf Scholz.");
    expect(events.map((e) => [e.status, e.date?.value])).toEqual([["PLANNED", "2024-03-18"]]);
  });
});

describe("preparing for a visit", () => {
  it("reads 'as they prepare to welcome Roe on his visit on Sunday' as a visit to come on the next Sunday", () => {
    const events = eventsOf("As Berlin prepares to welcome Polish Prime Minister Donald Tusk on his visit to Germany on Sunday, officials are busy.");
    expect(events.map((e) => [e.type, e.status, e.date?.value])).toEqual([["VISIT", "PLANNED", "2024-03-17"]]);
  });
});
