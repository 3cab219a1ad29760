import { describe, expect, it } from "vitest";
import { cleanHtml, cleanPlainText } from "../../src/extract/stages/01-clean.js";

describe("cleaning a scraped page", () => {
  const page = [
    "Get the full story in our app",
    "Download our App for breaking news.",
    "",
    "Ministers meet in Oslo",
    "",
    "Norway's foreign minister met her Swedish counterpart in Oslo on Monday.",
    "Share",
    "facebook twitter whatsapp",
    "We rely on readers like you. Donate to support independent journalism today.",
    "Since 1990, the Gazette has brought you independent journalism.",
    "The two ministers agreed to meet again in Stockholm.",
    "This article was originally published by the Gazette.",
  ].join("\n");

  it("keeps the headline and the news paragraphs", () => {
    const { text } = cleanPlainText(page);
    expect(text).toContain("Ministers meet in Oslo");
    expect(text).toContain("Norway's foreign minister met her Swedish counterpart in Oslo on Monday.");
    expect(text).toContain("The two ministers agreed to meet again in Stockholm.");
  });

  it("drops app banners, share bars, donation appeals and republishing notes", () => {
    const { text } = cleanPlainText(page);
    expect(text).not.toMatch(/app|facebook|Share|Donate|originally published|Since 1990/i);
  });

  it("drops an undated photo caption that ends with its credit: its picture is from no day the story gives (issue #11)", () => {
    const { text } = cleanPlainText("Leaders at the summit in Vilnius. Photo: Agency pool\n\nThe summit ended on Wednesday.");
    expect(text).toBe("The summit ended on Wednesday.");
  });

  it("keeps the words of a caption that dates its own fact, without the credit", () => {
    const { text } = cleanPlainText("Leaders at the summit in Vilnius, 11 July 2023. Photo: Agency pool\n\nThe summit ended on Wednesday.");
    expect(text).toBe("Leaders at the summit in Vilnius, 11 July 2023.\n\nThe summit ended on Wednesday.");
  });

  it("records paragraph offsets that point into the cleaned text", () => {
    const cleaned = cleanPlainText("First paragraph here.\n\n\nSecond paragraph there.");
    expect(cleaned.paragraphs.map((p) => cleaned.text.slice(p.start, p.end))).toEqual(["First paragraph here.", "Second paragraph there."]);
  });

  it("reads the article body and publication date out of HTML", () => {
    const html = `<!doctype html><html><head><title>Talks in Ankara</title>
      <meta property="article:published_time" content="2024-03-08T10:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Talks in Ankara</h1>
      <p>The Turkish president hosted his Ukrainian counterpart in Istanbul on Friday, officials said.</p>
      <p>The two leaders discussed grain shipments across the Black Sea and a possible peace conference.</p>
      <p>They agreed that their foreign ministers would meet again within a month to continue the talks.</p>
      </article><footer>© Example News. All rights reserved.</footer></body></html>`;
    const cleaned = cleanHtml(html);
    expect(cleaned.text).toContain("hosted his Ukrainian counterpart in Istanbul on Friday");
    expect(cleaned.text).not.toContain("Home");
    expect(cleaned.publishedAt).toBe("2024-03-08");
  });
});

describe("cleaning an HTML fragment", () => {
  it("reads a fragment without <body> instead of crashing", () => {
    const cleaned = cleanHtml("<h1>Envoys meet</h1><p>The Norwegian envoy met her Swiss counterpart in Geneva on Monday to prepare the talks.</p><p>Both sides called the meeting useful and agreed to meet again next month.</p>");
    expect(cleaned.text).toContain("met her Swiss counterpart in Geneva");
  });
});
