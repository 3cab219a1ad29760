import { describe, expect, it } from "vitest";
import { cleanPlainText } from "../../src/extract/stages/01-clean.js";
import { splitSentences } from "../../src/extract/stages/02-sentences.js";
import { findDates } from "../../src/extract/stages/05-dates.js";

/** Dates found in one sentence, read against a publication day (2024-03-13 was a Wednesday). */
function datesIn(sentence: string, publishedAt = "2024-03-13"): string[] {
  return findDates(splitSentences(cleanPlainText(sentence)), publishedAt).map((d) => `${d.date.value}/${d.date.precision}${d.date.end ? `..${d.date.end}` : ""}`);
}

describe("dates keep the precision the text gives them", () => {
  it("reads a weekday in a past clause as the last such day", () => {
    expect(datesIn("The ministers spoke on Monday.")).toEqual(["2024-03-11/DAY"]);
    expect(datesIn("The chancellor said on Wednesday that talks had ended.")).toEqual(["2024-03-13/DAY"]);
  });

  it("reads a weekday in a future clause as the next such day", () => {
    expect(datesIn("The envoy will travel to Cairo on Friday.")).toEqual(["2024-03-15/DAY"]);
    expect(datesIn("She is expected to meet the king on Monday.")).toEqual(["2024-03-18/DAY"]);
  });

  it("keeps a bare year as a year", () => {
    expect(datesIn("The border was redrawn in 2014.")).toEqual(["2014/YEAR"]);
    expect(datesIn("Relations have been frozen since 1999.")).toEqual(["1999/YEAR"]);
  });

  it("keeps a month as a month and looks back for 'last August'", () => {
    expect(datesIn("The invasion began in February 2022.")).toEqual(["2022-02/MONTH"]);
    expect(datesIn("A report last August put the figure higher.")).toEqual(["2023-08/MONTH"]);
  });

  it("reads a full date as a day", () => {
    expect(datesIn("The leaders met in Vienna on 4 June 1961.")).toEqual(["1961-06-04/DAY"]);
    expect(datesIn("They met on March 3, 2019 in Hanoi.")).toEqual(["2019-03-03/DAY"]);
  });

  it("reads an upcoming weekend as a two-day range", () => {
    expect(datesIn("Talks are planned over the weekend.")).toEqual(["2024-03-16/DAY..2024-03-17"]);
  });

  it("does not read money or counts as dates", () => {
    expect(datesIn("Readers pay ₹ 200 a month for the service.")).toEqual([]);
    expect(datesIn("Some 2000 troops were moved.")).toEqual([]);
  });
});

describe("month-day dates in the American order", () => {
  it("reads 'Feb. 18' as the 18th of February, not February 2018", () => {
    expect(datesIn("On Feb. 18, the envoys met in Riyadh.", "2025-02-28")).toEqual(["2025-02-18/DAY"]);
  });
});

describe("lengths of time, timetables and relative expressions", () => {
  it("does not read a length of time as a date", () => {
    expect(datesIn("The two leaders talked for two hours in the palace.")).toEqual([]);
    expect(datesIn("The envoys negotiated for three days.")).toEqual([]);
    expect(datesIn("A deal was reached within hours.")).toEqual([]);
  });

  it("reads a day after a present-tense timetable verb as one to come", () => {
    expect(datesIn("The summit begins on 16 December in Brussels.", "2024-12-08")).toEqual(["2024-12-16/DAY"]);
    expect(datesIn("The conference opens on 2 March.", "2024-12-08")).toEqual(["2025-03-02/DAY"]);
    expect(datesIn("The conference opened on 2 March.", "2024-12-08")).toEqual(["2024-03-02/DAY"]);
  });

  it("flags 'next week' and 'two days ago' as relative", () => {
    const relative = (text: string): boolean[] => findDates(splitSentences(cleanPlainText(text)), "2024-03-13").map((d) => d.relative);
    expect(relative("The minister travels to Paris next week.")).toEqual([true]);
    expect(relative("The envoys met two days ago.")).toEqual([true]);
    expect(relative("The leaders met in Vienna on 4 June 1961.")).toEqual([false]);
  });

  it("marks relative expressions as unanchored when there is no publication date", () => {
    const found = findDates(splitSentences(cleanPlainText("They met last week and will meet again in July. The treaty was signed on 4 June 1961.")), undefined);
    expect(found.map((d) => [d.text, d.unanchored ?? false])).toEqual([
      ["last week", true],
      ["July", true],
      ["on 4 June 1961", false],
    ]);
  });
});

describe("parts of days, weeks and months (from a hand check of unannotated news)", () => {
  it("reads 'last Monday' in a Monday paper as the Monday before", () => {
    expect(datesIn("The envoys met last Monday.", "2024-03-11")).toEqual(["2024-03-04/DAY"]);
  });

  it("reads 'the end of April' as April, not its last day", () => {
    expect(datesIn("The envoys will meet at the end of April.", "2024-03-11")).toEqual(["2024-04/MONTH"]);
  });

  it("reads 'later in the day' as no date of its own", () => {
    expect(datesIn("Later in the day, the envoys met again.", "2024-03-11")).toEqual([]);
  });
});
