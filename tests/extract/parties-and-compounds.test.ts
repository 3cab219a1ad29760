import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";
import { cleanPlainText } from "../../src/extract/stages/01-clean.js";
import { splitSentences } from "../../src/extract/stages/02-sentences.js";
import { findMentions, type Mention } from "../../src/extract/stages/03-mentions.js";

/**
 * A short gazetteer name inside a longer capitalised one ("Democrat" in "Liberal Democrat") and compound
 * adjectives of two sides ("Anglo-American") must not hand anyone a country. Every sentence was written for these tests.
 */
const graphOf = (text: string) => extractArticle({ text, publishedAt: "2005-03-10" });
const tenures = (text: string): string[] => graphOf(text).tenures.map((t) => `${t.personId} ${t.officeId}`).sort();
const mentionsOf = (text: string): Mention[] => {
  const cleaned = cleanPlainText(text);
  return findMentions(splitSentences(cleaned), cleaned.text);
};
/** Stage-3 organisations as "text country" ("-" when none). */
const organizations = (text: string): string[] =>
  mentionsOf(text)
    .filter((m) => m.kind === "ORGANIZATION")
    .map((m) => `${m.text} ${m.kind === "ORGANIZATION" ? m.entry.countryIso3 ?? "-" : ""}`);
/** Stage-3 countries as "text iso3 via". */
const countries = (text: string): string[] =>
  mentionsOf(text)
    .filter((m) => m.kind === "COUNTRY")
    .map((m) => (m.kind === "COUNTRY" ? `${m.text} ${m.iso3} ${m.via}` : ""));

describe("a party whose name holds another party's name", () => {
  it("reads Liberal Democrat as the British party, not the US Democrats", () => {
    expect(organizations("Liberal Democrat transport spokesman Owen Pryce called the plan reckless.")).toEqual(["Liberal Democrat GBR"]);
    expect(organizations("The Liberal Democrats won three seats in the county.")).toEqual(["Liberal Democrats GBR"]);
    const graph = graphOf("Liberal Democrat spokesman Owen Pryce said the scheme would cost too much.");
    expect(graph.entities.some((e) => e.id === "country:USA")).toBe(false);
    expect(tenures("Liberal Democrat spokesman Owen Pryce said the scheme would cost too much.").some((t) => t.includes(":USA:"))).toBe(false);
  });

  it("keeps families of parties named alike in many countries apart from the US party, with no country of their own", () => {
    expect(organizations("The Social Democrats lost two seats, and the Christian Democrats gained one.")).toEqual(["Social Democrats -", "Christian Democrats -"]);
    expect(organizations("She left the Social Democratic Party in 2001.")).toEqual(["Social Democratic Party -"]);
  });

  it("gives other named parties with an inner party name their own country", () => {
    expect(organizations("The Social Democratic and Labour Party held its conference in Newry.")).toEqual(["Social Democratic and Labour Party GBR"]);
    expect(organizations("In Ottawa the New Democratic Party backed the budget.")).toEqual(["New Democratic Party CAN"]);
  });

  it("makes an unknown party of a party word after a qualifier, and takes no country from the shorter name", () => {
    expect(organizations("The coalition lost its majority when the Radical Democrats walked out.")).toEqual(["Radical Democrats -"]);
    expect(organizations("Her rival, from the Democratic Labour Party, conceded on Sunday night.")).toEqual(["Democratic Labour Party -"]);
    // A sentence's first capital is no evidence: "New" here opens the sentence, not the party's name.
    expect(organizations("New UKIP leaflets were printed overnight.")).toEqual(["UKIP GBR"]);
  });

  it("gives a party named with another country's people that country", () => {
    expect(organizations("Irish Republicans marched through the town on Saturday.")).toEqual(["Irish Republicans IRL"]);
    expect(organizations("German Social Democrats rejected the proposal.")).toEqual(["German Social Democrats DEU"]);
  });

  it("still reads the US parties where a US word or none stands before them", () => {
    expect(organizations("Senate Democrats blocked the bill on Thursday.")).toEqual(["Senate USA", "Democrats USA"]);
    expect(organizations("Democrats said the vote was rigged.")).toEqual(["Democrats USA"]);
    expect(tenures("Democrat Senator Ruth Calloway voted against it.")).toEqual(["person:ruth-calloway office:USA:senator"]);
  });
});

