import { describe, expect, it } from "vitest";
import { officeSlugsNotActingForState, officeTitleActsForState, officeTitlesByForm } from "../../src/extract/gazetteer/offices.js";

/** The country rule's office check (issue #13 item 3): executive and diplomatic offices act for their state, nothing else does. */
describe("which offices make their state a party to a contact", () => {
  const acts = (form: string) => officeTitleActsForState(officeTitlesByForm().get(form)!);

  it("heads of state and government, ministers, envoys, ambassadors and security chiefs act for their state", () => {
    for (const form of ["prime minister", "president", "foreign secretary", "secretary of state", "ambassador", "special envoy", "national security adviser", "king", "spokesperson"]) {
      expect(acts(form), form).toBe(true);
    }
  });

  it("legislators, party, local and regional posts do not", () => {
    for (const form of ["mp", "senator", "speaker of the house", "opposition leader", "party leader", "mayor", "governor", "first minister", "chief justice"]) {
      expect(acts(form), form).toBe(false);
    }
  });

  it("the stores receive the excluded offices as title slugs of office ids", () => {
    const slugs = officeSlugsNotActingForState();
    expect(slugs).toEqual(expect.arrayContaining(["member-of-parliament", "mayor", "senator"]));
    expect(slugs).not.toContain("prime-minister");
    expect(slugs.every((slug) => /^[a-z0-9-]+$/.test(slug))).toBe(true);
  });
});
