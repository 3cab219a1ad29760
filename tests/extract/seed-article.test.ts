import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";
import { type ArticleGraph, type GraphEvent } from "../../src/domain/index.js";
import { SEED_ARTICLE_PATH, sharedFileOrSkipReason } from "../helpers/shared-corpus.js";

const seed = sharedFileOrSkipReason(SEED_ARTICLE_PATH);
if ("skip" in seed) console.warn(seed.skip);

function eventsBetween(graph: ArticleGraph, a: string, b: string): GraphEvent[] {
  return graph.events.filter((e) => e.participants.some((p) => p.entityId === a) && e.participants.some((p) => p.entityId === b));
}

describe.skipIf("skip" in seed)("the seed article (The Wire / DW, 2025-02-12)", () => {
  const graph = "text" in seed ? extractArticle({ text: seed.text, publishedAt: "2025-02-12" }) : (undefined as never);

  it("finds the ten named people with their offices and countries", () => {
    const expected: [string, string][] = [
      ["person:donald-trump", "office:USA:president"],
      ["person:vladimir-putin", "office:RUS:president"],
      ["person:volodymyr-zelenskyy", "office:UKR:president"],
      ["person:marco-rubio", "office:USA:secretary-of-state"],
      ["person:john-ratcliffe", "office:USA:"],
      ["person:mike-waltz", "office:USA:"],
      ["person:steve-witkoff", "office:USA:"],
      ["person:dmitry-peskov", "office:RUS:"],
      ["person:jd-vance", "office:USA:vice-president"],
      ["person:pete-hegseth", "office:USA:secretary-of-defense"],
    ];
    const people = graph.entities.filter((e) => e.kind === "PERSON").map((e) => e.id);
    expect(people.sort()).toEqual(expected.map(([p]) => p).sort());
    for (const [personId, officePrefix] of expected) {
      const offices = graph.tenures.filter((t) => t.personId === personId).map((t) => t.officeId);
      expect(offices.some((o) => o.startsWith(officePrefix)), `${personId} holds ${officePrefix}… (has ${offices.join(", ")})`).toBe(true);
    }
  });

  it("finds the Trump–Putin and Trump–Zelenskyy calls on 2025-02-12", () => {
    for (const other of ["person:vladimir-putin", "person:volodymyr-zelenskyy"]) {
      const calls = eventsBetween(graph, "person:donald-trump", other).filter((e) => e.type === "CALL");
      expect(calls, `one call with ${other}`).toHaveLength(1);
      expect(calls[0]!.status).toBe("OCCURRED");
      expect(calls[0]!.date).toEqual({ value: "2025-02-12", precision: "DAY" });
    }
  });

  it("finds the planned, undated Trump–Putin meeting in Saudi Arabia", () => {
    const planned = eventsBetween(graph, "person:donald-trump", "person:vladimir-putin").filter((e) => e.type === "MEETING" && e.status === "PLANNED");
    expect(planned).toHaveLength(1);
    expect(planned[0]!.date).toBeUndefined();
    expect(planned[0]!.placeId).toBe("place:SAU:saudi-arabia");
  });

  it("finds the planned Zelenskyy–Vance meeting at the Munich Security Conference on 2025-02-14", () => {
    const meetings = eventsBetween(graph, "person:volodymyr-zelenskyy", "person:jd-vance").filter((e) => e.status === "PLANNED" && e.date?.value === "2025-02-14");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.type).toBe("MEETING");
    expect(meetings[0]!.placeId).toBe("place:DEU:munich");
  });

  it("finds the 2018 Helsinki summit stated only in the photo caption", () => {
    const summits = eventsBetween(graph, "person:donald-trump", "person:vladimir-putin").filter((e) => e.type === "SUMMIT");
    expect(summits).toHaveLength(1);
    expect(summits[0]!.date).toEqual({ value: "2018-07-16", precision: "DAY" });
    expect(summits[0]!.placeId).toBe("place:FIN:helsinki");
    expect(summits[0]!.status).toBe("OCCURRED");
  });

  it("takes nothing from the page furniture", () => {
    expect(graph.article.text).not.toMatch(/Download our App|contribution|₹/);
    expect(graph.entities.map((e) => e.id)).not.toContain("country:IND");
  });

  it("keeps every offset pointing at the words it quotes", () => {
    const text = graph.article.text;
    for (const sentence of graph.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    for (const entity of graph.entities) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const item of [...graph.events, ...graph.tenures]) for (const e of item.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("gives the same graph for the same article", () => {
    const again = extractArticle({ text: "text" in seed ? seed.text : "", publishedAt: "2025-02-12" });
    expect(again).toEqual(graph);
  });
});
