import { endsLikeSentence, type FurnitureFamily, matchesAny } from "./family.js";

/** Agencies and photo services that sign pictures. */
const AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|Getty Images|Getty|EPA|epa|Bloomberg|Pool|Xinhua|Sputnik|TASS|Anadolu|Shutterstock|Alamy|Wikimedia [Cc]ommons|Handout|KCNA|Yonhap|Kyodo|EFE|ANSA|Dreamstime|iStock|NurPhoto|SIPA|Corbis|Polaris|Redux)`;

/** How a caption ends: with the picture's credit. */
const CREDIT_ENDINGS: readonly RegExp[] = [
  // "(Photo: Jane Roe, AP)", "(Photo: Courtesy of …)", "(Dreamstime photo: …)", "(Image credit: …)"
  /\((?:[\p{L}]+\s+)?(?:photo|photograph|image|picture|video|file photo|credit)s?(?:\s+credit)?\s*:[^()]*\)$/iu,
  // "(AP Photo/Jane Roe, File)", "(Northern Agency via AP, File)"
  /\((?:AP|AFP|Reuters|EPA) Photo\/[^()]*\)$/,
  new RegExp(String.raw`\([^()]*\bvia ${AGENCY}\b[^()]*\)$`),
  // "REUTERS/Jane Roe/File Photo", "… via REUTERS/File Photo", "REUTERS/Jane Roe TPX IMAGES OF THE DAY"
  /\bREUTERS\/[^/\s][^/]*(\/[^/]+){0,2}$/,
  // "Photographer: Jane Roe/Bloomberg", "Photograph: Agency via Getty Images", "Photo: Wikimedia commons"
  /\b(Photographer|Photograph|Photo|Image|Picture|Photo credit|Image credit|Credit)\s*:\s*[^.:]{1,80}$/,
  // "Jane Roe/AFP/Getty Images", "Jane Roe | AFP | Getty Images", "Stena Line | AP", "| Getty"
  new RegExp(String.raw`(\/|\|\s*|\bvia\s+)${AGENCY}(\s*\|\s*${AGENCY})*\)?$`),
  /\bFile Photo$/i,
  // A clip's source line: "… (Source: Bloomberg)".
  new RegExp(String.raw`\(Source: ${AGENCY}[^()]*\)$`),
];

const CAPTION_LINES: readonly RegExp[] = [
  /^FILE PHOTO\s*:/,
  // AP's caption opening: "FILE - In this March 3, 2019, file photo, …", "In this undated handout picture, …"
  /^FILE\s*[-–—]\s*In this\b/,
  // A bare "In this picture, …" may be a figure of speech: without a date or "undated", "handout",
  // "file", only "photo", "video image" and "frame grab" open a caption.
  /^In this ((undated|handout|file|pool|\w+\.? \d{1,2},? \d{4},?) )+(photo|image|picture|video image|frame grab)\b/i,
  /^In this (photo|file photo|video image|frame grab)\b/i,
  // NPR's and CNN's caption chrome.
  /^Enlarge this image\b/i,
  /^Slideshow \(\d+ Images?\)$/i,
  /^Open In New Window\b/,
  // The Guardian's share buttons glued to an image caption.
  /^(Facebook|Twitter|Pinterest)( (Facebook|Twitter|Pinterest)){1,2} \S/,
  /^(Feature|Featured|Header|Top|Lead) image (via|by|credit|:)/i,
  /^(photos?|images?|pictures?|video|gallery)\s*:\s*[^.]*$/i,
  /^\(?(photo|image|picture|video)s? (by|courtesy of)\b[^.]*\)?$/i,
  /^\d+ of \d+$/,
];

/** Politico's caption, credit and the story's own headline on one line: "… talks in Rome. | AP Leaders …". */
const PIPED_CREDIT = new RegExp(String.raw`[.)]\s+\|\s+[^.|]{0,60}?(\/|\b)${AGENCY}\b`);

/** A credit inside a run of captions. */
const INLINE_CREDIT = new RegExp(String.raw`\bvia ${AGENCY}\b|\/${AGENCY}\b|\b(AP|Reuters|AFP) Photo\b|\bPhotographer:`, "g");

/** A slideshow flattened into one line: several credited captions and hardly a sentence. */
function isGallery(line: string): boolean {
  if (line.includes("View Slideshow")) return true;
  if (!line.includes("via ") && !line.includes("/") && !line.includes("Photo")) return false;
  const credits = line.match(INLINE_CREDIT)?.length ?? 0;
  const sentences = line.match(/[.!?]\s+\p{Lu}/gu)?.length ?? 0;
  return credits >= 2 && sentences <= 1;
}

/** A date with its year ("16 July 2018", "June 12, 2018", "July 2018"): a caption that states one dates its own fact. */
const DATED = /\b(\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)|(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},?)\s+(19|20)\d\d\b/;

/**
 * A caption that states a dated fact ("the leaders at the summit in Oslo, 16 July 2018. Photo: …") keeps
 * its words without the credit: its own date keeps the fact from being read as the story's. Anything else
 * the credit marks is furniture below.
 */
function datedCaption(line: string): string {
  if (!DATED.test(line)) return line;
  const bare = line.replace(/^FILE PHOTO\s*:\s*/, "");
  for (const ending of CREDIT_ENDINGS) {
    const match = ending.exec(bare);
    if (match && match.index > 20) return bare.slice(0, match.index).replace(/[\s|,;:(—–-]+$/, "").trim();
  }
  return line;
}

/**
 * Photo and video captions and credits. A caption is furniture, because it dates from the picture, not
 * the story: a line that ends with a credit, or opens like an agency caption. One that states its own
 * date keeps its words (the credit goes): the fact it states is dated right.
 */
export const captionFamily: FurnitureFamily = {
  name: "caption",
  strip: datedCaption,
  isFurniture: (line) =>
    // A credit never ends like a sentence: most lines skip the credit patterns on their last character.
    (!endsLikeSentence(line) && matchesAny(CREDIT_ENDINGS, line)) ||
    matchesAny(CAPTION_LINES, line) ||
    line.includes("toggle caption") ||
    line.includes("Hide Caption") ||
    (line.includes(" | ") && PIPED_CREDIT.test(line)) ||
    isGallery(line),
};
