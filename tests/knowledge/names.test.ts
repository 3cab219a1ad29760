import { describe, expect, it } from "vitest";
import { bareSurname, firstLastKey, fullNameKey, nameWords, shortNameKeys, wordKey } from "../../src/knowledge/names.js";

/** Invented names throughout; the folds are the ones news spellings need (y/i, doubles, accents …). */
describe("name keys: spellings of one name fold together", () => {
  it.each([
    ["y and i", "Jana Royenko", "Jana Roienko"],
    ["a final -yy, -iy and -y", "Olek Zarenskyy", "Olek Zarensky"],
    ["a final -iy", "Olek Zarenskiy", "Olek Zarensky"],
    ["doubled letters", "Janna Roe", "Jana Roe"],
    ["doubled letters inside a word", "Kemal Dollan", "Kemal Dolan"],
    ["accents", "Kémal Dóe", "Kemal Doe"],
    ["a cedilla and a tilde", "Françoise Nuñez", "Francoise Nunez"],
    ["case", "JANA ROE", "jana roe"],
    ["a hyphen inside a given name", "Kim Sol-ha", "Kim Sol Ha"],
    ["dots in initials", "K.D. Roe", "KD Roe"],
    ["an apostrophe", "Liam O'Dare", "Liam ODare"],
    ["a curly apostrophe", "Liam O’Dare", "Liam O'Dare"],
  ])("%s: %s = %s", (_what, a, b) => {
    expect(fullNameKey(a)).toBe(fullNameKey(b));
  });

  it("keeps one space between words whatever the spacing or surrounding punctuation", () => {
    expect(fullNameKey("  Jana   Roe ")).toBe("jana roe");
    expect(fullNameKey("(Jana Roe),")).toBe("jana roe");
    expect(nameWords("Kim Sol-ha")).toEqual(["Kim", "Sol", "ha"]);
  });

  it("folds a word the same way every time (the memo answers what the fold would)", () => {
    const first = wordKey("Zarenskyy");
    expect(wordKey("Zarenskyy")).toBe(first);
    expect(first).toBe("zarenski");
  });

  // Bug (src/knowledge/names.ts, foldWord): a dot is removed but the space after it is not, so
  // "K. D. Roe" keys as "k d roe" while "K.D. Roe" and "KD Roe" key as "kd roe". News writes both
  // ("George H. W. Bush" / "George H.W. Bush"; the compiled CSV lists both forms by hand to work around it).
  it("spaced initials fold with run-together ones ('K. D. Roe' = 'K.D. Roe')", () => {
    expect(fullNameKey("K. D. Roe")).toBe(fullNameKey("K.D. Roe"));
  });
});

describe("name keys: different names never share a key", () => {
  const distinct = [
    "Jana Roe", "Jane Roe", "Jana Rowe", "Jan Roe", "Jana Doe", "Kemal Doe", "Kamal Doe", "Kemal Dole", "Kemal Doe Jana",
    "Ola Nord", "Ola Nordh", "Olaf Nord", "Mira Holm", "Mira Holmes", "Ivo Brandt", "Ivo Brand", "Li Wen", "Lu Wen", "Lee Wen",
    "Sol Kim", "Kim Sol", "Petra Valk", "Petra Falk", "Omar al-Hadi", "Omar Hadid", "Tomas Berg", "Tomas Bergen",
  ];

  it("gives each of these invented names its own key", () => {
    const keys = distinct.map(fullNameKey);
    expect(new Set(keys).size).toBe(distinct.length);
  });

  it("keeps word order (family-name-first and given-name-first forms are different keys)", () => {
    expect(fullNameKey("Sol Kim")).not.toBe(fullNameKey("Kim Sol"));
  });
});

