/**
 * Turns what a user typed into a Lucene query for `db.index.fulltext.queryNodes`. User text never
 * reaches Lucene syntax unescaped: it is cut into whitespace-separated terms and "quoted phrases";
 * every term is escaped and quoted, so the index's own analyzer splits it exactly as it split the
 * stored text, and the terms are ANDed. `+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`, `AND`, `OR`,
 * `NOT` and `label:Putin` are searched as words, never parsed. The last term, when it is one plain
 * word outside quotes, also matches as a prefix ("Put" finds "Putin").
 */

/** Text as the full-text index holds it: accents folded, so "Zelenskyy" finds "Zelenskyy" and "Gödel" finds "Godel". */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "");
}

/** Lucene's special characters; `&&` and `||` are covered by escaping `&` and `|`. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** A letter, combining mark or digit: a term without one yields no token and is dropped. */
const HAS_WORD = /[\p{L}\p{M}\p{N}]/u;
/** One plain word: letters, marks and digits only. */
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+$/u;
/** A double-quoted phrase, or a stretch of text without quotes. */
const SEGMENT = /"([^"]*)"|([^"]+)/g;

/** The fields the search index covers; a match in the label (name, summary, title) weighs more than one in the aliases. */
const FIELDS = [
  { name: "searchLabel", boost: "^2.5" },
  { name: "searchExtra", boost: "" },
] as const;

/** Escapes every Lucene special character with a backslash. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`);
}

/** The Lucene query for `text`, or null when it holds no searchable word. */
export function buildLuceneQuery(text: string): string | null {
  const terms: { text: string; phrase: boolean }[] = [];
  for (const match of foldForSearch(text).matchAll(SEGMENT)) {
    if (match[1] !== undefined) {
      const phrase = match[1].trim().replace(/\s+/g, " ");
      if (HAS_WORD.test(phrase)) terms.push({ text: phrase, phrase: true });
    } else {
      for (const chunk of match[2]?.split(/\s+/) ?? []) {
        if (HAS_WORD.test(chunk)) terms.push({ text: chunk, phrase: false });
      }
    }
  }
  if (terms.length === 0) return null;
  return terms
    .map((term, i) => {
      const quoted = `"${escapeLucene(term.text.toLowerCase())}"`;
      const prefix = !term.phrase && i === terms.length - 1 && PLAIN_WORD.test(term.text) ? `${escapeLucene(term.text.toLowerCase())}*` : null;
      const clauses = FIELDS.flatMap((field) => [
        `${field.name}:${quoted}${field.boost}`,
        ...(prefix ? [`${field.name}:${prefix}${field.boost}`] : []),
      ]);
      return `(${clauses.join(" OR ")})`;
    })
    .join(" AND ");
}

/**
 * The Lucene query for fuzzy name search: one clause per query word, each any of that word's fuzzy
 * keys (search-ranking.ts), ANDed. Keys are letters and digits already, quoted anyway. Null when there are none.
 */
export function buildFuzzyLuceneQuery(keyGroups: readonly (readonly string[])[]): string | null {
  const groups = keyGroups.filter((group) => group.length > 0);
  if (groups.length === 0) return null;
  return groups.map((group) => `(${group.map((key) => `fuzzyKeys:"${escapeLucene(key)}"`).join(" OR ")})`).join(" AND ");
}
