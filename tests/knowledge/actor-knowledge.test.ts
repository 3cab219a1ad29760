import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseActorCsv } from "../../src/knowledge/actor-csv.js";
import { ActorKnowledge, loadActorPeople, mergeUserPeople, tenureCovers } from "../../src/knowledge/actor-knowledge.js";
import { type ActorFile, type KbPerson, type KbTenure } from "../../src/knowledge/actor-types.js";

const HEADER = "name,other_names,gender,country,office,category,from,to,leader,note";
const csv = (...rows: string[]): string => [HEADER, ...rows].join("\n") + "\n";

const tenure = (from: string | undefined, to: string | undefined): KbTenure => ({ country: "XAN", ...(from ? { from } : {}), ...(to ? { to } : {}), source: "test" });

describe("tenureCovers: whether a tenure covers any day of a date", () => {
  it.each([
    ["2016-07-12", false],
    ["2016-07-13", true],
    ["2019-07-24", true],
    ["2019-07-25", false],
    ["2016-06", false],
    ["2016-07", true],
    ["2019-07", true],
    ["2019-08", false],
    ["2015", false],
    ["2016", true],
    ["2019", true],
    ["2020", false],
  ])("a tenure of 2016-07-13 to 2019-07-24 on %s: %s", (date, covered) => {
    expect(tenureCovers(tenure("2016-07-13", "2019-07-24"), date)).toBe(covered);
  });

  it.each([
    ["2004-02-29", false],
    ["2004-03-01", true],
    ["2006-11-30", true],
    ["2006-12-01", false],
    ["2004-02", false],
    ["2006-11", true],
  ])("a tenure of month precision, 2004-03 to 2006-11, on %s: %s", (date, covered) => {
    expect(tenureCovers(tenure("2004-03", "2006-11"), date)).toBe(covered);
  });

  it.each([
    ["1998-12-31", false],
    ["1999-01-01", true],
    ["2003-12-31", true],
    ["2004-01-01", false],
    ["2003-12", true],
  ])("a tenure of year precision, 1999 to 2003, on %s: %s", (date, covered) => {
    expect(tenureCovers(tenure("1999", "2003"), date)).toBe(covered);
  });

  it("treats a missing start as 'always before' and a missing end as 'still held'", () => {
    expect(tenureCovers(tenure(undefined, "2001-01-01"), "1900")).toBe(true);
    expect(tenureCovers(tenure(undefined, "2001-01-01"), "2001-01-02")).toBe(false);
    expect(tenureCovers(tenure("2001-01-01", undefined), "2099-12-31")).toBe(true);
    expect(tenureCovers(tenure("2001-01-01", undefined), "2000-12")).toBe(false);
    expect(tenureCovers(tenure(undefined, undefined), "2010")).toBe(true);
  });
});

/** An invented country, XAN (ISO's user-assigned range), with invented office holders. */
const people: KbPerson[] = [
  ...parseActorCsv(
    csv(
      "Jana Roe,Jana Maria Roe|Janna Roe,F,XAN,President,HEAD_OF_STATE,2001-05-02,2011-05-01,Y,",
      "Kemal Doe,Kemal A. Doe,M,XAN,Foreign Minister,FOREIGN_MINISTER,2004-03-09,2010-12-31,,",
      "Kemal Doe,,M,XAN,President,HEAD_OF_STATE,2011-05-01,,Y,",
      "Ola Nord,,M,XAN,Prime Minister,HEAD_OF_GOVERNMENT,2003,2007,,",
      "Ola Nord,,M,XAN,Prime Minister,HEAD_OF_GOVERNMENT,2009-02,2012-06,,",
      "Kemal B. Doe,,M,XAN,Defence Minister,DEFENCE_MINISTER,1990-01-15,1994-03-01,,",
      "Wen Haoran,,M,CHN,Special Envoy,ENVOY,2012,2014,,",
      "Omar al-Hadi,,M,XAN,Ambassador to the United Nations,AMBASSADOR,2005,2006,,",
    ),
    "parley:test.csv",
  ),
  {
    // A Phoenix record of the same person's presidency, listed before the curated one.
    name: "Mira Holm",
    otherNames: [],
    countries: ["XGF"],
    tenures: [
      { country: "XGF", office: "President", category: "HEAD_OF_STATE", role: "GOV", from: "1999-01-01", to: "2004-12-31", source: "petrarch2:Test.actors.txt:7" },
      { country: "XGF", office: "President", category: "HEAD_OF_STATE", from: "1999-03-04", to: "2005-03-04", leader: true, source: "parley:test.csv:20" },
    ],
    sources: ["petrarch2:Test.actors.txt:5", "parley:test.csv"],
  },
];

