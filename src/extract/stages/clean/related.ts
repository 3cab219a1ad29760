import { endsLikeSentence, type FurnitureFamily, matchesAny, wordCount, wordsOf } from "./family.js";

/** A heading that introduces links to other stories: "Related:", "READ MORE:", "More from the Ledger". */
const LIST_HEADERS: readonly RegExp[] = [
  /^(related|related (stories|articles|news|coverage|content|links|reading)|read more|more|see also|also read|also see|read also|recommended|recommended (stories|reading)|you may also like|you might also like|more (stories|news|coverage|on this story|from [\p{Lu}][\p{L} ]{1,30})|trending|most read|most popular|top stories|full coverage|further reading|in other news|elsewhere)\s*(\.{3}|…|:)?$/iu,
  /^read more (on|about) [^.:]{1,60}$/i,
  /^related coverage$/i,
];

const LINK_LINES: readonly RegExp[] = [
  // A link with its label: "Related: Envoys meet in Oslo", "READ MORE: …", "More:Ministers …", "SEE ALSO: …".
  /^(related|read more|more|see also|also read|read also|also see|full coverage|recommended)\s*:/i,
  // Bloomberg's "Read more on the trade dispute <headline>", Reuters' "Related Coverage <headline>",
  // a capitalised "READ <headline>".
  /^read more (on|about)\b[^.]*$/i,
  /^Related Coverage\b[^.]*$/i,
  /^READ \p{Lu}[^.]*$/u,
  // A share-or-read label with its short link, a bare link.
  /^(read|share|read or share) (this|the) (story|article)\s*:/i,
  /^(https?:\/\/|www\.)\S+$/,
];

/** Bloomberg's links to its own explainers: "<headline>: QuickTake". */
const EXPLAINER_LINK = /^[^.!?]{10,140}: (QuickTake|Explainer|Quick Take)( Q&A)?$/i;

/** Labels that make a headline a link ("Watch: …", "Opinion: …"); a sentence after them stays news. */
const HEADLINE_LABEL = /^(read|watch|listen|photos|pictures|gallery|explainer|opinion|analysis|exclusive|chart|charts|graphic|map|timeline|podcast|quiz|video|live|live updates|breaking|earlier|previously|background|recommended)\s*:\s*\S/i;
/** A Title Case headline signed by a columnist: "Why Quotas Fail the Fishing Towns: Ada Quill". */
const SIGNED_HEADLINE = /^[^.!]{10,140}: \p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+$/u;

/**
 * "What we know:Envoys …", "'No deal':Ministers …": a link whose label is glued to its headline,
 * with no space after the colon (a clock time "10:30" has digits on both sides).
 */
const GLUED_LABEL = /^['‘"“]?[\p{Lu}\d][^:]{0,60}?[\p{L}\d)'’"”]:['‘"“]?\p{Lu}/u;

/** A series promo: a label of two or more words in capitals, then a headline ("HARBOUR WATCH: A look at quotas"). */
const SERIES_PROMO = /^[A-Z][A-Z.'’&-]* [A-Z][A-Z .'’&-]*: [A-Z'‘"“]/;

/** A headline: capitalised, no sentence ending, short enough to be a link. */
function looksLikeHeadline(line: string): boolean {
  if (line.length > 200 || endsLikeSentence(line) || /[,;]$/.test(line)) return false;
  const words = wordCount(line, 20);
  return words >= 2 && words <= 20 && /^[\p{Lu}\d'"‘“]/u.test(line);
}

/** Title Case: most words of four or more letters start with a capital ("Envoys Meet in Oslo Over Fish Quotas"). */
function isTitleCase(line: string): boolean {
  const long = wordsOf(line).filter((word) => /^[\p{L}'’]{4,}/u.test(word));
  if (long.length < 3) return false;
  return long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= 0.8;
}

/** A link in capitals: "ENVOYS MEET IN OSLO AS TALKS RESUME" (five words or more; short capital lines are section heads). */
function isCapitalLink(line: string): boolean {
  if (line.length > 200 || /\p{Ll}/u.test(line) || /[.!?]$/.test(line)) return false;
  // A quotation or a transcript's speaker label ("ROE: …") in capitals is speech, not a link.
  if (/^["“‘']|^\S+:\s/.test(line)) return false;
  return line.replace(/[^\p{L}]/gu, "").length >= 12 && wordCount(line, 5) >= 5;
}

/** Lines that are a link on their own. */
function isLink(line: string): boolean {
  if (matchesAny(LIST_HEADERS, line) || matchesAny(LINK_LINES, line) || isCapitalLink(line)) return true;
  // The Guardian's inline link: "<headline> Read more".
  if (line.endsWith(" Read more")) return true;
  if ((line.includes("uick") || line.includes("xplainer")) && EXPLAINER_LINK.test(line)) return true;
  // A glued label has its colon early and no space after it.
  const colon = line.indexOf(":");
  if (colon > 0 && colon < 64 && line[colon + 1] !== " " && GLUED_LABEL.test(line) && !line.includes("http") && wordCount(line, 40) <= 40) return true;
  return looksLikeHeadline(line) && (HEADLINE_LABEL.test(line) || SERIES_PROMO.test(line) || (SIGNED_HEADLINE.test(line) && isTitleCase(line)));
}

/**
 * Related-story links and headline lists: "Related:", "READ MORE:", a headline glued to its label,
 * and the run of headlines under a list heading or several Title Case headlines in a row.
 */
export const relatedFamily: FurnitureFamily = {
  name: "related",
  isFurniture: isLink,
  neighbours(lines, claimedBy) {
    const claimed = new Set<number>();
    lines.forEach((line, i) => {
      // Under a list heading, the headlines that follow are links until a line that is not one
      // (a labelled link in the list, "Exclusive: …", is already claimed and does not end it).
      if (claimedBy[i] === "related" && matchesAny(LIST_HEADERS, line)) {
        for (let j = i + 1; j < lines.length && (claimedBy[j] === "related" || (claimedBy[j] === undefined && looksLikeHeadline(lines[j]!))); j++) {
          if (claimedBy[j] === undefined) claimed.add(j);
        }
      }
    });
    // Two or more Title Case headlines in a row, with no heading: a link list (a single one may be a section head).
    for (let i = 0; i < lines.length; ) {
      let j = i;
      while (j < lines.length && claimedBy[j] === undefined && !claimed.has(j) && looksLikeHeadline(lines[j]!) && isTitleCase(lines[j]!)) j++;
      // The first line of a page is its own headline, not a link.
      const start = i === 0 ? 1 : i;
      if (j - start >= 2) for (let k = start; k < j; k++) claimed.add(k);
      i = j > i ? j : i + 1;
    }
    return claimed;
  },
};
