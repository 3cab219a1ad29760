import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { BadInputError } from "../../domain/index.js";

/**
 * Stage 1 — clean: from raw text or HTML to the article body the rest of the pipeline reads.
 * Web-page furniture (app banners, donation appeals, share buttons, photo credits) is dropped
 * because anything left here becomes "facts": India must not enter the graph from a donation box.
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

/** Lines that are page furniture wherever they appear. */
const JUNK_LINE_PATTERNS: readonly RegExp[] = [
  /\b(download|get|install)\s+(our|the)\s+app\b/i,
  /\b(in|on|with|via)\s+our\s+(mobile\s+)?app\b/i,
  /\bopen\b.*\bin\s+(the\s+)?app\b/i,
  /\bon\s+your\s+(mobile\s+)?browser\b/i,
  /^\s*(for\s+the\s+best\s+experience)/i,
  /\b(subscribe|sign\s+up)\b.*\b(newsletter|updates|free)\b/i,
  /\b(make|become)\s+a\s+(contribution|donation|member|subscriber)\b/i,
  /\b(donate|contribute)\b.*\b(journalism|today|now|a month|monthly)\b/i,
  /\bsupport\s+(free|independent|our|quality)\b.*\bjournalism\b/i,
  /\bwe\s+need\s+your\s+(help|support)\b/i,
  /\bwith\s+your\s+support\b/i,
  /^\s*(this|the)\s+(article|story|report)\s+(was|is)\s+(originally\s+)?(published|republished|updated)\b/i,
  /^\s*(read|see)\s+(more|also)\b[^.]*$/i,
  /^\s*(advertisement|sponsored|related\s+(stories|articles|news))\s*$/i,
  /^\s*(share|share\s+this|tweet|email|print|copy\s+link|comments?)\s*$/i,
  /^\s*(image|photo|picture|video)\s*(source|credit)?\s*[:,]/i,
  /^\s*(all\s+rights\s+reserved|©|copyright\b)/i,
];

const SOCIAL_WORDS = /^(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|share|tweet|copy|link|pinterest|instagram|youtube|threads|bluesky|mail)$/i;

/** A line made only of share-button labels ("facebook twitter"). */
function isShareBar(line: string): boolean {
  const words = line.trim().split(/[\s|·•,]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => SOCIAL_WORDS.test(word));
}

/** Words that tie a paragraph to the outlet's own fundraising or self-promotion. */
const APPEAL_VOCABULARY = /\b(journalism|free press|readers like you|your support|donat\w*|subscri\w*)\b/i;
const APPEAL_PLEA = /\b(support|contribut\w*|lawsuits?|help|persist)\b/i;
const FIRST_OR_SECOND_PERSON = /\b(we|our|us|you|your)\b/i;

function speaksLikeAnAppeal(line: string): boolean {
  return APPEAL_VOCABULARY.test(line) || (FIRST_OR_SECOND_PERSON.test(line) && APPEAL_PLEA.test(line));
}

/** Photo credits trailing a caption: "… 16 July 2018. Photo: Wikimedia commons". */
const TRAILING_CREDIT = /\s*(\(|\b)(photo|image|picture|credit|file photo)\s*(credit)?\s*:\s*[^.]*\)?\s*$/i;

function isJunkLine(line: string): boolean {
  const trimmed = line.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return true; // "+", "—", bullets
  if (isShareBar(trimmed)) return true;
  return JUNK_LINE_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/** Short label lines with no sentence punctuation ("More details", "Good evening,"): navigation, not news. */
function isLabelLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  // A dateline ("LONDON 1996-08-30", "Kyiv, 12 February") is short but is news, not a label.
  if (/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+\p{L}+\s+\d{4}\b/u.test(line)) return false;
  return words.length <= 3 && !/[.!?:"”’]$/.test(line.trim());
}

/**
 * Splits raw text into paragraphs and removes furniture. A paragraph next to a removed appeal that
 * speaks the appeal's vocabulary (journalism, support, lawsuits) goes with it: appeals span several
 * paragraphs and only some of them match a strong pattern.
 */
export function cleanPlainText(raw: string): CleanedArticle {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n").map((line) => line.replace(/[\t\u00a0 ]+/g, " ").trim());
  const candidates = lines.filter((line) => line.length > 0);
  const junk = candidates.map(isJunkLine);
  // A greeting or label just before a junk line ("Good evening, we need your help!") belongs to it.
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 0; i < candidates.length; i++) {
      if (junk[i]) continue;
      const nextToJunk = (junk[i - 1] ?? false) || (junk[i + 1] ?? false);
      if (!nextToJunk) continue;
      const line = candidates[i]!;
      if (speaksLikeAnAppeal(line) || (isLabelLine(line) && i > 0)) junk[i] = true;
    }
  }
  const kept: string[] = [];
  candidates.forEach((line, i) => {
    if (junk[i]) return;
    // Keep the first short line (the headline); drop later label lines such as "More details".
    if (kept.length > 0 && isLabelLine(line) && !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(line)) return;
    const withoutCredit = line.replace(TRAILING_CREDIT, "").trim();
    if (withoutCredit) kept.push(withoutCredit);
  });
  return joinParagraphs(kept);
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

/** HTML → the article body via Readability on linkedom's DOM, then the plain-text clean-up. */
export function cleanHtml(html: string): CleanedArticle {
  // A fragment without <body> ("<p>…</p>") would crash Readability: give it a page to live in.
  const { document } = parseHTML(/<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const published = document.querySelector(
    'meta[property="article:published_time"], meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]',
  );
  const readable = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false }).parse();
  if (!readable?.content) {
    throw new BadInputError("html: no article body could be found in the page", { field: "html" });
  }
  const { document: body } = parseHTML(`<!doctype html><html><body>${readable.content}</body></html>`);
  const blocks = [...body.querySelectorAll("h1,h2,h3,h4,p,li,blockquote,figcaption,pre")]
    .filter((element) => !element.querySelector("p,li,blockquote,figcaption"))
    .map((element) => element.textContent ?? "");
  const cleaned = cleanPlainText(blocks.join("\n"));
  const publishedAt = /^(\d{4}-\d{2}-\d{2})/.exec(readable.publishedTime ?? published?.getAttribute("content") ?? "")?.[1];
  return {
    ...cleaned,
    ...(readable.title ? { title: readable.title.trim() } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}