describe("the runtime index (ActorKnowledge)", () => {
  const kb = new ActorKnowledge(people);
  const names = (actors: readonly { name: string }[]): string[] => actors.map((a) => a.name);

  it("gives every actor Parley's person id", () => {
    expect(kb.actors.map((a) => a.id)).toContain("person:jana-roe");
    expect(kb.actors.find((a) => a.name === "Omar al-Hadi")!.id).toBe("person:omar-al-hadi");
  });

  it("finds a person by any full name in any spelling that folds to it", () => {
    expect(names(kb.byFullName("Jana Roe"))).toEqual(["Jana Roe"]);
    expect(names(kb.byFullName("JANNA ROE"))).toEqual(["Jana Roe"]);
    expect(names(kb.byFullName("Jana Maria Roe"))).toEqual(["Jana Roe"]);
    expect(names(kb.byFullName("Kemal A. Doe"))).toEqual(["Kemal Doe"]);
    expect(kb.byFullName("Jana Q. Roe")).toEqual([]);
    expect(kb.byFullName("Roe")).toEqual([]);
  });

  it("finds a longer name by its first and last word, and an exact two-word name before that", () => {
    // "Kemal Doe" is one person's full name: exact wins over the first-and-last of "Kemal A. Doe" / "Kemal B. Doe".
    expect(names(kb.byFullName("Kemal Doe"))).toEqual(["Kemal Doe"]);
    // A hyphen splits words: "Omar al-Hadi" is three, so "Omar Hadi" is its first and last.
    expect(names(kb.byFullName("Omar Hadi"))).toEqual(["Omar al-Hadi"]);
    expect(names(kb.byFullName("Jana Roe"))).toEqual(["Jana Roe"]);
    const two = new ActorKnowledge([
      { name: "Kemal A. Doe", otherNames: [], countries: ["XAN"], tenures: [], sources: [] },
      { name: "Kemal B. Doe", otherNames: [], countries: ["XAN"], tenures: [], sources: [] },
    ]);
    expect(names(two.byFullName("Kemal Doe"))).toEqual(["Kemal A. Doe", "Kemal B. Doe"]);
    expect(two.hasFullNameKey("kemal doe")).toBe(true);
    expect(two.hasFullNameKey("kemal a doe")).toBe(true);
    expect(two.hasFullNameKey("kemal c doe")).toBe(false);
  });

  it("finds people by the surname alone, folded, with family-name-first countries by their first word", () => {
    expect(names(kb.byShortName("Roe"))).toEqual(["Jana Roe"]);
    expect(names(kb.byShortName("Doe"))).toEqual(["Kemal Doe", "Kemal B. Doe"]);
    expect(names(kb.byShortName("Hadi"))).toEqual(["Omar al-Hadi"]);
    expect(names(kb.byShortName("Wen"))).toEqual(["Wen Haoran"]);
    expect(kb.byShortName("Haoran")).toEqual([]);
  });

  it("remembers the first word of every full name", () => {
    expect(kb.firstWords.has("jana")).toBe(true);
    expect(kb.firstWords.has("kemal")).toBe(true);
    expect(kb.firstWords.has("roe")).toBe(false);
  });

  it("answers who held an office on a day, month or year", () => {
    const holders = (title: string, date: string): string[] => kb.holders("XAN", title, date).map((h) => h.actor.name);
    expect(holders("President", "2005-06-01")).toEqual(["Jana Roe"]);
    expect(holders("president", "2012")).toEqual(["Kemal Doe"]);
    // The handover day: the outgoing holder's last day and the incoming one's first.
    expect(holders("President", "2011-05-01").sort()).toEqual(["Jana Roe", "Kemal Doe"]);
    expect(holders("Prime Minister", "2008")).toEqual([]);
    expect(holders("Prime Minister", "2009-02")).toEqual(["Ola Nord"]);
    expect(kb.holders("XGF", "Prime Minister", "2005")).toEqual([]);
  });

  it("gives one holding per person, and a curated tenure before a Phoenix one of the same office", () => {
    const [holding, ...more] = kb.holders("XGF", "President", "2000");
    expect(more).toEqual([]);
    expect(holding!.actor.name).toBe("Mira Holm");
    expect(holding!.tenure.source).toBe("parley:test.csv:20");
    // Two spans of one office in one year are still one holding.
    expect(kb.holders("XAN", "Prime Minister", "2007-01").map((h) => h.actor.name)).toEqual(["Ola Nord"]);
  });

  it("answers who held a category of office ('the Xanadu foreign minister')", () => {
    expect(kb.holdersOfCategory("XAN", "FOREIGN_MINISTER", "2004-03-09").map((h) => h.actor.name)).toEqual(["Kemal Doe"]);
    expect(kb.holdersOfCategory("XAN", "FOREIGN_MINISTER", "2004-03-08")).toEqual([]);
    expect(kb.holdersOfCategory("XAN", "DEFENCE_MINISTER", "1992").map((h) => h.actor.name)).toEqual(["Kemal B. Doe"]);
  });

  it("names the country's leader only when exactly one leader tenure covers the date", () => {
    expect(kb.leaderOn("XAN", "2005-06-01")?.actor.name).toBe("Jana Roe");
    expect(kb.leaderOn("XAN", "2015")?.actor.name).toBe("Kemal Doe");
    expect(kb.leaderOn("XGF", "2001")?.actor.name).toBe("Mira Holm");
    // Before anyone, and when two leaders share the date (a year with a handover), no one.
    expect(kb.leaderOn("XAN", "1995")).toBeUndefined();
    expect(kb.leaderOn("XAN", "2011")).toBeUndefined();
    // A prime minister without the leader mark is not the leader.
    expect(kb.leaderOn("XAN", "2004")?.actor.name).toBe("Jana Roe");
  });
});

