import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

/** Every sentence below was written for these tests. */
function eventsOf(text: string, publishedAt = "2024-03-12") {
  return extractArticle({ text, publishedAt }).events.map((e) => ({
    type: e.type,
    status: e.status,
    date: e.date?.value,
    place: e.placeId,
    who: e.participants.map((p) => p.entityId).sort(),
  }));
}

const MACRON = "person:emmanuel-macron";
const SCHOLZ = "person:olaf-scholz";

describe("who speaks", () => {
  it("reads 'we' in a quotation as its speaker, so a plan and the call that followed are one call", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz spoke by phone with Polish Prime Minister Donald Tusk on Tuesday. " +
        '"We will begin by calling President Emmanuel Macron," Scholz said. ' +
        "Later, his office said a call had taken place between Scholz and Macron.",
    );
    expect(events).toEqual([
      { type: "CALL", status: "OCCURRED", date: "2024-03-12", place: undefined, who: ["person:donald-tusk", SCHOLZ] },
      { type: "CALL", status: "OCCURRED", date: "2024-03-12", place: undefined, who: [MACRON, SCHOLZ] },
    ]);
  });

  it("gives no date to a call told 'later' when the contact before it was not on the publication day", () => {
    const events = eventsOf(
      "German Chancellor Olaf Scholz spoke by phone with Polish Prime Minister Donald Tusk on Monday. Later, his office said a call had taken place between Scholz and French President Emmanuel Macron.",
      "2024-03-14",
    );
    expect(events.find((e) => e.who.includes(MACRON))).toEqual({ type: "CALL", status: "OCCURRED", date: undefined, place: undefined, who: [MACRON, SCHOLZ] });
  });

  it("reads 'he' opening a reported clause as the speaker, not the interviewer named before it", () => {
    expect(eventsOf("French President Emmanuel Macron said during an interview with radio host Jane Roe that he had met German Chancellor Olaf Scholz twice.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, place: undefined, who: [MACRON, SCHOLZ] },
    ]);
  });
});

describe("sides from the clause", () => {
  it("keeps a titled person after 'and' in the subject ('X and French President Y begin their summit')", () => {
    expect(eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron begin their summit in Lisbon on Wednesday.")).toEqual([
      { type: "SUMMIT", status: "PLANNED", date: "2024-03-13", place: "place:PRT:lisbon", who: [MACRON, SCHOLZ] },
    ]);
  });

  it("reads 'meetings with visiting President X' as meetings with X", () => {
    expect(eventsOf("German Chancellor Olaf Scholz spent Friday in Lisbon, in private meetings with visiting French President Emmanuel Macron.", "2024-03-16")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-15", place: "place:PRT:lisbon", who: [MACRON, SCHOLZ] },
    ]);
  });

  it("reads 'the meeting X had with Y' as X and Y, and a capitalised May in it as the month", () => {
    expect(eventsOf("The report described the May 10 meeting German Chancellor Olaf Scholz had with French President Emmanuel Macron.", "2024-05-16")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-05-10", place: undefined, who: [MACRON, SCHOLZ] },
    ]);
  });

  it("reads 'called the German chancellor, X' as a call, but 'called the president a liar' as naming", () => {
    expect(eventsOf("French President Emmanuel Macron called the German chancellor, Olaf Scholz, on Monday.")).toEqual([
      { type: "CALL", status: "OCCURRED", date: "2024-03-11", place: undefined, who: [MACRON, SCHOLZ] },
    ]);
    expect(eventsOf("German Chancellor Olaf Scholz spoke in Berlin. She called the president a liar.")).toEqual([]);
    expect(eventsOf("The villain of the play was a shabby young Ruritanian called Otto Brunner, French President Emmanuel Macron said.")).toEqual([]);
    expect(eventsOf("One of the so-called Riverside Three, Tom Varga, told French President Emmanuel Macron the case was closed.")).toEqual([]);
  });

  it("does not make the owner of a described side a side ('met the president's aides')", () => {
    expect(eventsOf("Campaigner Tom Varga met French President Emmanuel Macron's aides on Monday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: ["person:tom-varga"] },
    ]);
  });

  it("does not read praise for a person's decision as a welcome", () => {
    expect(eventsOf("German Chancellor Olaf Scholz welcomed Emmanuel Macron's decision.")).toEqual([]);
  });

  it("does not read a reception by officials on arrival as a meeting", () => {
    expect(eventsOf("French President Emmanuel Macron arrived in Berlin and was met by senior German officials.")).toEqual([
      { type: "VISIT", status: "OCCURRED", date: undefined, place: "place:DEU:berlin", who: ["country:DEU", MACRON] },
    ]);
  });

  it("does not lend a month in a person's name ('Theresa May') to a contact", () => {
    expect(eventsOf("British Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin.", "2018-04-12")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: undefined, place: "place:DEU:berlin", who: ["person:angela-merkel", "person:theresa-may"] },
    ]);
  });
});

