import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ArticleGraphBuilder, newTag } from "../fixtures/article-graphs.js";
import { makeTempDir, startTestServer, type TestServer } from "../helpers/test-server.js";

/**
 * `dyadPanel` through Apollo on sqlite. An invented story: a US envoy (in office from 2016) and a
 * Russian envoy (from 2015) talk by phone twice in 2017 and meet in 2020; the two countries sign a
 * protocol dated only to 2023; a 2014 call between the envoys predates both offices.
 */
function envoyStory() {
  const tag = newTag();
  const g = new ArticleGraphBuilder({ title: `Envoys keep a quiet channel (${tag})`, publishedAt: "2024-05-01", source: "Panel Wire" });
  const usa = g.country("USA", "United States");
  const rus = g.country("RUS", "Russia");
  const dale = g.person(`Mara Dale${tag}`, { aliases: [`Dale${tag}`], countryId: usa });
  const orlov = g.person(`Pavel Orlov${tag}`, { aliases: [`Orlov${tag}`], countryId: rus });
  const usEnvoy = g.office("USA", `Special Envoy for Arctic Shipping ${tag}`);
  const ruEnvoy = g.office("RUS", `Envoy for Northern Routes ${tag}`);
  const s0 = g.say(`Mara Dale${tag} has served the United States as Special Envoy for Arctic Shipping ${tag} since 2016.`, dale, usa, usEnvoy);
  const s1 = g.say(`Pavel Orlov${tag} became Russia's Envoy for Northern Routes ${tag} in 2015.`, orlov, rus, ruEnvoy);
  g.tenure({ personId: dale, officeId: usEnvoy, from: "2016", sentences: [s0] });
  g.tenure({ personId: orlov, officeId: ruEnvoy, from: "2015", sentences: [s1] });
  const s2 = g.say(`Dale${tag} and Orlov${tag} first spoke on 3 March 2014, as researchers.`, dale, orlov);
  const s3 = g.say(`Dale${tag} phoned Orlov${tag} on 8 May 2017 and on 9 September 2017.`, dale, orlov);
  const s4 = g.say(`Dale${tag} met Orlov${tag} in Reykjavik on 14 October 2020.`, dale, orlov);
  const s5 = g.say(`The United States and Russia signed a shipping protocol in 2023.`, usa, rus);
  g.event({ type: "CALL", date: "2014-03-03", participants: [dale, orlov], summary: `Dale${tag} and Orlov${tag} speak as researchers`, sentences: [s2] });
  const mayCall = g.event({ type: "CALL", date: "2017-05-08", participants: [dale, orlov], summary: `Dale${tag} phones Orlov${tag}`, sentences: [s3] });
  const septemberCall = g.event({ type: "CALL", date: "2017-09-09", participants: [dale, orlov], summary: `Dale${tag} phones Orlov${tag} again`, sentences: [s3] });
  const meeting = g.event({ type: "MEETING", date: "2020-10-14", participants: [dale, orlov], summary: `Dale${tag} meets Orlov${tag} in Reykjavik`, sentences: [s4] });
  const protocol = g.event({ type: "AGREEMENT", date: "2023", participants: [usa, rus], summary: "The United States and Russia sign a shipping protocol", sentences: [s5] });
  return { graph: g.build(), ids: { usa, rus, dale, orlov, mayCall, septemberCall, meeting, protocol } };
}

interface Row {
  period: string;
  periodStart: string;
  counts: { type: string; count: number }[];
  total: number;
  eventIds: string[];
  events?: { id: string; type: string }[];
}