describe("compound adjectives of two sides", () => {
  it("mentions each side of Anglo-X, Franco-X, Sino-X, Russo-X and Indo-X as a country", () => {
    expect(countries("The Anglo-Irish talks stalled.")).toEqual(["Anglo GBR compound", "Irish IRL compound"]);
    expect(countries("The Franco-German engine of Europe has stalled.")).toEqual(["Franco FRA compound", "German DEU compound"]);
    expect(countries("Sino-Japanese relations cooled after the visit.")).toEqual(["Sino CHN compound", "Japanese JPN compound"]);
    expect(countries("Historians still argue about the Russo-Turkish war.")).toEqual(["Russo RUS compound", "Turkish TUR compound"]);
    expect(countries("The Indo-Pakistani border was quiet on Monday.")).toEqual(["Indo IND compound", "Pakistani PAK compound"]);
    expect(countries("Sino-US trade talks resumed.")).toEqual(["Sino CHN compound", "US USA compound"]);
  });

  it("reads a pair of country words joined by a hyphen as two sides, including the first", () => {
    expect(countries("The Israeli-Palestinian talks resumed in Cairo.")).toEqual(["Israeli ISR compound", "Palestinian PSE compound"]);
    expect(countries("The U.S.-Russian summit ended early.")).toEqual(["U.S. USA compound", "Russian RUS compound"]);
  });

  it("names no country for a continent's side, and leaves names that are not compounds of sides alone", () => {
    expect(countries("The Afro-Caribbean community centre reopened.")).toEqual([]);
    expect(countries("Euro-American trade grew, said the Afro-American singer.")).toEqual(["American USA compound", "American USA compound"]);
    expect(countries("The Anglo-Saxon chronicle was displayed.")).toEqual([]);
    const places = mentionsOf("The club dropped to the Euro-Africa zone this year.").filter((m) => m.kind === "PLACE").map((m) => m.text);
    expect(places).toEqual(["Africa"]);
    expect(countries("Aid reached Guinea-Bissau and Bosnia-Herzegovina.")).toEqual(["Guinea-Bissau GNB name", "Bosnia-Herzegovina BIH name"]);
  });

  it("never gives an office holder a country from a compound", () => {
    expect(tenures("Prime Minister Alan Pemberton praised the Anglo-American alliance.")).toEqual([]);
    expect(tenures("The Franco-Spanish talks resumed on Monday, said Foreign Minister Jan Novak.")).toEqual([]);
    expect(tenures("Sino-Japanese ties are improving, Defence Minister Ilan Tamir said.")).toEqual([]);
  });

  it("does not glue a compound to the office after it", () => {
    expect(tenures("The Anglo-Irish envoy Tom Devlin arrived in Belfast.")).toEqual([]);
  });

  it("keeps both sides as countries of the article", () => {
    const ids = graphOf("Anglo-Dutch talks on fishing quotas ended without a deal.").entities.filter((e) => e.kind === "COUNTRY").map((e) => e.id).sort();
    expect(ids).toEqual(["country:GBR", "country:NLD"]);
  });

  it("keeps a stated office country beside a compound", () => {
    expect(tenures("French Foreign Minister Claire Dubois hailed the Franco-German treaty.")).toEqual(["person:claire-dubois office:FRA:foreign-minister"]);
  });

  it("reads the mining company Anglo American as a British firm, not the United States", () => {
    expect(organizations("Shares in Anglo American rose 3% on Tuesday.")).toEqual(["Anglo American GBR"]);
    expect(countries("Shares in Anglo American rose 3% on Tuesday.")).toEqual([]);
  });
});
