import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";
import { cleanPlainText } from "../../src/extract/stages/01-clean.js";
import { splitSentences } from "../../src/extract/stages/02-sentences.js";
import { findMentions, type Mention } from "../../src/extract/stages/03-mentions.js";
import { resolveMentions } from "../../src/extract/stages/04-resolve.js";

/**
 * Counter-examples from the review of the mention rules (review-extract.md, findings 1, 3, 5, 8, 9, 13
 * and 14): ordinary news the sports, firm, surname and occupation rules misread. Each family also
 * keeps the case it was made for. Every sentence was written for these tests.
 */
const graphOf = (text: string) => extractArticle({ text, publishedAt: "2005-03-10" });
const people = (text: string): string[] => graphOf(text).entities.filter((e) => e.kind === "PERSON").map((e) => e.id).sort();
const entityNames = (text: string, kind: string): string[] => graphOf(text).entities.filter((e) => e.kind === kind).map((e) => e.name).sort();
const mentionsOf = (text: string): Mention[] => {
  const cleaned = cleanPlainText(text);
  return findMentions(splitSentences(cleaned), cleaned.text);
};
/** Texts of stage-3 organisation mentions read as sports teams. */
const teams = (text: string): string[] =>
  mentionsOf(text)
    .filter((m) => m.kind === "ORGANIZATION" && m.entry.category === "SPORTS_TEAM")
    .map((m) => m.text);
const governments = (text: string): string[] => {
  const cleaned = cleanPlainText(text);
  const sentences = splitSentences(cleaned);
  return resolveMentions(sentences, findMentions(sentences, cleaned.text)).governments.map((g) => g.countryId);
};

describe("'v' and 'versus' outside sport (finding 1)", () => {
  it("keeps two politicians billed 'X versus Y' people, everywhere in the article", () => {
    const text = "Blair defended the budget on Monday.\n\nThe campaign has been billed as Blair versus Howard. Howard said the Tories would cut taxes. Blair said they would not.";
    expect(people(text)).toEqual(["person:blair", "person:howard"]);
    expect(entityNames(text, "ORGANIZATION")).not.toContain("Blair");
  });

  it("reads a court case 'Roe v Wade' as no teams", () => {
    const text = "Senator Jane Doe met President George Bush on Monday. The hearing turned on Roe v Wade.";
    expect(teams(text)).toEqual([]);
    expect(entityNames(text, "ORGANIZATION")).toEqual([]);
  });

  it("still reads fixtures as teams in a story about sport, but never a person named by a given name", () => {
    const story = "TENNIS - OPEN SEMI-FINAL LINE-UP .\n\nAndre Agassi reached the semi-final on Tuesday .\n\nFriday : Agassi v Becker , Kent v Surrey ( three days ) .";
    expect(teams(story)).toEqual(expect.arrayContaining(["Kent", "Surrey"]));
    expect(people(story)).toContain("person:andre-agassi");
    expect(entityNames(story, "ORGANIZATION")).not.toContain("Agassi");
  });
});

describe("sports mode and 'the <Capitalised>s' (finding 3)", () => {
  it("needs more than one sports-looking sentence: a poll margin does not make a politics story sport", () => {
    const text = "Labour beat the Conservatives by five points in the latest poll. Tony Blair met Michael Howard on Tuesday. The Philippines sent an envoy.";
    expect(teams(text)).toEqual([]);
    expect(entityNames(text, "COUNTRY")).toContain("Philippines");
  });

  it("never turns a country, a people or a competition into a team, even in a sports story", () => {
    const story =
      "The team won the match. The club scored three goals in the league. The striker beat two defenders. Chancellor Gordon Brown met the Netherlands finance minister. Lord Coe said the Olympics would bring growth. The Americans won the final and the Swiss lost.";
    expect(teams(story)).toEqual([]);
    expect(entityNames(story, "COUNTRY")).toEqual(expect.arrayContaining(["Netherlands", "Switzerland", "United States"]));
    expect(entityNames(story, "ORGANIZATION")).not.toContain("Olympics");
  });

  it("still reads a nickname after 'the' as a team in a sports story", () => {
    const story = "The Hawks beat the Ravens 3-1 in the league on Saturday. The coach praised the striker. The goalkeeper saved a penalty in the second half of the match.";
    expect(teams(story)).toEqual(["Hawks", "Ravens"]);
  });

  it("does not read a tech story about video games as sport", () => {
    const text = "The game sold two million copies. Players won prizes in the online league. The Chronicles series lost money. Sales of the game rose.";
    expect(teams(text)).toEqual([]);
  });
});

