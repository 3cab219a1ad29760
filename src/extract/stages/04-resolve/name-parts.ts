import { HONORIFICS, NAME_SUFFIXES, ROYAL_STYLES } from "../../gazetteer/index.js";
import { wordKey } from "../../../knowledge/names.js";

/**
 * A person's name taken apart: the words without honorifics, the surname key, the first-name key
 * and a generational suffix (Jr./Sr./II: a different person from the one without it).
 */
export interface NameParts {
  readonly words: readonly string[];
  readonly surname: string;
  readonly first: string;
  readonly suffix: string;
}

const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.toLowerCase().replace(/\.$/, "")));
const ROYAL_SET = new Set(ROYAL_STYLES);
const SUFFIX_SET = new Set(NAME_SUFFIXES.map((s) => s.toLowerCase().replace(/\.$/, "")));

/** Memo of pure string functions, emptied when full so a long-running server stays bounded. */
const MEMO_LIMIT = 20_000;
function boundedMemo<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      value = compute(text);
      memo.set(text, value);
    }
    return value;
  };
}

export const nameKey: (word: string) => string = boundedMemo(wordKey);

export const nameParts: (text: string) => NameParts = boundedMemo((text) => {
  const all = text.replace(/['’]s$/, "").split(/\s+/).filter(Boolean);
  // "Prince Harry": a royal style before a lone given name stays in the name.
  const royal = ROYAL_SET.has(all[0] ?? "") && all.filter((w) => !SUFFIX_SET.has(w.toLowerCase().replace(/[.,]$/, ""))).length === 2;
  // Honorifics and ranks are dropped only where they stand before the name: "Major" ends "John Major" as his
  // surname, and "Major" alone (a surname used on its own) is no rank without a name after it.
  let lead = 0;
  while (!royal && lead < all.length - 1 && HONORIFIC_SET.has(all[lead]!.toLowerCase().replace(/\.$/, ""))) lead++;
  const words = all.slice(lead);
  const suffixes = words.filter((w) => SUFFIX_SET.has(w.toLowerCase().replace(/[.,]$/, "")));
  const core = words.filter((w) => !suffixes.includes(w));
  const last = (core.at(-1) ?? "").replace(/^(al|el)[-‐]/i, "");
  return { words: core, surname: nameKey(last), first: nameKey(core[0] ?? ""), suffix: suffixes.map((s) => nameKey(s)).join(" ") };
});

/** Familiar forms of given names that name the same person ("Vince Cable" is "Vincent Cable"). */
const VARIANTS: readonly string[] = [
  "vincent vince", "william bill billy will", "robert bob bobby rob", "richard dick rick", "james jim jimmy jamie", "michael mike mick",
  "anthony tony", "edward ed ted eddie", "thomas tom tommy", "joseph joe", "john jack johnny", "charles charlie chuck", "david dave",
  "steven steve stephen", "kenneth ken", "christopher chris", "nicholas nick", "benjamin ben", "daniel dan danny", "samuel sam",
  "alexander alex", "andrew andy", "peter pete", "patrick pat", "gregory greg", "matthew matt", "timothy tim", "jeffrey jeff",
  "donald don", "ronald ron", "gerald gerry jerry", "lawrence larry", "theodore ted teddy", "elizabeth liz beth", "margaret maggie",
  "katherine kate kathy catherine", "jennifer jenny", "susan sue", "deborah debbie", "patricia pat", "rebecca becky", "nancy nan",
  "mohammed mohammad muhammad mohamed mohamad muhammed", "sergei sergey", "alexei alexey aleksei", "yuri yury",
];
const VARIANT_OF = new Map<string, string>();
for (const line of VARIANTS) {
  const [canonical, ...others] = line.split(" ").map(wordKey);
  for (const form of [canonical!, ...others]) VARIANT_OF.set(form, canonical!);
}

/** "J." is compatible with "John", "Vince" with "Vincent"; "Marco" is not "Mario". */
export function compatibleFirst(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length <= 2 || b.length <= 2) return a[0] === b[0];
  const va = VARIANT_OF.get(a);
  return va !== undefined && va === VARIANT_OF.get(b);
}

/** The other familiar forms of a given name's key ("vincent" → "vince"), for asking the knowledge base. */
export function firstNameVariants(key: string): string[] {
  const canonical = VARIANT_OF.get(key);
  if (canonical === undefined) return [];
  return [...VARIANT_OF].filter(([form, c]) => c === canonical && form !== key).map(([form]) => form);
}
