import { type FurnitureFamily, matchesAny } from "./family.js";

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** An embedded post's signature: "— Ada Quill (@adaquill) March 9, 2018" at the end of its text. */
const POST_SIGNATURE = new RegExp(String.raw`\s*[—–-]+\s*[^—–()]{1,80}\(@\w{1,30}\)\s*${MONTH}\s+\d{1,2},\s+\d{4}\s*$`, "u");
/** Links a post embed leaves behind: "pic.twitter.com/AbC123", "https://t.co/AbC123". */
const EMBED_LINKS = /\s*(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)/g;

const SHARE_WORDS = /^(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|share|tweet|post|copy|link|copy link|pinterest|instagram|youtube|threads|bluesky|mail|flipboard|messenger|sms|comment|comments|save|gift)$/i;

/** A line made only of share-button labels: "facebook twitter", "SHARE THIS STORY Share Email". */
function isShareBar(line: string): boolean {
  if (line.length > 100) return false;
  const text = line.replace(/^share (this|the) (article|story|page)\s*/i, "share ");
  const words = text.split(/[\s|·•,/]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => SHARE_WORDS.test(word));
}

const SOCIAL_LINES: readonly RegExp[] = [
  /^share (this|the) (article|story|page|video)\b[^.]*$/i,
  /^(share|tweet|email|print|copy link|comments?)\s*$/i,
  /^(follow|like) us on\b[^.]*$/i,
  /^join (us|the conversation) on (twitter|facebook|x|instagram)\b[^.]*$/i,
  // An embed that left only its address.
  /^(https?:\/\/)?(www\.)?(twitter|x|facebook|instagram|youtube|tiktok)\.com\/\S+$/i,
];

/**
 * Social-media furniture: share bars, "follow us" lines, and the residue of embedded posts — their
 * picture links and the "— Name (@handle) Month D, YYYY" signature. The post's own words stay:
 * an embedded statement by a leader is what the story reports.
 */
export const socialFamily: FurnitureFamily = {
  name: "social",
  strip(line) {
    let text = line;
    if (text.includes("twitter.com/") || text.includes("t.co/")) text = text.replace(EMBED_LINKS, "");
    if (text.includes("(@")) text = text.replace(POST_SIGNATURE, "");
    return text === line ? line : text.trim();
  },
  isFurniture: (line) => isShareBar(line) || matchesAny(SOCIAL_LINES, line),
};
