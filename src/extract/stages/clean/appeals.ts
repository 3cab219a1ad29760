import { type FurnitureFamily, type GuardedPatterns, matchesGuarded } from "./family.js";

/** The outlet asking for money or an app install: "Download our app", "Support independent journalism". */
const APPEAL_PATTERNS: readonly RegExp[] = [
  /\b(download|get|install)\s+(our|the)\s+([\p{L} ]{1,30}\s+)?app\b/iu,
  /\b(in|on|with|via)\s+our\s+(mobile\s+)?app\b/i,
  /\bopen\b.*\bin\s+(the\s+)?app\b/i,
  /\bon\s+your\s+(mobile\s+)?browser\b/i,
  /^\s*(for\s+the\s+best\s+experience)/i,
  /\b(make|become)\s+a\s+(contribution|donation|member|subscriber)\b/i,
  /\b(donate|contribute)\b.*\b(journalism|today|now|a month|monthly)\b/i,
  /\bsupport\s+(free|independent|our|quality)\b.*\bjournalism\b/i,
  /\bwe\s+need\s+your\s+(help|support)\b/i,
  /\bwith\s+your\s+support\b/i,
];

const APPEALS: GuardedPatterns = {
  keyWords: /app\b|browser|experience|contribut|donat|journalism|your help|your support|member|subscriber/i,
  patterns: APPEAL_PATTERNS,
};

/** Someone quoted: an appeal speaks for the outlet, never through a quotation or a reporting verb. */
const QUOTED = /["“”]|\b(said|says|told|added|asked)\b/;

/** Words that tie a paragraph to the outlet's own fundraising or self-promotion. */
const APPEAL_VOCABULARY = /\b(journalism|free press|readers like you|your support|donat\w*|subscri\w*)\b/i;
const APPEAL_PLEA = /\b(support|contribut\w*|lawsuits?|help|persist)\b/i;
// "us" in lower case only: "US" is the country.
const FIRST_OR_SECOND_PERSON = /\b([Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b/;

function speaksLikeAnAppeal(line: string): boolean {
  return APPEAL_VOCABULARY.test(line) || (FIRST_OR_SECOND_PERSON.test(line) && APPEAL_PLEA.test(line));
}

/** Short label lines with no sentence punctuation ("Good evening,"), which an appeal opens with. */
function isShortLabel(line: string): boolean {
  return line.split(/\s+/).length <= 3 && !/[.!?:"”’]$/.test(line);
}

/**
 * App banners and donation appeals. An appeal spans several paragraphs and only some match a strong
 * pattern, so a paragraph beside one that speaks its vocabulary (journalism, support, lawsuits) goes
 * with it, as does a greeting or label line just before or after it.
 */
export const appealFamily: FurnitureFamily = {
  name: "appeal",
  isFurniture: (line) => matchesGuarded(APPEALS, line) && !QUOTED.test(line),
  neighbours(lines, claimedBy) {
    const claimed = new Set<number>();
    const isAppeal = (i: number): boolean => claimedBy[i] === "appeal" || claimed.has(i);
    for (let pass = 0; pass < 3; pass++) {
      lines.forEach((line, i) => {
        if (claimedBy[i] !== undefined || claimed.has(i) || !(isAppeal(i - 1) || isAppeal(i + 1))) return;
        if ((speaksLikeAnAppeal(line) && !QUOTED.test(line)) || (isShortLabel(line) && i > 0)) claimed.add(i);
      });
    }
    return claimed;
  },
};
