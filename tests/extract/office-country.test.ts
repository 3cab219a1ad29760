import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

// Invented sentences: an office title that names no country takes one from context only when the context is the holder's own.
const graphOf = (text: string) => extractArticle({ text, publishedAt: "2005-03-01" });
const tenures = (text: string): string[] => graphOf(text).tenures.map((t) => `${t.personId} ${t.officeId}`).sort();

describe("the office's country from context", () => {
  it("does not take a destination for the office's country", () => {
    expect(tenures("Prime Minister Alan Pemberton visited Paris on Monday.")).toEqual([]);
    expect(tenures("Prime Minister Alan Pemberton arrived in France for talks.")).toEqual([]);
    expect(tenures("Defence Minister Ilan Tamir flew to Washington on Tuesday.")).toEqual([]);
  });

  it("does not take a counterpart's country for the office's country", () => {
    expect(tenures("Prime Minister Alan Pemberton met Germany's chancellor in Berlin.")).toEqual([]);
    expect(tenures("Finance Minister Alan Pemberton met the French finance minister.")).toEqual([]);
    expect(tenures("Defence Minister Ilan Tamir held talks with Iranian officials.")).toEqual([]);
  });

  it("keeps a country attached to the title, before or after it", () => {
    expect(tenures("Chinese Foreign Minister Li Wenhao visited Japan.")).toEqual(["person:li-wenhao office:CHN:foreign-minister"]);
    expect(tenures("Foreign Minister Li Wenhao of China visited Japan.")).toEqual(["person:li-wenhao office:CHN:foreign-minister"]);
  });

  it("keeps the country a sentence names as the holder's own side", () => {
    expect(tenures("Prime Minister Alan Pemberton said Britain would act.")).toEqual(["person:alan-pemberton office:GBR:prime-minister"]);
    expect(tenures("Defence Minister Ilan Tamir will lead the talks for the Israeli side.")).toEqual(["person:ilan-tamir office:ISR:defence-minister"]);
    expect(tenures("Defence Minister Ilan Tamir visited Washington, the Israeli embassy said.")).toEqual(["person:ilan-tamir office:ISR:defence-minister"]);
  });

  it("takes a place for the country of the holder met there", () => {
    expect(tenures("The envoy met Crown Prince Karim Haddad in the Jordanian capital.")).toEqual(["person:karim-haddad office:JOR:crown-prince"]);
  });

  it("uses the holder's own country stated elsewhere in the article", () => {
    const text = "British Prime Minister Alan Pemberton spoke on Sunday. Prime Minister Alan Pemberton then flew to France.";
    expect(tenures(text)).toEqual(["person:alan-pemberton office:GBR:prime-minister"]);
  });

  it("falls back on the article's home country, and does not resolve the government to the destination", () => {
    const text = [
      "Foreign Secretary Jane Whitcombe and Home Secretary David Ashworth met on Friday.",
      "Prime Minister Alan Pemberton visited Paris on Monday.",
      "The government said the trip went well.",
    ].join(" ");
    const graph = graphOf(text);
    expect(graph.tenures.map((t) => `${t.personId} ${t.officeId}`)).toContain("person:alan-pemberton office:GBR:prime-minister");
    expect(graph.entities.some((e) => e.id === "office:FRA:prime-minister")).toBe(false);
  });

  it("does not give a traveller the home country he travels to", () => {
    const text = [
      "Foreign Secretary Jane Whitcombe and Home Secretary David Ashworth met on Friday.",
      "President Tom Barrett visited Britain on Monday.",
    ].join(" ");
    expect(tenures(text).filter((t) => t.startsWith("person:tom-barrett"))).toEqual([]);
  });
});
