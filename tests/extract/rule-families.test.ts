import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

/** Every sentence below was written for these tests; each case exercises one family of rules. */
const graphOf = (text: string, publishedAt = "2024-03-13") => extractArticle({ text, publishedAt });
const ids = (text: string, kind: string) => graphOf(text).entities.filter((e) => e.kind === kind && e.mentions.length > 0).map((e) => e.id).sort();
const events = (text: string, publishedAt?: string) =>
  graphOf(text, publishedAt).events.map((e) => ({ type: e.type, status: e.status, date: e.date?.value, who: e.participants.map((p) => p.entityId).sort() }));

describe("countries", () => {
  it("reads demonyms without collisions", () => {
    expect(ids("French and British diplomats criticised the plan.", "COUNTRY")).toEqual(["country:FRA", "country:GBR"]);
  });

  it("reads capitals and seats of government as their governments", () => {
    expect(ids("Washington and Beijing traded accusations, while the Kremlin stayed silent.", "COUNTRY")).toEqual(["country:CHN", "country:RUS", "country:USA"]);
  });

  it("reads a capital after 'in' as the city", () => {
    expect(ids("The ministers held talks in Moscow.", "PLACE")).toEqual(["place:RUS:moscow"]);
  });

  it("keeps region words from firing a demonym", () => {
    expect(ids("Latin American leaders gathered in Brasilia.", "COUNTRY")).not.toContain("country:USA");
  });
});

describe("names", () => {
  it("resolves a Korean family name used alone", () => {
    const graph = graphOf("North Korean leader Kim Jong Un inspected the site. Kim later left by train.");
    expect(graph.entities.find((e) => e.id === "person:kim-jong-un")?.mentions.map((m) => m.text)).toContain("Kim");
  });

  it("keeps particles inside names", () => {
    expect(ids("European Commission President Ursula von der Leyen met Saudi Crown Prince Mohammed bin Salman in Jeddah.", "PERSON")).toEqual([
      "person:mohammed-bin-salman",
      "person:ursula-von-der-leyen",
    ]);
  });
});

describe("offices", () => {
  it("takes the office's country from the adjective before it", () => {
    const graph = graphOf("Chinese Foreign Minister Wang Yi arrived in Canberra.");
    expect(graph.tenures.map((t) => `${t.personId} ${t.officeId}`)).toEqual(["person:wang-yi office:CHN:foreign-minister"]);
  });

  it("takes the office's country from the sentence when the title names none", () => {
    const graph = graphOf("National Security Adviser Jake Sullivan will lead the talks for the US side.");
    expect(graph.tenures.map((t) => t.officeId)).toEqual(["office:USA:national-security-adviser"]);
  });
});

describe("triggers", () => {
  it.each([
    ["Japanese Prime Minister Fumio Kishida held talks with Australian Prime Minister Anthony Albanese on Monday.", "MEETING"],
    ["Egyptian President Abdel Fattah al-Sisi hosted Jordanian King Abdullah II in Cairo on Monday.", "MEETING"],
    ["Indian Prime Minister Narendra Modi spoke by telephone with Russian President Vladimir Putin on Monday.", "CALL"],
    ["Turkish President Recep Tayyip Erdogan visited Hungarian Prime Minister Viktor Orban in Budapest on Monday.", "VISIT"],
    ["Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti negotiated for hours on Monday.", "NEGOTIATION"],
    ["Polish Prime Minister Donald Tusk and Ukrainian Prime Minister Denys Shmyhal signed a treaty on Monday.", "AGREEMENT"],
  ])("%s → %s", (sentence, type) => {
    expect(events(sentence).map((e) => e.type)).toContain(type);
  });
});

describe("participants and status", () => {
  it("reads 'between A, B and C'", () => {
    const [event] = events("Talks between German Chancellor Olaf Scholz, French President Emmanuel Macron and Polish Prime Minister Donald Tusk took place in Berlin on Friday.");
    expect(event!.who).toEqual(["person:donald-tusk", "person:emmanuel-macron", "person:olaf-scholz"]);
  });

  it("reads a cancelled meeting", () => {
    const [event] = events("A meeting between Argentine President Javier Milei and Brazilian President Luiz Inacio Lula da Silva was cancelled on Monday.");
    expect(event!.status).toBe("CANCELLED");
  });

  it("reads an ongoing visit", () => {
    const [event] = events("Vietnamese President To Lam is visiting Laos this week, where he is meeting Lao President Thongloun Sisoulith.");
    expect(event?.status).toBe("ONGOING");
  });

  it("joins 'the call' to the call already reported", () => {
    const found = events("Canadian Prime Minister Justin Trudeau phoned Mexican President Andres Manuel Lopez Obrador on Monday. The call lasted an hour.");
    expect(found).toHaveLength(1);
  });
});

describe("robustness", () => {
  it("finishes on a title that ends inside a hyphenated word (once an endless loop)", () => {
    const graph = graphOf("Prime Minister-designate Jane Holloway met the Foreign Minister-elect in Oslo on Monday.");
    expect(graph.sentences).toHaveLength(1);
  });
});
