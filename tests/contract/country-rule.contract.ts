import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvDyads } from "../../src/export/csv-dyads.js";
import { dyadPanel } from "../../src/store/dyad-panel.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { ArticleGraphBuilder, newTag, surname } from "../fixtures/article-graphs.js";

/**
 * A British–American story of the tests' own: a prime minister meets a president, an MP meets a
 * mayor and the president, the two states sign an agreement, and the prime minister visits the
 * United States. By the country rule, only the first, the agreement and the visit are contacts
 * between the two countries.
 */
export function countryRuleStory(tag = newTag()) {
  const b = new ArticleGraphBuilder({ title: `Talks across the Atlantic (${tag})`, publishedAt: "2031-08-01", source: "Example Wire" });
  const gbr = b.country("GBR", "United Kingdom", { aliases: ["Britain"] });
  const usa = b.country("USA", "United States");
  const pm = b.person(`Maren ${surname("Holt", tag)}`, { aliases: [surname("Holt", tag)], countryId: gbr });
  const president = b.person(`Dale ${surname("Ferro", tag)}`, { aliases: [surname("Ferro", tag)], countryId: usa });
  const mp = b.person(`Owen ${surname("Pryce", tag)}`, { aliases: [surname("Pryce", tag)], countryId: gbr });
  const mayor = b.person(`Rita ${surname("Lund", tag)}`, { aliases: [surname("Lund", tag)], countryId: usa });
  const pmOffice = b.office("GBR", "Prime Minister");
  const presidency = b.office("USA", "President");
  const commons = b.office("GBR", "Member of Parliament");
  const cityHall = b.office("USA", "Mayor");
  const s0 = b.say(`Prime Minister Maren ${surname("Holt", tag)} met President Dale ${surname("Ferro", tag)} on 2 March 2031.`, pm, president, pmOffice, presidency);
  const s1 = b.say(`Member of Parliament Owen ${surname("Pryce", tag)} had lunch with Mayor Rita ${surname("Lund", tag)} on 5 April 2031.`, mp, mayor, commons, cityHall);
  const s2 = b.say(`${surname("Pryce", tag)} also met ${surname("Ferro", tag)} on 9 April 2031.`, mp, president);
  const s3 = b.say("Britain and the United States signed a fisheries accord on 1 June 2031.", gbr, usa);
  const s4 = b.say(`${surname("Holt", tag)} visited the United States on 3 July 2031.`, pm, usa);
  b.tenure({ personId: pm, officeId: pmOffice, from: "2030-05", sentences: [s0] });
  b.tenure({ personId: president, officeId: presidency, from: "2029-01-20", sentences: [s0] });
  b.tenure({ personId: mp, officeId: commons, from: "2020", sentences: [s1] });
  b.tenure({ personId: mayor, officeId: cityHall, from: "2028", sentences: [s1] });
  const leaders = b.event({ type: "MEETING", participants: [pm, president], summary: "The prime minister met the president.", sentences: [s0], date: "2031-03-02" });
  const lunch = b.event({ type: "MEETING", participants: [mp, mayor], summary: "An MP had lunch with a mayor.", sentences: [s1], date: "2031-04-05" });
  const backbench = b.event({ type: "MEETING", participants: [mp, president], summary: "An MP met the president.", sentences: [s2], date: "2031-04-09" });
  const accord = b.event({ type: "AGREEMENT", participants: [gbr, usa], summary: "The two states signed an accord.", sentences: [s3], date: "2031-06-01" });
  const visit = b.event({ type: "VISIT", participants: [pm, usa], summary: "The prime minister visited the United States.", sentences: [s4], date: "2031-07-03" });
  return { graph: b.build(), ids: { gbr, usa, pm, president, mp, mayor, leaders, lunch, backbench, accord, visit } };
}

/**
 * The country rule (issue #13 item 3), part of the GraphStore contract: every surface that says
 * which countries took part answers with the same events. `store()` is the current test's store.
 */
export function countryRuleContract(store: () => GraphStore): void {
  describe("the country rule: one GBR–USA set from every surface", () => {
    it("contacts, the countries filter (timeline's), contactCounts, csv-dyads and dyad-panel agree on the GBR–USA contacts", async () => {
      const { graph, ids } = countryRuleStory();
      await store().ingestArticle(graph);
      const expected = [ids.leaders, ids.accord, ids.visit].sort();

      const contacts = (await store().contacts({ between: [ids.gbr, ids.usa] })).map((e) => e.id);
      expect(contacts.sort()).toEqual(expected);

      const filtered = await store().findEvents({ countryIds: [ids.gbr, ids.usa] }, { first: 50 });
      expect(filtered.items.map((e) => e.id).sort()).toEqual(expected);
      expect(filtered.totalCount).toBe(3);

      expect(await store().contactCounts({ a: ids.gbr, b: ids.usa, interval: "MONTH" })).toEqual(
        ["2031-03", "2031-06", "2031-07"].map((period) => ({ counterpartId: ids.usa, period, count: 1 })),
      );
      const counterparts = await store().contactCounts({ a: ids.gbr, interval: "YEAR" });
      expect(counterparts.find((row) => row.counterpartId === ids.usa)).toEqual({ counterpartId: ids.usa, period: "2031", count: 3 });

      let csv = "";
      for await (const chunk of csvDyads(store())) csv += chunk;
      const rows = parse(csv, { columns: true }) as Record<string, string>[];
      const dyad = rows.filter((row) => [row.source, row.target].sort().join() === [ids.gbr, ids.usa].sort().join());
      expect(dyad).toHaveLength(1);
      expect(dyad[0]!.event_ids!.split(" ").sort()).toEqual(expected);
      // A prime minister and the country he acts for are no dyad; an MP and his are not linked at all.
      expect(rows.some((row) => [row.source, row.target].includes(ids.pm) && [row.source, row.target].includes(ids.gbr))).toBe(false);

      const panel = await dyadPanel(store(), { a: ids.gbr, b: ids.usa, interval: "MONTH", from: "2031-01", to: "2031-12" });
      expect(panel.rows.flatMap((row) => row.eventIds).sort()).toEqual(expected);
    });

    it("says how each country takes part: DIRECT, or OFFICE_HOLDER through executive and diplomatic offices only", async () => {
      const { graph, ids } = countryRuleStory();
      await store().ingestArticle(graph);
      const [leaders, lunch, backbench, visit] = await store().countriesByEventIds([ids.leaders, ids.lunch, ids.backbench, ids.visit]);
      expect(leaders).toEqual([
        { countryId: ids.gbr, via: "OFFICE_HOLDER", throughIds: [ids.pm] },
        { countryId: ids.usa, via: "OFFICE_HOLDER", throughIds: [ids.president] },
      ]);
      // Neither an MP nor a mayor makes a state a party to a contact.
      expect(lunch).toEqual([]);
      expect(backbench).toEqual([{ countryId: ids.usa, via: "OFFICE_HOLDER", throughIds: [ids.president] }]);
      expect(visit).toEqual([
        { countryId: ids.gbr, via: "OFFICE_HOLDER", throughIds: [ids.pm] },
        { countryId: ids.usa, via: "DIRECT", throughIds: [] },
      ]);
      expect((await store().findEvents({ countryIds: [ids.gbr] }, { first: 50 })).items.map((e) => e.id).sort()).toEqual(
        [ids.leaders, ids.accord, ids.visit].sort(),
      );
    });
  });
}
