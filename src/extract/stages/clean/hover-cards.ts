import { type FurnitureFamily, matchesAny } from "./family.js";

/**
 * A link widget glued after a person's name: the name as the article writes it, then the full legal
 * name ending in the same last word, glued (no space) to the widget's headlines, closed by "MORE":
 *   "Senator Ada Quill Adelaide Mary QuillSenate passes budget Quill on farm bill MORE said …"
 * The last word repeating at the end of the capitalised run is what marks it; "MORE" marks its end.
 */
const GLUED_CARD = /(?<![\p{L}\d])(\p{Lu}[\p{L}'’-]+) ((?:(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.|\(\p{Lu}[\p{L}'’.-]*\)) ){0,5})\1(?=[\p{Lu}\d'"‘“])/gu;
/** Where a card ends: its "MORE" link, within a card's length. */
const CARD_END = /\sMORE\b/g;
const MAX_CARD_CHARS = 700;

/** A word shaped like a name (capital, then a lower-case letter) or an initial ("M."). */
const NAME_WORD = /^(\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)$/u;
/** The word a repeat may carry after the name: "Quill’s", "Quill,". */
const AFTER_NAME = /^[^\p{L}\d]/u;

/**
 * A bare hover label: a name followed by its longer legal form ending in the same word, then
 * ordinary text ("Governor Quill Adelaide Mary Quill said …" → "Governor Quill said …"). Two to five
 * name-shaped words between the repeats: with one ("Hassan Ali Hassan") it is how many people are
 * really named, and "Press. The" (a sentence ends), "(CNN)" (a dateline) or "AP" (a credit) are not
 * names. A scan over words, not a back-referencing pattern: it runs on every line.
 */
/** Four capitalised words in a row, the least a label needs: a quick test before the word scan. */
const FOUR_CAPITALISED = /[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+ [A-ZÀ-ÖØ-Þ]\S* [A-ZÀ-ÖØ-Þ]\S* [A-ZÀ-ÖØ-Þ][a-zà-ÿ]/;

function stripLegalNameLabels(line: string): string {
  if (!FOUR_CAPITALISED.test(line)) return line;
  const words = line.split(" ");
  if (words.length < 4) return line;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const name = words[i]!;
    out.push(name);
    const first = name.charCodeAt(0);
    // Most words start in lower case: skip them before any pattern runs.
    if (name.length < 2 || (first < 0xc0 && (first < 65 || first > 90)) || !NAME_WORD.test(name) || name.endsWith(".")) continue;
    for (let j = i + 3; j <= i + 6 && j < words.length; j++) {
      const repeat = words[j]!;
      if (!repeat.startsWith(name) || (repeat.length > name.length && !AFTER_NAME.test(repeat.slice(name.length)))) continue;
      let named = true;
      for (let k = i + 1; k < j && named; k++) named = NAME_WORD.test(words[k]!);
      if (!named) break;
      out[out.length - 1] = name + repeat.slice(name.length); // "Quill" + "’s"
      i = j;
      break;
    }
  }
  return out.length === words.length ? line : out.join(" ");
}

function stripGluedCards(line: string): string {
  if (!line.includes(" MORE")) return line;
  let out = "";
  let from = 0;
  GLUED_CARD.lastIndex = 0;
  for (let match = GLUED_CARD.exec(line); match; match = GLUED_CARD.exec(line)) {
    const cardStart = match.index + match[1]!.length; // keep the name as the article writes it
    CARD_END.lastIndex = match.index + match[0].length;
    const end = CARD_END.exec(line);
    if (!end || end.index - cardStart > MAX_CARD_CHARS) continue;
    out += line.slice(from, cardStart);
    from = end.index + end[0].length;
    GLUED_CARD.lastIndex = from;
  }
  return from === 0 ? line : out + line.slice(from);
}

/** Lines that are nothing but a widget's labels. */
const WIDGET_LABELS: readonly RegExp[] = [
  /^(see|show|view|load|read) (more|less|all)( (stories|news|articles|photos|videos|comments))?\.?$/i,
  /^(expand|collapse|toggle)( (all|caption|image|this image))?$/i,
  /^(learn more|more on this|more about this)\b[^.]*$/i,
];

/** Hover-cards and link widgets: a name with its full legal name glued on, a card of headlines closed by "MORE". */
export const hoverCardFamily: FurnitureFamily = {
  name: "hover-card",
  strip: (line) => stripLegalNameLabels(stripGluedCards(line)),
  isFurniture: (line) => matchesAny(WIDGET_LABELS, line),
};
