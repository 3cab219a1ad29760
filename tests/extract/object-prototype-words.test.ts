import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";

/** Words that name members of Object.prototype must be read as words, never looked up as properties. */
describe("words that are also JavaScript property names", () => {
  it.each(["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__"])("extracts an article containing %s", (word) => {
    const text = `The team won the ${word} title on Sunday. Prime Minister Helen Carter met President Omar Diallo in Dakar on Monday to discuss the ${word} of trade.`;
    const graph = extractArticle({ text, publishedAt: "2030-05-14" });
    expect(graph.events.some((e) => e.type === "MEETING")).toBe(true);
  });
});
