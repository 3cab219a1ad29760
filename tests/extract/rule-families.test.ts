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

describe("name evidence", () => {
  it("reads an initial and a surname as a person", () => {
    expect(ids("The visitors were led by J. Whitmore and R. Castellano.", "PERSON")).toEqual(["person:j-whitmore", "person:r-castellano"]);
  });

  it("reads names listed beside a known person as people", () => {
    expect(ids("Delegates included Maria Santos, Tomasz Wrzesniewski and Okonkwo Adebayo.", "PERSON")).toEqual([
      "person:maria-santos",
      "person:okonkwo-adebayo",
      "person:tomasz-wrzesniewski",
    ]);
  });

  it("reads a name with a bracketed country as a person", () => {
    expect(ids("Ilkka Vaarnanen ( Finland ) beat Duarte Pestana ( Portugal ) in the final.", "PERSON")).toEqual(["person:duarte-pestana", "person:ilkka-vaarnanen"]);
  });

  it("drops the honorific and keeps the name", () => {
    expect(ids("Sir Edmund Hartley quit after the vote.", "PERSON")).toEqual(["person:edmund-hartley"]);
  });

  it("reads a capitalised run ending in an office word as a title, not a name", () => {
    const graph = graphOf("British Overseas Development Minister Gareth Pryce arrived in Accra.");
    expect(graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id)).toEqual(["person:gareth-pryce"]);
  });

  it("reads a capitalised run ending in Inc or Federation as an organisation", () => {
    expect(ids("Northwind Analytics Inc said the Baltic Rowing Federation had signed.", "ORGANIZATION")).toEqual([
      "org:baltic-rowing-federation",
      "org:northwind-analytics-inc",
    ]);
  });

  it("does not take things named after people for people", () => {
    expect(ids("The Marshall Plan and the Davis Cup were mentioned.", "PERSON")).toEqual([]);
  });
});

describe("organisations without a gazetteer entry", () => {
  it("reads an acronym in running text as an organisation, but not GDP or a shouted headline", () => {
    expect(ids("The KFTU union and the GDP figures were discussed.", "ORGANIZATION")).toEqual(["org:kftu"]);
    expect(ids("MINISTERS MEET IN OSLO", "ORGANIZATION")).toEqual([]);
  });

  it("reads a speaker referred to as 'it' as an organisation", () => {
    expect(ids("Veltrax said it would cut 200 jobs.", "ORGANIZATION")).toEqual(["org:veltrax"]);
    expect(ids("Veltrax said it would cut 200 jobs.", "PERSON")).toEqual([]);
  });

  it("reads the short form of an organisation named in full", () => {
    expect(ids("Halvorsen Cables Ltd won the order. Halvorsen said the plant would open in May.", "ORGANIZATION")).toEqual(["org:halvorsen-cables-ltd"]);
  });
});

describe("regions", () => {
  it("reads a region as a place in no one country, without the article", () => {
    const graph = graphOf("Envoys toured the Middle East and the Netherlands.");
    const places = graph.entities.filter((e) => e.kind === "PLACE");
    expect(places.map((p) => [p.id, p.countryId, p.mentions.map((m) => m.text)])).toEqual([["place:XXX:middle-east", undefined, ["Middle East"]]]);
    expect(graph.entities.find((e) => e.id === "country:NLD")?.mentions.map((m) => m.text)).toEqual(["Netherlands"]);
  });
});

describe("headlines", () => {
  it("treats a Title Case headline with capitalised function words as a headline, but not a short line of names", () => {
    expect(ids("Ministers Meet In Oslo After Talks With Sweden", "PERSON")).toEqual([]);
    expect(ids("2. Idunn Solbakken ( Norway ) 12.41", "PERSON")).toEqual(["person:idunn-solbakken"]);
  });
});