describe("surnames that are also place words (finding 5)", () => {
  it("keeps people named by an honorific before Park, Church or Hall", () => {
    expect(people("Foreign Minister Lee Ho-sung met Mr Park in Seoul on Monday. Ms Church said she would meet Mr Hall.")).toEqual(
      expect.arrayContaining(["person:church", "person:hall", "person:park"]),
    );
  });

  it("keeps people named by a given name before Church or Temple, and the meeting with them", () => {
    const graph = graphOf("Tony Blair met Charlotte Church and Shirley Temple at the awards.");
    expect(graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id).sort()).toEqual(["person:charlotte-church", "person:shirley-temple", "person:tony-blair"]);
    expect(graph.events.map((e) => e.type)).toEqual(["MEETING"]);
  });

  it("still reads buildings as buildings, even after a given name or an honorific", () => {
    expect(people("Crowds gathered at Victoria Station and outside the Shri Venkata Narayan Temple in Leicester.")).toEqual([]);
  });
});

describe("firms and organisation remits (finding 8)", () => {
  it("reads 'Bosnia & Herzegovina' and 'Trinidad & Tobago' as countries, not firms", () => {
    const text = "The Bosnia & Herzegovina foreign minister met officials from Trinidad & Tobago.";
    expect(entityNames(text, "COUNTRY")).toEqual(["Bosnia and Herzegovina", "Trinidad and Tobago"]);
    expect(entityNames(text, "ORGANIZATION")).toEqual([]);
  });

  it("does not swallow a person into a party's name", () => {
    const text = "Voters turned against the Labour Party of Tony Blair last year.";
    expect(people(text)).toEqual(["person:tony-blair"]);
    expect(entityNames(text, "ORGANIZATION")).toEqual(["Labour Party"]);
  });

  it("still reads firms joined by '&' and banks of a country", () => {
    expect(entityNames("Shares in Hobbs & Rayner Plc rose after the National Bank of Romania cut rates.", "ORGANIZATION")).toEqual(["Hobbs & Rayner Plc", "National Bank of Romania"]);
  });
});

describe("occupation words before a name (finding 13)", () => {
  it("does not read a compound opening with an occupation word as a person", () => {
    expect(people("Producer Price Index figures rose in May. Director General figures were not given.")).toEqual([]);
  });

  it("still drops an occupation word before a name that carries its own evidence", () => {
    expect(people("Singer Charlotte Church met Prime Minister Tony Blair at Downing Street on Monday.")).toEqual(["person:charlotte-church", "person:tony-blair"]);
    expect(people("Lawyer Louise Christian said the ruling was wrong.")).toEqual(["person:louise-christian"]);
  });
});

describe("club suffixes outside sport (finding 14)", () => {
  it("does not read 'Land Rovers' or 'Citizens United' as clubs", () => {
    expect(teams("Sales of Land Rovers and Range Rovers rose in March. The ruling in Citizens United was criticised.")).toEqual([]);
  });

  it("still reads a town before Rovers or United as a club", () => {
    expect(teams("Fans of Bristol Rovers protested outside the bank.")).toEqual(["Bristol Rovers"]);
  });
});

describe("a bare 'the government' (finding 9, resolution half)", () => {
  it("is no one's when no person in the article holds an office of a country", () => {
    expect(governments("Tony Blair visited Paris. A meeting of EU farm ministers was held in Brussels on Monday, but the government said it was not represented.")).toEqual([]);
    expect(governments("Gordon Brown visited Zimbabwe. Zimbabwe has been criticised. Zimbabwe denied it. The government said no deal was near.")).toEqual([]);
  });

  it("is the country whose offices the article's people hold", () => {
    expect(governments("Foreign Secretary Jack Straw visited Paris. France was pleased. The government said it would help.")).toEqual(["country:GBR"]);
  });
});