describe("status, dates and places", () => {
  it("reads a bare weekday with no tense as the nearest one, and a later date as planned", () => {
    expect(eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron hold talks in Lisbon on Monday.", "2024-03-12")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: "place:PRT:lisbon", who: [MACRON, SCHOLZ] },
    ]);
  });

  it("does not read a cancellation others call for as one made", () => {
    expect(eventsOf("Brushing aside demands to cancel the summit, German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: [MACRON, SCHOLZ] },
    ]);
  });

  it("does not take a past reporting verb, or 'are', for the tense of a summit still talked about", () => {
    expect(eventsOf("German Chancellor Olaf Scholz spoke in Berlin. Critics said talks about the Scholz-Macron summit are premature.")).toMatchObject([{ type: "SUMMIT", status: "UNKNOWN" }]);
  });

  it("takes a country as the venue of a gathering when no city is named, but not the subject of the talks", () => {
    expect(eventsOf("German Chancellor Olaf Scholz said he and French President Emmanuel Macron would meet in Portugal.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: undefined, place: "place:PRT:portugal", who: [MACRON, SCHOLZ] },
    ]);
    expect(eventsOf("German Chancellor Olaf Scholz held talks with French President Emmanuel Macron on the war in Ukraine on Monday.")).toEqual([
      { type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: [MACRON, SCHOLZ] },
    ]);
  });

  it("reads 'over the next two days' as a stretch of time, not a day", () => {
    expect(eventsOf("German Chancellor Olaf Scholz and French President Emmanuel Macron will hold talks over the next two days in Lisbon.")).toEqual([
      { type: "MEETING", status: "PLANNED", date: undefined, place: "place:PRT:lisbon", who: [MACRON, SCHOLZ] },
    ]);
  });

  it("does not let a named gathering ('the G7 summit') lend its place to the contact reported before it", () => {
    const events = eventsOf("German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday. Scholz later spoke at the end of the G7 summit in Tokyo.");
    expect(events).toEqual([{ type: "MEETING", status: "OCCURRED", date: "2024-03-11", place: undefined, who: [MACRON, SCHOLZ] }]);
  });
});

describe("a surname alone", () => {
  it("is the one prominent office holder of the day who goes by it, with no country named", () => {
    const ids = (text: string, publishedAt?: string) => extractArticle({ text, ...(publishedAt ? { publishedAt } : {}) }).entities.filter((e) => e.kind === "PERSON").map((e) => e.id).sort();
    expect(ids("Trump said he had spoken with French President Emmanuel Macron.", "2019-01-20")).toEqual(["person:donald-trump", MACRON]);
    expect(ids("Bush said he had spoken with French President Jacques Chirac.", "2003-01-20")).toEqual(["person:george-w-bush", "person:jacques-chirac"]);
    // Without a date the surname could be either President Bush.
    expect(ids("Bush said he had spoken with French President Jacques Chirac.")).toEqual(["person:jacques-chirac"]);
  });
});

describe("party posts", () => {
  it("gives a portfolio spokesperson no state office, and a Kremlin spokesperson the state's", () => {
    const tenures = (text: string) => extractArticle({ text, publishedAt: "2019-03-01" }).tenures.map((t) => `${t.personId} ${t.officeId}`);
    expect(tenures("Home affairs spokesman Tom Varga said the bill went too far.")).toEqual([]);
    expect(tenures("Liberal Democrat health spokeswoman Ann Varga said the plan was late.")).toEqual([]);
    expect(tenures("Kremlin spokesman Dmitry Peskov said the talks were useful.")).toEqual(["person:dmitry-peskov office:RUS:spokesperson"]);
    // Whose spokesperson, the text does not say.
    expect(tenures("British ministers met on Monday. Spokesman Tom Varga said the party would vote against.")).toEqual([]);
  });
});

describe("a surname two people share", () => {
  it("goes to neither, however often each is named, unless only one was named just before", () => {
    const people = extractArticle({
      text:
        "Senator Ann Varga spoke in Ohio on Monday. Ann Varga said the vote mattered. Ann Varga thanked her staff. " +
        "Her cousin Tom Varga, a former governor, was not there. Campaign aides met on Tuesday. A longtime Varga ally said nothing.",
      publishedAt: "2024-03-12",
    }).entities.filter((e) => e.kind === "PERSON");
    const ann = people.find((e) => e.id === "person:ann-varga")!;
    const last = ann.mentions.at(-1)!;
    expect(last.text).toBe("Ann Varga");
    expect(people.find((e) => e.id === "person:tom-varga")!.mentions.map((m) => m.text)).toEqual(["Tom Varga"]);
  });
});
