import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

function graphOf(text: string, publishedAt = "2024-03-13") {
  return extractArticle({ text, publishedAt });
}
const people = (text: string): string[] => graphOf(text).entities.filter((e) => e.kind === "PERSON").map((e) => e.id).sort();
const tenures = (text: string): string[] => graphOf(text).tenures.map((t) => `${t.personId} ${t.officeId}`).sort();

describe("people and the offices they hold", () => {
  it("reads a country word, a title and a name as one office holder", () => {
    expect(tenures("French President Emmanuel Macron arrived in Berlin on Monday.")).toEqual(["person:emmanuel-macron office:FRA:president"]);
    expect(tenures("Russia's Foreign Minister Sergei Lavrov spoke to reporters.")).toEqual(["person:sergei-lavrov office:RUS:foreign-minister"]);
  });

  it("uses the country a title implies when none is named", () => {
    expect(tenures("Secretary of State Antony Blinken landed in Tokyo.")).toEqual(["person:antony-blinken office:USA:secretary-of-state"]);
  });

  it("does not let a sentence's only country override an office stated with its country", () => {
    expect(tenures("US President Joe Biden spoke on Monday. Moldova is grateful to President Biden, Moldovan officials said.")).toEqual([
      "person:joe-biden office:USA:president",
    ]);
  });

  it("reads an appositive office after the name", () => {
    expect(tenures("Olaf Scholz, the German chancellor, said the talks were useful.")).toEqual(["person:olaf-scholz office:DEU:chancellor"]);
  });

  it("links surnames, honorifics and titled forms to the full name", () => {
    const graph = graphOf("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva. Mr Xi said trade would grow. Lula agreed.");
    const ids = graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id).sort();
    expect(ids).toEqual(["person:luiz-inacio-lula-da-silva", "person:xi-jinping"]);
    const xi = graph.entities.find((e) => e.id === "person:xi-jinping")!;
    expect(xi.mentions.map((m) => m.text)).toContain("Xi");
  });

  it("treats transliteration variants as one person", () => {
    expect(people("Volodymyr Zelenskyy spoke first. Later Zelensky thanked the crowd, and Zelenskiy left.")).toEqual(["person:volodymyr-zelenskyy"]);
  });

  it("keeps Jr. apart from his father", () => {
    expect(people("Donald Trump Jr. and Donald Trump arrived together.")).toEqual(["person:donald-trump", "person:donald-trump-jr"]);
  });

  it("does not take capitalised phrases for people", () => {
    expect(people("The Artificial Intelligence Act and the Middle East were discussed at length in Brussels.")).toEqual([]);
  });
});
