import { type FurnitureFamily, wordCount } from "./family.js";

/** A date in a short line makes it a dateline ("LISBON 2024-03-08", "Oslo, 12 February"), which is news. */
const DATELINE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+\p{L}+\s+\d{4}\b|[—–-]\s*$|\((AP|Reuters|AFP|CNN)\)/u;
/** "Ada Quill", "Geneva Talks": two capitalised words may be a name or a section head, so they stay. */
const CAPITALISED_PAIR = /\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** Short label lines with no sentence punctuation ("More details", "Good evening,"): navigation, not news. */
export function isLabelLine(line: string): boolean {
  if (line.length > 60 || wordCount(line, 3) > 3 || /[.!?:"”’]$/.test(line)) return false;
  return !DATELINE.test(line);
}

/**
 * Label lines: up to three words without sentence punctuation, after the first kept line (which is
 * the headline). A capitalised pair ("Geneva Talks") stays: it may be a name or a section head.
 */
export const labelFamily: FurnitureFamily = {
  name: "label",
  neighbours(lines, claimedBy) {
    const claimed: number[] = [];
    let seenKept = false;
    lines.forEach((line, i) => {
      if (claimedBy[i] !== undefined) return;
      if (seenKept && isLabelLine(line) && !CAPITALISED_PAIR.test(line)) claimed.push(i);
      else seenKept = true;
    });
    return claimed;
  },
};
