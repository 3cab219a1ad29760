/**
 * Surface forms grouped by their first word, longest first: finds the longest known phrase at an
 * offset without scanning every form. Used for gazetteer names, office titles and known actors.
 */
interface Phrase<T> {
  form: string;
  /** `form` lower-cased once, when the index is built. */
  formLower: string;
  caseSensitive: boolean;
  value: T;
}

/** Letters and digits, as `/[\p{L}\p{N}]/u` reads one UTF-16 unit; ASCII is answered from a table. */
const WORD_UNIT = /[\p{L}\p{N}]/u;
export function isWordUnit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== code) return false; // NaN: past the end, where charAt gives ""
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_UNIT.test(text.charAt(at));
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Phrase<T>[]>();

  add(form: string, value: T, caseSensitive: boolean): void {
    const trimmed = form.trim();
    if (!trimmed) return;
    const key = firstWordKey(trimmed);
    const list = this.byFirstWord.get(key) ?? [];
    list.push({ form: trimmed, formLower: trimmed.toLowerCase(), caseSensitive, value });
    this.byFirstWord.set(key, list);
  }

  seal(): this {
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
    return this;
  }

  /**
   * The longest phrase starting exactly at `offset` of `text` and ending at a word boundary.
   * `key` is `firstWordKeyAt(text, offset)`, passed in so two indexes probed at one offset share it.
   */
  longestAt(text: string, offset: number, key: string = firstWordKeyAt(text, offset)): Phrase<T> | undefined {
    const list = this.byFirstWord.get(key);
    if (!list) return undefined;
    for (const phrase of list) {
      // The word-boundary test is the cheap one, so it runs first; a phrase must pass both.
      if (isWordUnit(text, offset + phrase.form.length)) continue;
      const candidate = text.slice(offset, offset + phrase.form.length);
      if (!sameForm(candidate, phrase)) continue;
      return phrase;
    }
    return undefined;
  }
}

/** Whether `candidate` spells the phrase: exactly when it is case-sensitive, else (and for words in capitals) without case. */
function sameForm(candidate: string, phrase: Phrase<unknown>): boolean {
  if (phrase.caseSensitive) {
    if (candidate === phrase.form) return true;
    // Words in capitals ("LEADERS MEET IN OSLO") say nothing about case: compare without it.
    const shouted = candidate.length >= 3 && candidate === candidate.toUpperCase() && /\p{Lu}{3}/u.test(candidate);
    if (!shouted) return false;
  }
  return candidate.toLowerCase() === phrase.formLower;
}

/** The first word, lower-cased, without a trailing full stop; an apostrophe ends it ("Russia's" → "russia"). */
export function firstWordKey(text: string): string {
  return (/^[\p{L}\p{N}.&-]+/u.exec(text)?.[0] ?? text.slice(0, 1)).toLowerCase().replace(/\.+$/, "");
}

/** `firstWordKey(text.slice(offset, offset + 60))`, without copying the window. */
const FIRST_WORD_AT = /[\p{L}\p{N}.&-]+/uy;
export function firstWordKeyAt(text: string, offset: number): string {
  FIRST_WORD_AT.lastIndex = offset;
  const word = FIRST_WORD_AT.exec(text)?.[0];
  // A word running past the 60-character window is cut where the window cuts it (rare: use the slow path).
  if (word === undefined || word.length >= 60) return firstWordKey(text.slice(offset, offset + 60));
  const lower = word.toLowerCase();
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.replace(/\.+$/, "") : lower;
}