describe("a user's actor file over the shipped people", () => {
  it("adds a user's tenures and names to the shipped person of that name and country, and adds new people", () => {
    const user = parseActorCsv(
      csv(
        "Jana M. Roe,Jana Roe,F,XAN,Special Envoy,ENVOY,2012-01-10,2013,,",
        "Sol Kim,,F,XAN,Foreign Minister,FOREIGN_MINISTER,2011-05-03,,,",
        // Same name, other country: someone else.
        "Ola Nord,,M,XGF,Defence Minister,DEFENCE_MINISTER,2010,,,",
      ),
      "user:mine.csv",
    );
    const merged = mergeUserPeople(people, user);
    expect(merged).toHaveLength(people.length + 2);
    const jana = merged.find((p) => p.name === "Jana Roe")!;
    expect(jana.otherNames).toEqual(["Jana Maria Roe", "Janna Roe", "Jana M. Roe"]);
    expect(jana.tenures.map((t) => t.source)).toEqual(["parley:test.csv:2", "user:mine.csv:2"]);
    expect(jana.sources).toEqual(["parley:test.csv", "user:mine.csv"]);
    expect(merged.filter((p) => p.name === "Ola Nord").map((p) => p.countries)).toEqual([["XAN"], ["XGF"]]);
    expect(merged.at(-2)!.name).toBe("Sol Kim");

    const kb = new ActorKnowledge(merged);
    expect(kb.holdersOfCategory("XAN", "ENVOY", "2012-06").map((h) => h.actor.name)).toEqual(["Jana Roe"]);
    expect(kb.holders("XAN", "Foreign Minister", "2015").map((h) => h.actor.name)).toEqual(["Sol Kim"]);
  });

  it("leaves the shipped people as they were", () => {
    const before = JSON.stringify(people);
    mergeUserPeople(people, parseActorCsv(csv("Jana Roe,Jana R.,F,XAN,Special Envoy,ENVOY,2012,,,"), "user:mine.csv"));
    expect(JSON.stringify(people)).toBe(before);
  });

  it("adds a user row as a new person when its names fit two shipped people", () => {
    const shipped: KbPerson[] = [
      { name: "Kemal A. Doe", otherNames: ["Kemal Doe"], countries: ["XAN"], tenures: [], sources: ["petrarch2:x:1"] },
      { name: "Kemal B. Doe", otherNames: ["Kemal Doe"], countries: ["XAN"], tenures: [], sources: ["petrarch2:x:9"] },
    ];
    const merged = mergeUserPeople(shipped, parseActorCsv(csv("Kemal Doe,,M,XAN,President,HEAD_OF_STATE,2020,,Y,"), "user:mine.csv"));
    expect(merged.map((p) => p.name)).toEqual(["Kemal A. Doe", "Kemal B. Doe", "Kemal Doe"]);
  });

  describe("loadActorPeople", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "parley-kb-"));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const shippedFile = (file: Partial<ActorFile>): string => {
      const path = join(dir, `actors-${Math.random().toString(36).slice(2)}.json`);
      writeFileSync(path, JSON.stringify({ format: "parley-actors/1", attribution: [], changes: [], builtFrom: {}, people, ...file }));
      return path;
    };

    it("reads a shipped file and merges a user's CSV over it", () => {
      const userFile = join(dir, "mine.csv");
      writeFileSync(userFile, csv("Kemal Doe,,M,XAN,Special Envoy,ENVOY,2020-02-02,,,", "Petra Valk,,F,XAN,Defence Minister,DEFENCE_MINISTER,2019,,,"));
      const loaded = loadActorPeople({ shippedFile: shippedFile({}), userFile });
      expect(loaded.map((p) => p.name)).toEqual([...people.map((p) => p.name), "Petra Valk"]);
      expect(loaded.find((p) => p.name === "Kemal Doe")!.tenures.at(-1)!.source).toBe(`user:${userFile}:2`);
      expect(loadActorPeople({ shippedFile: shippedFile({}) })).toEqual(people);
    });

    it("refuses a file of another format and a bad user file", () => {
      expect(() => loadActorPeople({ shippedFile: shippedFile({ format: "parley-actors/2" as never }) })).toThrow(/unknown actor file format "parley-actors\/2"/);
      const userFile = join(dir, "bad.csv");
      writeFileSync(userFile, "name\nJana Roe\n");
      expect(() => loadActorPeople({ shippedFile: shippedFile({}), userFile })).toThrow(/the header must be exactly/);
    });
  });
});
