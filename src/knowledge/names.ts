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

/** The key of a whole name: its folded words joined by one space; initials run together ("K. D." = "K.D." = "KD"). */
export function fullNameKey(name: string): string {
  const keys = nameWords(name).map((w) => ({ key: wordKey(w), initial: /^\p{Lu}\.?$/u.test(w) || /^(\p{Lu}\.){2,}$/u.test(w) }));
  const joined: string[] = [];
  for (let k = 0; k < keys.length; k++) {
    const { key, initial } = keys[k]!;
    if (!key) continue;
    if (initial && k > 0 && keys[k - 1]!.initial && joined.length > 0) joined[joined.length - 1] += key;
    else joined.push(key);
  }
  return joined.join(" ");
}

/** A surname as news writes it alone: "al-Assad" → "Assad", "el-Sisi" → "Sisi". */
export function bareSurname(word: string): string {
  return word.replace(DROPPED_PREFIX, "");
}

/** Common Chinese and Korean family names as English news spells them (folded keys). */
const EAST_ASIAN_FAMILY_NAMES = new Set(
  ("kim lee li yi park pak choi choe chung jung jeong kang cho jo yoon yun jang chang lim im han oh shin sin seo suh kwon hwang ahn an song jeon jun hong ko go moon mun " +
    "yang son bae baek paik heo huh nam noh roh ha ju joo ryu yoo koo ku xi wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie " +
    "han tang feng yu dong xiao cheng cao yuan deng xu fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren jiang fan fang shi yao tan liao zou " +
    "xiong jin lu hao kong bai cui kang mao qiu qin tsai tsang tung lam leung chan wong chow cheung ho lau yeung chu ng lai kwok tse fung hui mak mok chiang lien soong teo goh lee " +
    "wen qian bao mei ge wan tao jiao geng hou meng xiang yin gu wei bi shao qi shan hua ou tong kou lei long lou man niu pei pu rao sha tu wang xin yi you zhan zuo")
    .split(" ")
    .map((n) => wordKey(n)),
);

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
  // "Xi Jinping" is "Xi", "Kim Jong Un" is "Kim": the family name comes first and is the only short form —
  // when the first word is such a family name ("Joseph Wu", "Carrie Lam" are written in Western order).
  if (countries.some((c) => FAMILY_NAME_FIRST.has(c)) && EAST_ASIAN_FAMILY_NAMES.has(wordKey(words[0]!.split(/[-‐]/)[0]!))) return [wordKey(words[0]!)];
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
