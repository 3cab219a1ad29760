import { span, type Candidate, type MentionFamily } from "../family.js";

/** Capitalised abbreviations that are not organisations. */
const NOT_ORGANIZATION_ACRONYMS = new Set(
  "GDP GNP CPI PPI CEO CFO COO CTO HIV AIDS SARS TV PM AM MP MPS MEP GMT BST EST EDT PST CET UTC IPO DNA PC IT AI OK VIP PR ID VAT FAQ UFO ATM USD EUR GBP JPY CHF RPI NOTE ENDS ADV UPDATE REPEAT CORRECTED ICBM ICBMS WMD LNG COVID CLOSE WATCH LISTEN".split(" "),
);

/** An acronym in ordinary text ("OPEC", "FOMC") names an organisation, unless it is a common abbreviation (GDP, CEO). */
export const acronyms: MentionFamily = {
  name: "acronyms",
  priority: 30,
  find({ sentence, text, taken, shouting }) {
    if (shouting) return [];
    const found: Candidate[] = [];
    sentence.tokens.forEach((token, i) => {
      if (taken[i] || !/^\p{Lu}[\p{Lu}&]{2,5}$/u.test(token.text) || NOT_ORGANIZATION_ACRONYMS.has(token.text)) return;
      found.push({ mention: { kind: "ORGANIZATION", entry: { name: token.text, aliases: [], category: "OTHER" }, ...span(sentence, i, i + 1, text) } });
    });
    return found;
  },
};
