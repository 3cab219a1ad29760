import { type FurnitureFamily, matchesAny, wordsOf } from "./family.js";

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
const NAMES = String.raw`${NAME}(?:(?:,\s*|,?\s+and\s+)${NAME})*`;
/** "Lisbon", "Palm Beach, Florida", "Lisbon and Porto": capitalised words only. */
const PLACES = String.raw`\p{Lu}[\p{L}.'’-]*(?:(?:,? | and )\p{Lu}[\p{L}.'’-]*)*`;
/** "Ada Quill", "Ada Quill and Ben Ostrow", "Ada Quill, Ben Ostrow and Cy Dunn". */
const NAME_LIST = new RegExp(String.raw`^${NAMES}$`, "u");

/** Lines that name the writer's outlet or role under a byline: "USA TODAY", "Special for …", "Opinion contributor". */
const OUTLET_LINES: readonly RegExp[] = [
  /^(USA TODAY|Associated Press|The Associated Press|AP|Reuters|AFP|Bloomberg|CNN|Staff writer|Staff reporter|Opinion contributor|Columnist|Contributor|Special correspondent|Correspondent|Guest writer)$/i,
  /^Special (for|to) [\p{Lu}][\p{L} .'’-]*$/u,
];

/** Whole sentences that credit the writers or the wires. */
const CREDIT_SENTENCES: readonly RegExp[] = [
  // "By Ada Quill", "By Ada Quill and Ben Ostrow, Reuters", "By Ada Quill | CNN"
  new RegExp(String.raw`^By\s+${NAMES}(?:\s*[,|]\s*[\p{Lu}][\p{L} .'’-]{1,40})?$`, "u"),
  // "The Agency contributed to this report.", "Ada Quill contributed reporting from Lisbon."
  /^.{0,300}?\bcontributed (to )?this (report|article|story|piece)(,.*)?\.?$/i,
  /^.{0,300}?\bcontributed to the (report|article|story)\.?$/i,
  /^.{0,300}?\bcontributed (additional )?reporting( from [^.]+)?\.?$/i,
  // Wire-copy notes: "Material from Agency X was used in this report", "This report contains material from …"
  /^(material|reporting|information) from [^.]{1,80} (was|were) used in this (report|article|story)\.?$/i,
  /^this (report|article|story) (contains|includes|used|uses) (material|reporting|information) from\b[^.]*\.?$/i,
  /^[•⦁·]?\s*this (report|article|story) (is|was) based in part on (wire|agency|news agency) (service )?reports\.?$/i,
  /^with (post |wire |news )*(wires?|wire services|agencies|agency reports)( services)?\.?$/i,
  /^send (news )?tips to\b/i,
  // A hat tip: "[H/T: Ada Quill]".
  /^\[?(H\/T|h\/t|hat tip)\b[^.]*\]?$/i,
  // A reporter's dateline credit: "Roe reported from Lisbon."
  new RegExp(String.raw`^(?:${NAMES}|\p{Lu}[\p{L}'’-]+) (?:reported|wrote) (?:this story )?from ${PLACES}\.?$`, "u"),
  // A column's standing description: "The Ledger is a reported column by Ada Quill, …"
  /^The [\p{Lu}][\p{L} ]{1,30} is a (reported |weekly |daily )?(column|newsletter|series)\b/u,
];

/** Credits that run to the end of their line: "Contributing: …", "— With assistance by …", "Follow Ada Quill on Twitter …". */
const CREDIT_TAILS: readonly RegExp[] = [
  /(?:^|(?<=[.;]\s+))[•⦁·]?\s*(Contributing|Contributors?|Additional reporting|Reporting|Writing|Editing|Edited|Compiled)( by)?\s*:/i,
  /(?:^|(?<=[.;]\s+))[-–—]+\s*(With )?(assistance|reporting|additional reporting|editing) (by|from)\b/i,
  /(?:^|(?<=[.;]\s+))(Additional )?(Reporting|Writing|Editing) by\b/i,
  /(?:^|(?<=[.;]\s+))(Follow|Email|Contact|Reach) (us|[\p{Lu}][\p{L}'’. -]{0,40}) (on|at|via) (Twitter|X|Facebook|Instagram|Threads|Bluesky|https?:\/\/|www\.|@)/iu,
];

/** Sentences of a credit line: split after a word's full stop that a capital follows (not an initial: "Ada M. Quill"). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[\p{Ll}\d)"”'’][.!?])\s+(?=[\p{Lu}•⦁·—–-])/u).map((s) => s.trim()).filter(Boolean);
}

/** Lower-case words a list of credited names may hold: "Ada Quill in Lisbon and Ben Ostrow at the UN". */
const NAME_LIST_GLUE = new Set(["and", "in", "by", "from", "at", "on", "via", "with", "of", "the", "for", "de", "da", "van", "von", "bin", "al", "additional", "assistance", "reporting", "editing", "writing", "twitter", "x", "us"]);

/** A credit tail names people and places, nothing else: no lower-case word outside the glue above. */
function isNameListTail(tail: string): boolean {
  return wordsOf(tail.replace(/^[-–—•⦁·\s]+/, "")).every((word) => {
    const bare = word.replace(/^[^\p{L}@]+|[^\p{L}\d]+$/gu, "");
    return !bare || !/^\p{Ll}/u.test(bare) || NAME_LIST_GLUE.has(bare.toLowerCase()) || /^(https?:|www\.)|[/@]|\w\.\w/.test(word);
  });
}

/** Words every credit holds one of; a long line is a credit only when it says "contributed". */
const CREDIT_WORDS = /contribut|report|wrote|assist|writ|edit|compil|follow|email|contact|reach|tips|wire|material|information|column|newsletter|series|h\/t|hat tip|^by /i;

function isCreditLine(line: string): boolean {
  if (line.length > 300 ? !line.includes("contribut") : !CREDIT_WORDS.test(line)) return false;
  let head = line;
  for (const tail of CREDIT_TAILS) {
    const found = tail.exec(head);
    if (found && isNameListTail(head.slice(found.index + found[0].length))) head = head.slice(0, found.index);
  }
  // Whatever comes before a credit tail must itself be credits ("Roe reported from Lisbon.").
  return sentencesOf(head).every((sentence) => matchesAny(CREDIT_SENTENCES, sentence.replace(/^[•⦁·–—-]\s*/, "")));
}

function isOutletLine(line: string): boolean {
  return matchesAny(OUTLET_LINES, line);
}

/**
 * Bylines and credits: "By Ada Quill", "… contributed to this report", "— With assistance by …",
 * and a bare name line stacked on its outlet ("Ada Quill" / "USA TODAY"). A line goes only when
 * every sentence in it is a credit: "Roe reported from Lisbon. Contributing: Ben Ostrow".
 */
export const bylineFamily: FurnitureFamily = {
  name: "byline",
  isFurniture: (line) => isOutletLine(line) || isCreditLine(line),
  neighbours(lines, claimedBy) {
    const claimed: number[] = [];
    lines.forEach((line, i) => {
      const next = lines[i + 1];
      if (claimedBy[i] === undefined && next !== undefined && isOutletLine(next) && wordsOf(line).length <= 12 && NAME_LIST.test(line)) claimed.push(i);
    });
    return claimed;
  },
};