describe("surnames as news writes them alone", () => {
  it("is the last word for a plain name, folded", () => {
    expect(shortNameKeys("Jana Roe", ["XAN"])).toEqual([fullNameKey("Roe")]);
    expect(shortNameKeys("Jana Maria Roe", ["XAN"])).toEqual(["roe"]);
  });

  it("drops 'al-' and 'el-' before a surname ('al-Hadi' → 'Hadi')", () => {
    expect(bareSurname("al-Hadi")).toBe("Hadi");
    expect(bareSurname("el-Sayed")).toBe("Sayed");
    expect(bareSurname("Alban")).toBe("Alban");
    expect(shortNameKeys("Omar al-Hadi", ["XAN"])).toEqual(["hadi"]);
    expect(shortNameKeys("Omar el-Sayed", ["XAN"])).toEqual(["saied"]);
  });

  it("keeps the particle form beside the last word ('bin Rashid' and 'Rashid', 'van der Berg')", () => {
    expect(shortNameKeys("Khalid bin Rashid", ["XAN"])).toEqual(expect.arrayContaining([fullNameKey("Rashid"), fullNameKey("bin Rashid")]));
    expect(shortNameKeys("Anke van der Berg", ["XAN"])).toEqual(expect.arrayContaining([fullNameKey("Berg"), fullNameKey("van der Berg")]));
  });

  it("adds the last two words of a four-word Hispanic name ('Luis Ángel Pérez Ortega' → 'Pérez Ortega')", () => {
    const keys = shortNameKeys("Luis Ángel Pérez Ortega", ["XAN"]);
    expect(keys).toEqual(expect.arrayContaining([fullNameKey("Ortega"), fullNameKey("Perez Ortega")]));
    // A three-word name is given name, middle name, surname: no double surname.
    expect(shortNameKeys("Luis Pérez Ortega", ["XAN"])).toEqual([fullNameKey("Ortega")]);
  });

  it("ignores a generational suffix ('Kemal Doe Jr.' is 'Doe')", () => {
    expect(shortNameKeys("Kemal Doe Jr.", ["XAN"])).toEqual(["doe"]);
    expect(shortNameKeys("Kemal Doe III", ["XAN"])).toEqual(["doe"]);
  });

  it("takes the first word where names are written family name first (China, both Koreas, Taiwan, Singapore …)", () => {
    expect(shortNameKeys("Wen Haoran", ["CHN"])).toEqual(["wen"]);
    expect(shortNameKeys("Pak Sol Ha", ["PRK"])).toEqual(["pak"]);
    expect(shortNameKeys("Yun Ji-ho", ["KOR"])).toEqual(["iun"]);
    expect(shortNameKeys("Tan Wei Ming", ["SGP"])).toEqual(["tan"]);
    // The same name elsewhere is given name first.
    expect(shortNameKeys("Wen Haoran", ["XAN"])).toEqual([fullNameKey("Haoran")]);
  });

  // Bug (src/knowledge/names.ts, shortNameKeys): family-name-first is decided by country alone, so a
  // name written given name first in those countries gets its given name as surname. In the shipped
  // file Taiwan's "Joseph Wu" and Hong Kong's "Donald Tsang" are found by "Joseph" and "Donald", not
  // by "Wu" and "Tsang" ("Carrie Lam Cheng Yuet Ngor" by "Carrie").
  it("a Western-order name in a family-name-first country keeps its last word as surname ('Daniel Hsu' is 'Hsu')", () => {
    expect(shortNameKeys("Daniel Hsu", ["TWN"])).toContain(fullNameKey("Hsu"));
  });

  it("gives a one-word name itself and an empty name nothing", () => {
    expect(shortNameKeys("Gombo", [])).toEqual(["gombo"]);
    expect(shortNameKeys("", [])).toEqual([]);
  });
});

describe("first and last word of a longer name", () => {
  it("keys 'Kemal A. Doe' and 'Jana Maria Roe' as 'kemal doe' and 'jana roe'", () => {
    expect(firstLastKey("Kemal A. Doe")).toBe(fullNameKey("Kemal Doe"));
    expect(firstLastKey("Jana Maria Roe")).toBe(fullNameKey("Jana Roe"));
  });

  it("is undefined for a two-word name and skips a generational suffix", () => {
    expect(firstLastKey("Jana Roe")).toBeUndefined();
    expect(firstLastKey("Kemal Doe Jr.")).toBeUndefined();
    expect(firstLastKey("Kemal Bo Doe Jr.")).toBe("kemal doe");
  });
});
