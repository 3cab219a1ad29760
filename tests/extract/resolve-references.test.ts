import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/pipeline.js";
import { cleanPlainText } from "../../src/extract/stages/01-clean.js";
import { splitSentences } from "../../src/extract/stages/02-sentences.js";
import { findMentions } from "../../src/extract/stages/03-mentions.js";
import { resolveMentions } from "../../src/extract/stages/04-resolve.js";

/** Every sentence below was written for these tests; each case exercises one family of resolution rules. */
function resolve(text: string) {
  const cleaned = cleanPlainText(text);
  const sentences = splitSentences(cleaned);
  const mentions = findMentions(sentences, cleaned.text);
  return { mentions, resolution: resolveMentions(sentences, mentions) };
}

/** The entity each pronoun of the text was linked to, in text order. */
function pronounTargets(text: string): (string | undefined)[] {
  const { mentions, resolution } = resolve(text);
  return mentions.filter((m) => m.kind === "PRONOUN").map((m) => resolution.entityOfMention.get(m));
}

function eventsOf(text: string, publishedAt = "2024-03-13") {
  return extractArticle({ text, publishedAt }).events.map((e) => ({ type: e.type, status: e.status, who: e.participants.map((p) => p.entityId).sort() }));
}

describe("pronouns", () => {
  it("does not link an object pronoun to the subject of its own clause", () => {
    const text = "Chancellor Olaf Scholz landed in Rome on Monday, and Italian Prime Minister Giorgia Meloni held talks with him that evening.";
    expect(pronounTargets(text)).toEqual(["person:olaf-scholz"]);
    expect(eventsOf(text)).toMatchObject([{ type: "MEETING", who: ["person:giorgia-meloni", "person:olaf-scholz"] }]);
  });

  it("still links an object pronoun to a person named earlier in its clause who is not its subject", () => {
    expect(pronounTargets("The minister told Mr Pierre Dupont that the king would receive him.")).toEqual(["person:pierre-dupont"]);
  });

  it("links a possessive in an opening phrase to the titled subject after the comma", () => {
    const text = "The Queen asked Mr Roland Pike to form a government. Within hours of his final talks with Mr Pierre Dupont, Sir Edmund Hale told the nation he was resigning.";
    expect(pronounTargets(text)[0]).toBe("person:edmund-hale");
    expect(eventsOf(text)).toMatchObject([{ type: "MEETING", who: ["person:edmund-hale", "person:pierre-dupont"] }]);
  });
});

describe("references to a government", () => {
  it("maps 'the British government' to its country", () => {
    const { resolution } = resolve("The British government said the offer stood.");
    expect(resolution.governments.map((g) => g.countryId)).toEqual(["country:GBR"]);
  });

  it("maps a bare 'the government' to the country whose offices the article's people hold", () => {
    const { resolution } = resolve("Foreign Secretary Alan Marsh flew home on Monday. The government said the offer stood.");
    expect(resolution.governments.map((g) => g.countryId)).toEqual(["country:GBR"]);
  });

  it("leaves a bare 'the government' unresolved when no office points to a country, however often one is named", () => {
    // A story told from abroad names the foreign country most (review finding 9): naming is no evidence of whose government.
    const { resolution } = resolve("The UK plans to raise the pension age. Unions in the UK are angry. The government said it would listen.");
    expect(resolution.governments).toEqual([]);
    expect(resolve("Tony Blair visited Paris. France was angry. The government said it was not represented.").resolution.governments).toEqual([]);
  });

  it("leaves a bare 'the government' unresolved when nothing says whose it is, and ignores compounds", () => {
    expect(resolve("The government said it would listen.").resolution.governments).toEqual([]);
    expect(resolve("The UK government programme was cut.").resolution.governments).toEqual([]);
  });

  it("does not count a government reference as a mention of its country", () => {
    const graph = extractArticle({ text: "Foreign Secretary Alan Marsh flew home. The government said the offer stood.", publishedAt: "2024-03-13" });
    expect(graph.entities.filter((e) => e.kind === "COUNTRY" && e.mentions.length > 0)).toEqual([]);
  });
});
