import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BadInputError } from "../../domain/index.js";
import { appealFamily } from "./clean/appeals.js";
import { audioFamily } from "./clean/audio.js";
import { bylineFamily } from "./clean/bylines.js";
import { captionFamily } from "./clean/captions.js";
import { type FurnitureFamily } from "./clean/family.js";
import { hoverCardFamily } from "./clean/hover-cards.js";
import { labelFamily } from "./clean/labels.js";
import { noticeFamily } from "./clean/notices.js";
import { relatedFamily } from "./clean/related.js";
import { socialFamily } from "./clean/social.js";
import { subscriptionFamily } from "./clean/subscriptions.js";
import { videoFamily } from "./clean/video.js";

/**
 * Stage 1 — clean: from raw text or HTML to the article body the rest of the pipeline reads.
 * Page furniture (video players, hover-cards, captions, bylines, link lists, appeals, notices) is
 * dropped because anything left here becomes "facts": a caption's summit or a related story's
 * meeting must not enter the graph as this article's news.
 */
export interface CleanedArticle {
  /** Body paragraphs joined by blank lines; every offset in the ArticleGraph points into it. */
  text: string;
  /** [start, end) of each kept paragraph in `text`. */
  paragraphs: { start: number; end: number }[];
  /** Headline found in the page, when the caller gave none. */
  title?: string;
  /** Publication date found in HTML metadata (`YYYY-MM-DD`). */
  publishedAt?: string;
}

/**
 * The furniture families in priority order: the first to claim a line names it. Strips run first,
 * then whole-line tests, then the rules that look at a line's neighbours, in this order.
 */
export const FURNITURE_FAMILIES: readonly FurnitureFamily[] = [
  hoverCardFamily,
  socialFamily,
  audioFamily,
  videoFamily,
  captionFamily,
  bylineFamily,
  noticeFamily,
  subscriptionFamily,
  appealFamily,
  relatedFamily,
  labelFamily,
];

/** An ASCII letter or digit: the quick answer to "has this line a word?" before the Unicode one. */
const HAS_ASCII_LETTER = /[A-Za-z0-9]/;

/** What the clean stage did with one line of input: kept (maybe with glued widget text stripped) or dropped. */
export interface LineTrace {
  /** The input line, white space collapsed. */
  line: string;
  /** The text kept; undefined when the line was dropped. */
  kept?: string;
  /** The family that dropped the line ("symbols" for a line without a letter or digit). */
  droppedBy?: string;
  /** Families that removed widget text from inside the line. */
  strippedBy: string[];
}

/** Cleans line by line and says why each line went: the furniture report and tests read this. */
export function traceCleaning(raw: string): LineTrace[] {
  // Once over the whole text, matching only what needs changing: most pages have single spaces already.
  const lines = raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\u00a0\u2009\u200a\u202f]+| {2,}/g, " ")
    .replace(/[\u200b\u200c\u200d\ufeff]+/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const traces: LineTrace[] = lines.map((line) => ({ line, strippedBy: [] }));
  const texts = lines.map((line, i) => {
    let text = line;
    for (const family of FURNITURE_FAMILIES) {
      if (!family.strip) continue;
      const stripped = family.strip(text);
      if (stripped !== text) traces[i]!.strippedBy.push(family.name);
      text = stripped;
    }
    return text;
  });
  const claimedBy: (string | undefined)[] = texts.map((text) => {
    if (!HAS_ASCII_LETTER.test(text) && !/[\p{L}\p{N}]/u.test(text)) return "symbols"; // "+", "—", "***", or a post that was all residue
    return FURNITURE_FAMILIES.find((family) => family.isFurniture?.(text))?.name;
  });
  for (const family of FURNITURE_FAMILIES) {
    if (!family.neighbours) continue;
    for (const i of [...family.neighbours(texts, claimedBy)]) claimedBy[i] ??= family.name;
  }
  return traces.map((trace, i) => {
    const droppedBy = claimedBy[i];
    return droppedBy ? { ...trace, droppedBy } : { ...trace, kept: texts[i]! };
  });
}

/** Splits raw text into paragraphs (one per line) and removes page furniture. */
export function cleanPlainText(raw: string): CleanedArticle {
  return joinParagraphs(traceCleaning(raw).flatMap((trace) => (trace.kept === undefined ? [] : [trace.kept])));
}

function joinParagraphs(paragraphTexts: string[]): CleanedArticle {
  const paragraphs: { start: number; end: number }[] = [];
  let text = "";
  for (const paragraph of paragraphTexts) {
    if (text) text += "\n\n";
    paragraphs.push({ start: text.length, end: text.length + paragraph.length });
    text += paragraph;
  }
  return { text, paragraphs };
}

/**
 * Page parts that are furniture by their markup: captions, asides, players, hover-cards and link
 * boxes. Removed before Readability so that their text never reaches the line rules.
 */
const FURNITURE_SELECTOR = [
  "figcaption",
  "aside",
  "video",
  "audio",
  "iframe",
  "noscript",
  "[role=complementary]",
  '[class*="caption" i]',
  '[class*="credit" i]',
  '[class*="hovercard" i]',
  '[class*="hover-card" i]',
  '[class*="tooltip" i]',
  '[class*="newsletter" i]',
  '[class*="related" i]',
].join(",");

/** HTML → the article body via Readability on linkedom's DOM, then the plain-text clean-up. */
export function cleanHtml(html: string): CleanedArticle {
  // A fragment without <body> ("<p>…</p>") would crash Readability: give it a page to live in.
  const { document } = parseHTML(/<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const published = document.querySelector(
    'meta[property="article:published_time"], meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]',
  );
  for (const element of [...document.querySelectorAll(FURNITURE_SELECTOR)]) {
    // A page may put a matching class on its whole body ("related-layout"): only parts go.
    if (!/^(html|body|main|article)$/i.test(element.tagName)) element.remove();
  }
  const readable = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false }).parse();
  if (!readable?.content) {
    throw new BadInputError("html: no article body could be found in the page", { field: "html" });
  }
  const { document: body } = parseHTML(`<!doctype html><html><body>${readable.content}</body></html>`);
  const blocks = [...body.querySelectorAll("h1,h2,h3,h4,p,li,blockquote,pre")]
    .filter((element) => !element.querySelector("p,li,blockquote"))
    .map((element) => element.textContent ?? "");
  const cleaned = cleanPlainText(blocks.join("\n"));
  const publishedAt = /^(\d{4}-\d{2}-\d{2})/.exec(readable.publishedTime ?? published?.getAttribute("content") ?? "")?.[1];
  return {
    ...cleaned,
    ...(readable.title ? { title: readable.title.trim() } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}