describe("dyadPanel", () => {
  let t: TestServer;
  let eventsByIdsCalls = 0;
  let remove: () => Promise<void>;
  const { graph, ids } = envoyStory();

  beforeAll(async () => {
    const temp = await makeTempDir("parley-dyad-panel-graphql-");
    remove = temp.remove;
    const sqlite = await openSqliteStore({ path: `${temp.dir}/parley.db` });
    await sqlite.ingestArticle(graph);
    // Counts the batch reads behind `events`, to see one call serve every row.
    const store = new Proxy(sqlite, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property === "eventsByIds") return (eventIds: readonly string[]) => ((eventsByIdsCalls += 1), target.eventsByIds(eventIds));
        return typeof value === "function" ? value.bind(target) : value;
      },
    }) as GraphStore;
    t = await startTestServer({ store });
  });
  afterAll(async () => {
    await t.dispose();
    await remove();
  });

  async function rows(query: string, variables?: Record<string, unknown>): Promise<Row[]> {
    const { data, errors } = await t.run<{ dyadPanel: Row[] }>(query, variables);
    expect(errors).toBeUndefined();
    return data!.dyadPanel;
  }

  it('dyadPanel(a: "country:USA", b: "country:RUS", interval: YEAR, from: 2015, to: 2025) returns 11 rows, zeros included, in period order', async () => {
    const panel = await rows(`{ dyadPanel(a: "country:USA", b: "country:RUS", interval: YEAR, from: 2015, to: 2025) { period periodStart counts { type count } total eventIds } }`);
    expect(panel.map((row) => row.period)).toEqual(["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(panel.map((row) => row.periodStart)).toEqual(panel.map((row) => `${row.period}-01-01`));
    expect(panel.map((row) => row.total)).toEqual([0, 0, 2, 0, 0, 1, 0, 0, 1, 0, 0]);
    const y2017 = panel[2]!;
    expect(y2017.eventIds).toEqual([ids.mayCall, ids.septemberCall]);
    expect(y2017.counts).toHaveLength(10);
    expect(y2017.counts.filter((c) => c.count > 0)).toEqual([{ type: "CALL", count: 2 }]);
    expect(panel[5]!.counts.find((c) => c.type === "MEETING")).toEqual({ type: "MEETING", count: 1 });
    expect(panel[8]!.eventIds).toEqual([ids.protocol]);
    expect(panel[0]!.counts.every((c) => c.count === 0)).toBe(true);
  });

  it("agrees with contactCounts for the same dyad", async () => {
    const { data } = await t.run<{ contactCounts: { period: string; count: number }[] }>(
      `{ contactCounts(a: "country:USA", b: "country:RUS", interval: YEAR, from: "2015", to: "2025") { period count } }`,
    );
    const panel = await rows(`{ dyadPanel(a: "country:USA", b: "country:RUS", from: 2015, to: 2025) { period total } }`);
    const counted = Object.fromEntries(data!.contactCounts.map((c) => [c.period, c.count]));
    expect(Object.fromEntries(panel.filter((row) => row.total > 0).map((row) => [row.period, row.total]))).toEqual(counted);
  });

  it("takes bounds as numbers or text, months for MONTH panels, and only the types asked for", async () => {
    // A person with a country: Dale against Russia, which takes part through Orlov's office.
    const q = `query($a: ID!, $from: PanelPeriod, $to: PanelPeriod, $i: Interval, $types: [EventType!]) {
      dyadPanel(a: $a, b: "country:RUS", interval: $i, from: $from, to: $to, types: $types) { period total counts { type count } } }`;
    const months = await rows(q, { a: ids.dale, i: "MONTH", from: "2017-05", to: "2017-09" });
    expect(months.map((row) => [row.period, row.total])).toEqual([["2017-05", 1], ["2017-06", 0], ["2017-07", 0], ["2017-08", 0], ["2017-09", 1]]);
    const wholeYear = await rows(q, { a: ids.dale, i: "MONTH", from: 2017, to: "2017" });
    expect(wholeYear).toHaveLength(12);
    const typed = await rows(q, { a: ids.dale, from: 2017, to: 2020, types: ["MEETING", "CALL"] });
    expect(typed.map((row) => [row.period, row.counts.map((c) => `${c.type}:${c.count}`)])).toEqual([
      ["2017", ["CALL:2", "MEETING:0"]],
      ["2018", ["CALL:0", "MEETING:0"]],
      ["2019", ["CALL:0", "MEETING:0"]],
      ["2020", ["CALL:0", "MEETING:1"]],
    ]);
  });

  it("without bounds spans the first to the last period with a contact (the 2014 call predates both offices, so it is no country contact)", async () => {
    const countries = await rows(`{ dyadPanel(a: "country:RUS", b: "country:USA") { period total } }`);
    expect(countries.map((row) => row.period)).toEqual(["2017", "2018", "2019", "2020", "2021", "2022", "2023"]);
    const people = await rows(`query($a: ID!, $b: ID!) { dyadPanel(a: $a, b: $b) { period total } }`, { a: ids.dale, b: ids.orlov });
    expect(people[0]).toEqual({ period: "2014", total: 1 });
    expect(people.at(-1)).toEqual({ period: "2020", total: 1 });
  });

  it("resolves the events of every row with one batched store read", async () => {
    eventsByIdsCalls = 0;
    const panel = await rows(`{ dyadPanel(a: "country:USA", b: "country:RUS", from: 2015, to: 2025) { period eventIds events { id type } } }`);
    expect(panel.flatMap((row) => row.events!.map((event) => event.id))).toEqual(panel.flatMap((row) => row.eventIds));
    expect(panel[2]!.events).toEqual([{ id: ids.mayCall, type: "CALL" }, { id: ids.septemberCall, type: "CALL" }]);
    expect(eventsByIdsCalls).toBe(1);
  });

  it("answers NOT_FOUND for an unknown id and BAD_USER_INPUT for reversed, malformed or too long ranges", async () => {
    const codeOf = async (query: string) => {
      const { data, errors } = await t.run(query);
      expect(data?.dyadPanel ?? null).toBeNull();
      return { code: errors?.[0]?.extensions?.code, message: errors?.[0]?.message };
    };
    expect(await codeOf(`{ dyadPanel(a: "country:USA", b: "country:ZZZ", from: 2015, to: 2025) { period } }`)).toEqual({
      code: "NOT_FOUND",
      message: 'b: no entity with id "country:ZZZ"',
    });
    expect(await codeOf(`{ dyadPanel(a: "country:USA", b: "country:RUS", from: 2025, to: 2015) { period } }`)).toEqual({
      code: "BAD_USER_INPUT",
      message: "from 2025 is after to 2015; a panel runs forward in time",
    });
    expect((await codeOf(`{ dyadPanel(a: "country:USA", b: "country:RUS", interval: MONTH, from: 1900, to: 2025) { period } }`)).message).toMatch(/1512 months; a panel has at most 1200 periods/);
    expect((await codeOf(`{ dyadPanel(a: "country:USA", b: "country:RUS", from: "2015-03") { period } }`)).code).toBe("BAD_USER_INPUT");
    expect((await codeOf(`{ dyadPanel(a: "country:USA", b: "country:USA") { period } }`)).code).toBe("BAD_USER_INPUT");
    expect((await codeOf(`{ dyadPanel(a: "United States", b: "country:RUS") { period } }`)).code).toBe("BAD_USER_INPUT");
    // A bound that is neither a whole number nor text is refused before the query runs.
    expect((await codeOf(`{ dyadPanel(a: "country:USA", b: "country:RUS", from: 2015.5) { period } }`)).code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
