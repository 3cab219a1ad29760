/**
 * Name keys shared by the actor knowledge base and the extractor: two spellings of one name
 * ("Zelenskyy" / "Zelensky" / "Zelenskiy", "Kim Jong-un" / "Kim Jong Un", "J.D. Vance" / "JD Vance")
 * get one key, so a name read in an article finds its actor whichever spelling the source used.
 */

const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/** Folds one word: accents, case, dots and apostrophes, y/i and doubled letters (remembered: names repeat). */
export function wordKey(word: string): string {
  let key = memo.get(word);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = foldWord(word);
    memo.set(word, key);
  }
  return key;
}

function foldWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.'’‘`]/g, "")
    .replace(/iy$|yy$|ij$/, "i")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1");
}

/** Particles that open a surname in Arabic and Romance names and are often dropped ("al-Assad" → "Assad"). */
const DROPPED_PREFIX = /^(al|el|ul|ad|an|as|ash|at|az)[-‐‑]/i;

/** The words of a name: hyphens split ("Jong-un" → "Jong", "un"), titles are the caller's business. */
export function nameWords(name: string): string[] {
  return name
    .replace(/[-‐‑–](?=\p{L})/gu, " ")
    .split(/\s+/)
    .map((w) => w.replace(/^[("“]+|[)"”,;:]+$/g, ""))
    .filter((w) => w.length > 0);
}

/** The key of a whole name: its folded words joined by one space. */
export function fullNameKey(name: string): string {
  return nameWords(name).map(wordKey).filter(Boolean).join(" ");
}

/** A surname as news writes it alone: "al-Assad" → "Assad", "el-Sisi" → "Sisi". */
export function bareSurname(word: string): string {
  return word.replace(DROPPED_PREFIX, "");
}

/** Countries whose names are written family name first in English-language news. */
const FAMILY_NAME_FIRST = new Set(["CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "SGP"]);

const PARTICLES = new Set(["de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "ter", "ten", "bin", "bint", "ibn", "al", "el", "abu", "ould", "le", "la"]);
const GENERATIONAL = /^(jr|sr|jnr|snr|ii|iii|iv)\.?$/i;

/**
 * The forms a person's name takes alone in news: "Lavrov" for Sergei Lavrov, "Xi" for Xi Jinping,
 * "bin Salman" and "Salman" for Mohammed bin Salman, "Assad" for Bashar al-Assad, "López Obrador"
 * for Andrés Manuel López Obrador. Keys, not display forms.
 */
export function shortNameKeys(name: string, countries: readonly string[] = []): string[] {
  const words = name.split(/\s+/).filter((w) => w && !GENERATIONAL.test(w));
  if (words.length < 2) return words.length === 1 ? [wordKey(bareSurname(words[0]!))] : [];
  const keys = new Set<string>();
  // "Xi Jinping" is "Xi", "Kim Jong Un" is "Kim": the family name comes first and is the only short form.
  if (countries.some((c) => FAMILY_NAME_FIRST.has(c))) return [wordKey(words[0]!)];
  const last = words.at(-1)!;
  keys.add(fullNameKey(bareSurname(last)));
  // "bin Salman", "von der Leyen", "da Silva": the particle and what follows it.
  const particle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w.toLowerCase()));
  if (particle > 0) keys.add(fullNameKey(words.slice(particle).join(" ")));
  // Hispanic double surnames: "López Obrador" (the last two words when the name has four).
  if (words.length >= 4 && !words.slice(-2).some((w) => PARTICLES.has(w.toLowerCase()))) keys.add(fullNameKey(words.slice(-2).join(" ")));
  return [...keys].filter(Boolean);
}

/**
 * "George W. Bush" and "Recep Tayyip Erdogan" are often written without their middle names:
 * the key of the first and last words only (undefined for names of fewer than three words).
 */
export function firstLastKey(name: string): string | undefined {
  const words = nameWords(name).filter((w) => !GENERATIONAL.test(w));
  if (words.length < 3) return undefined;
  return `${wordKey(words[0]!)} ${wordKey(words.at(-1)!)}`;
}
