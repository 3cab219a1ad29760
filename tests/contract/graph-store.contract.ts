import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BadInputError, ENTITY_KINDS, EVENT_TYPES, type ArticleGraph, type PartialDate } from "../../src/domain/index.js";
import { type GraphStore, type Page, type PageRequest } from "../../src/store/graph-store.js";
import { ArticleGraphBuilder, callArticle, newCast, newTag } from "../fixtures/article-graphs.js";
import { countryRuleContract } from "./country-rule.contract.js";
import { curationContract } from "./curation.contract.js";

/** What an adapter's test file hands the suite: a fresh, empty store and a way to dispose of it. */
export type MakeStore = () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;

/**
 * The GraphStore contract: every adapter's test file calls this in one line. Each test makes a
 * fresh store and its own ids (names carry a random tag), so no test depends on another. `cleanup`
 * must also work on a store the test already closed.
 */
export function graphStoreContract(adapterName: string, makeStore: MakeStore): void {
  describe(`GraphStore contract: ${adapterName}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await makeStore());
    });
    afterEach(async () => {
      await cleanup();
    });

    describe("ingestArticle", () => {
      it("stores the article, its entities, events and tenures, readable by id", async () => {
        const { graph, ids } = callArticle();
        const outcome = await store.ingestArticle(graph);
        expect(outcome).toEqual({ articleId: graph.article.id, status: "ADDED", entities: 7, events: 2, tenures: 1 });

        const [irena, tomas] = await store.entitiesByIds([ids.irena, ids.tomas]);
        const irenaInGraph = graph.entities.find((e) => e.id === ids.irena)!;
        expect(irena).toEqual({
          id: ids.irena,
          kind: "PERSON",
          name: irenaInGraph.name,
          aliases: irenaInGraph.aliases,
          countryId: ids.nor,
          mentionCount: irenaInGraph.mentions.length,
        });
        expect(irenaInGraph.mentions.length).toBe(2);
        expect(tomas?.id).toBe(ids.tomas);
        const [minister] = await store.entitiesByIds([ids.minister]);
        expect(minister).toMatchObject({ id: ids.minister, kind: "OFFICE", name: "Foreign Minister", countryId: ids.nor });

        const callInGraph = graph.events.find((e) => e.id === ids.call)!;
        const [call, meeting] = await store.eventsByIds([ids.call, ids.meeting]);
        expect(call).toEqual({
          id: ids.call,
          type: "CALL",
          status: "OCCURRED",
          date: { value: "2030-04-02", precision: "DAY" },
          placeId: null,
          summary: callInGraph.summary,
          confidence: callInGraph.confidence,
          plover: { event: "CONSULT", mode: "phone" },
          cameo: "041",
          sourceCount: 1,
        });
        expect(meeting).toMatchObject({ id: ids.meeting, type: "MEETING", placeId: ids.bergen, plover: { event: "CONSULT" }, cameo: "040" });

        const [callParticipants] = await store.participantsByEventIds([ids.call]);
        expect(sortBy(callParticipants!, (p) => p.entityId)).toEqual(
          sortBy(
            [
              { eventId: ids.call, entityId: ids.irena, role: "INITIATOR" },
              { eventId: ids.call, entityId: ids.tomas, role: "PARTICIPANT" },
            ],
            (p) => p.entityId,
          ),
        );
        const [callEvidence] = await store.evidenceByEventIds([ids.call]);
        expect(callEvidence).toEqual(callInGraph.evidence);

        const [lenaTenures] = await store.tenuresByPersonIds([ids.lena]);
        expect(lenaTenures).toEqual([
          {
            personId: ids.lena,
            officeId: ids.minister,
            from: { value: "2029-03", precision: "MONTH" },
            to: null,
            confidence: graph.tenures[0]!.confidence,
            evidence: graph.tenures[0]!.evidence,
          },
        ]);

        const [article] = await store.articlesByIds([graph.article.id]);
        expect(article).toMatchObject({
          id: graph.article.id,
          url: graph.article.url,
          title: graph.article.title,
          source: "Example News",
          publishedAt: "2030-04-03",
          language: "en",
          text: graph.article.text,
        });
        expect(Number.isNaN(Date.parse(article!.ingestedAt))).toBe(false);

        const stats = await store.stats();
        expect(stats.articles).toBe(1);
        expect(stats.entitiesByKind).toMatchObject({ PERSON: 3, COUNTRY: 2, OFFICE: 1, PLACE: 1, ORGANIZATION: 0 });
        expect(stats.eventsByType).toMatchObject({ CALL: 1, MEETING: 1, VISIT: 0 });
        expect(stats.tenures).toBe(1);
      });

      it("re-ingesting a stored article returns UNCHANGED and changes no row", async () => {
        const { graph } = callArticle();
        await store.ingestArticle(graph);
        const before = await snapshot(store, graph);
        const again = await store.ingestArticle(graph);
        expect(again.status).toBe("UNCHANGED");
        expect(again.articleId).toBe(graph.article.id);
        expect(await snapshot(store, graph)).toEqual(before);
      });

      it("re-ingesting an article id already stored writes nothing even when the graph differs", async () => {
        const { graph, ids } = callArticle();
        await store.ingestArticle(graph);
        const before = await store.stats();
        const altered = structuredClone(graph);
        const extraId = "event:0000aaaa1111bbbb";
        altered.events.push({ ...structuredClone(altered.events[0]!), id: extraId, summary: "A talk nobody reported" });
        altered.entities.find((e) => e.id === ids.irena)!.aliases.push(`Extra alias ${newTag()}`);
        expect((await store.ingestArticle(altered)).status).toBe("UNCHANGED");
        expect(await store.stats()).toEqual(before);
        expect(await store.eventsByIds([extraId])).toEqual([null]);
        const [irena] = await store.entitiesByIds([ids.irena]);
        expect(irena!.aliases).toEqual(graph.entities.find((e) => e.id === ids.irena)!.aliases);
      });

      it("rejects a participant that is no entity of the graph with a BadInputError naming its path, and writes nothing", async () => {
        const { graph, ids } = callArticle();
        const bad = structuredClone(graph);
        bad.events[1]!.participants.push({ entityId: "person:nobody-declared-this", role: "PARTICIPANT" });
        const error = await store.ingestArticle(bad).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(BadInputError);
        expect((error as BadInputError).code).toBe("BAD_USER_INPUT");
        expect((error as BadInputError).message).toContain("events[1].participants[2].entityId");
        expect(await store.stats()).toEqual(emptyStats());
        expect(await store.articlesByIds([graph.article.id])).toEqual([null]);
        expect(await store.entitiesByIds([ids.irena, ids.nor])).toEqual([null, null]);
        expect(await store.eventsByIds([ids.call])).toEqual([null]);
        // The valid graph still goes in afterwards: the failed attempt left no trace.
        expect((await store.ingestArticle(graph)).status).toBe("ADDED");
      });

      const invalidGraphs: { name: string; path: string; mutate: (g: ArticleGraph) => void }[] = [
        { name: "a date whose value does not match its precision", path: "events[0].date.value", mutate: (g) => void (g.events[0]!.date = { value: "2030-02", precision: "DAY" }) },
        { name: "an impossible calendar day", path: "events[0].date.value", mutate: (g) => void (g.events[0]!.date = { value: "2030-02-30", precision: "DAY" }) },
        { name: "evidence running past the end of the text", path: "events[0].evidence[1]", mutate: (g) => void (g.events[0]!.evidence[1]!.end = g.article.text.length + 5) },
        { name: "evidence from another article", path: "events[0].evidence[0].articleId", mutate: (g) => void (g.events[0]!.evidence[0]!.articleId = "article:ffffffffffffffff") },
        { name: "a mention in a sentence that does not exist", path: "entities[0].mentions[0].sentence", mutate: (g) => void (g.entities[0]!.mentions[0]!.sentence = 99) },
        { name: "an unknown event type", path: "events[1].type", mutate: (g) => void ((g.events[1] as { type: string }).type = "PARTY") },
        { name: "an unknown role", path: "events[0].participants[0].role", mutate: (g) => void ((g.events[0]!.participants[0] as { role: string }).role = "BOSS") },
        { name: "an entity id with the prefix of another kind", path: "entities[2].id", mutate: (g) => void (g.entities[2]!.kind = "COUNTRY") },
        { name: "a tenure whose office is a person", path: "tenures[0].officeId", mutate: (g) => void (g.tenures[0]!.officeId = g.tenures[0]!.personId) },
        { name: "a malformed place id", path: "events[1].placeId", mutate: (g) => void (g.events[1]!.placeId = "Bergen") },
        { name: "a confidence above 1", path: "events[0].confidence", mutate: (g) => void (g.events[0]!.confidence = 1.5) },
        { name: "an empty text", path: "article.text", mutate: (g) => void (g.article.text = "") },
      ];
      for (const { name, path, mutate } of invalidGraphs) {
        it(`rejects ${name} with a BadInputError naming ${path}`, async () => {
          const bad = structuredClone(callArticle().graph);
          mutate(bad);
          await expect(store.ingestArticle(bad)).rejects.toThrow(BadInputError);
          await expect(store.ingestArticle(bad)).rejects.toThrow(path);
          expect(await store.stats()).toEqual(emptyStats());
        });
      }

      it("merges one entity reported by two articles: aliases united, the longer name kept, mentions from both", async () => {
        const tag = newTag();
        const id = `person:irena-vask${tag}`;
        const first = new ArticleGraphBuilder({ publishedAt: "2030-01-01" });
        first.person(`Vask${tag}`, { id });
        first.say(`Vask${tag} opened the harbour fair.`, id);
        const second = new ArticleGraphBuilder({ publishedAt: "2030-02-01" });
        second.person(`Irena Vask${tag}`, { id, aliases: [`I. Vask${tag}`], countryId: "country:NOR" });
        second.say(`Irena Vask${tag} closed the harbour fair.`, id);
        const [a1, a2] = [first.build(), second.build()];
        await store.ingestArticle(a1);
        await store.ingestArticle(a2);

        const [entity] = await store.entitiesByIds([id]);
        expect(entity!.name).toBe(`Irena Vask${tag}`);
        expect([...entity!.aliases].sort()).toEqual([`I. Vask${tag}`, `Vask${tag}`].sort());
        expect(entity!.countryId).toBe("country:NOR");
        expect(entity!.mentionCount).toBe(2);
        expect((await store.stats()).entitiesByKind.PERSON).toBe(1);
        expect(await store.articleIdsByEntityIds([id])).toEqual([[a2.article.id, a1.article.id]]);

        // A later, shorter report does not shorten the name.
        const third = new ArticleGraphBuilder({ publishedAt: "2030-03-01" });
        third.person(`vask${tag}`, { id });
        third.say(`Later vask${tag} spoke again.`, id);
        await store.ingestArticle(third.build());
        const [after] = await store.entitiesByIds([id]);
        expect(after).toMatchObject({ name: `Irena Vask${tag}`, mentionCount: 3 });
        expect([...after!.aliases].sort()).toEqual([`I. Vask${tag}`, `Vask${tag}`].sort());
      });

      it("stores one event reported by two articles once, with evidence from both (sourceCount 2) and the better facts", async () => {
        const cast = newCast();
        const { vask, brel } = cast.names;
        const eventId = `event:${cast.tag}`;
        const vague = new ArticleGraphBuilder({ publishedAt: "2030-04-20" });
        const irena = vague.person(`Irena ${vask}`);
        const tomas = vague.person(`Tomas ${brel}`);
        const v0 = vague.say(`Irena ${vask} and Tomas ${brel} talked by phone in April.`, irena, tomas);
        vague.event({ id: eventId, type: "CALL", status: "UNKNOWN", date: "2030-04", participants: [irena, tomas], summary: `${vask} and ${brel} talked by phone`, sentences: [v0] });
        const precise = new ArticleGraphBuilder({ publishedAt: "2030-04-03" });
        precise.person(`Irena ${vask}`);
        precise.person(`Tomas ${brel}`);
        const p0 = precise.say(`On 2 April 2030 Irena ${vask} telephoned Tomas ${brel}.`, irena, tomas);
        precise.event({
          id: eventId,
          type: "CALL",
          status: "OCCURRED",
          date: "2030-04-02",
          participants: [{ entityId: irena, role: "INITIATOR" }, tomas],
          summary: `${vask} telephoned ${brel}`,
          sentences: [p0],
        });
        const [a1, a2] = [vague.build(), precise.build()];
        await store.ingestArticle(a1);
        await store.ingestArticle(a2);

        expect((await store.stats()).eventsByType.CALL).toBe(1);
        const [event] = await store.eventsByIds([eventId]);
        expect(event).toMatchObject({ id: eventId, sourceCount: 2, status: "OCCURRED", date: { value: "2030-04-02", precision: "DAY" } });
        const [evidence] = await store.evidenceByEventIds([eventId]);
        expect(evidence).toHaveLength(2);
        expect(evidence!.map((e) => e.articleId).sort()).toEqual([a1.article.id, a2.article.id].sort());
        expect(evidence).toEqual(expect.arrayContaining([...a1.events[0]!.evidence, ...a2.events[0]!.evidence]));
        const [participants] = await store.participantsByEventIds([eventId]);
        expect(sortBy(participants!, (p) => p.entityId).map((p) => [p.entityId, p.role])).toEqual(
          sortBy([[irena, "INITIATOR"], [tomas, "PARTICIPANT"]] as [string, string][], (p) => p[0]),
        );
      });

      it("keeps the precise date, known status and specific role when a later report is vaguer", async () => {
        const tag = newTag();
        const eventId = `event:${tag}`;
        const precise = new ArticleGraphBuilder();
        const host = precise.person(`Ada Host${tag}`);
        const guest = precise.person(`Gil Guest${tag}`);
        const s = precise.say(`Ada Host${tag} welcomed Gil Guest${tag} on 5 May 2030.`, host, guest);
        precise.event({ id: eventId, type: "VISIT", status: "OCCURRED", date: "2030-05-05", participants: [{ entityId: host, role: "HOST" }, { entityId: guest, role: "VISITOR" }], summary: "A visit", sentences: [s] });
        const vague = new ArticleGraphBuilder();
        vague.person(`Ada Host${tag}`);
        vague.person(`Gil Guest${tag}`);
        const t = vague.say(`Gil Guest${tag} went to see Ada Host${tag} some time in 2030.`, host, guest);
        vague.event({ id: eventId, type: "VISIT", status: "UNKNOWN", date: "2030", participants: [host, guest], summary: "A visit", sentences: [t] });
        await store.ingestArticle(precise.build());
        await store.ingestArticle(vague.build());

        const [event] = await store.eventsByIds([eventId]);
        expect(event).toMatchObject({ status: "OCCURRED", date: { value: "2030-05-05", precision: "DAY" }, sourceCount: 2 });
        const [participants] = await store.participantsByEventIds([eventId]);
        expect(Object.fromEntries(participants!.map((p) => [p.entityId, p.role]))).toEqual({ [host]: "HOST", [guest]: "VISITOR" });
      });
    });

    describe("deleteArticle", () => {
      it("returns false for an article that is not stored and changes nothing", async () => {
        const { graph } = callArticle();
        await store.ingestArticle(graph);
        const before = await snapshot(store, graph);
        expect(await store.deleteArticle("article:0123456789abcdef")).toBe(false);
        expect(await snapshot(store, graph)).toEqual(before);
      });

      it("removes the article with its mentions and evidence, and the events, tenures and entities left with none", async () => {
        const s = twoArticleStory();
        await store.ingestArticle(s.first);
        await store.ingestArticle(s.second);
        expect((await store.eventsByIds([s.ids.shared]))[0]!.sourceCount).toBe(2);

        expect(await store.deleteArticle(s.first.article.id)).toBe(true);

        expect(await store.articlesByIds([s.first.article.id, s.second.article.id])).toEqual([null, expect.objectContaining({ id: s.second.article.id })]);
        const [shared, onlyFirst] = await store.eventsByIds([s.ids.shared, s.ids.onlyFirst]);
        expect(shared).toMatchObject({ id: s.ids.shared, sourceCount: 1 });
        expect(onlyFirst).toBeNull();
        const [sharedEvidence] = await store.evidenceByEventIds([s.ids.shared]);
        expect(sharedEvidence).toEqual(s.second.events[0]!.evidence);
        expect(await store.participantsByEventIds([s.ids.onlyFirst])).toEqual([[]]);

        const [ana, bo, cy, office] = await store.entitiesByIds([s.ids.ana, s.ids.bo, s.ids.cy, s.ids.office]);
        expect(ana).toMatchObject({ id: s.ids.ana, mentionCount: 1 });
        // Bo is mentioned only in the deleted article but still takes part in the shared event.
        expect(bo).toMatchObject({ id: s.ids.bo, mentionCount: 0 });
        expect(cy).toBeNull();
        expect(office).toBeNull();
        // Dee takes part in nothing but is still mentioned by the second article.
        expect((await store.entitiesByIds([s.ids.dee]))[0]).toMatchObject({ id: s.ids.dee, mentionCount: 1 });
        expect(await store.tenuresByPersonIds([s.ids.cy])).toEqual([[]]);
        expect(await store.articleIdsByEntityIds([s.ids.ana, s.ids.bo])).toEqual([[s.second.article.id], []]);
        expect(await store.eventIdsByEntityIds([s.ids.ana])).toEqual([[s.ids.shared]]);

        const stats = await store.stats();
        expect(stats).toMatchObject({ articles: 1, tenures: 0 });
        expect(stats.entitiesByKind.PERSON).toBe(3);
        expect(stats.entitiesByKind.OFFICE).toBe(0);
        expect(stats.eventsByType).toMatchObject({ MEETING: 1, CALL: 0 });

        // Deleted nodes leave the search index too.
        expect(idsOf(await store.search({ text: s.names.cy, first: 10 }))).toEqual([]);
        expect(idsOf(await store.search({ text: s.firstTitleWord, first: 10 }))).toEqual([]);
        expect(idsOf(await store.search({ text: s.names.ana, first: 10 }))).toContain(s.ids.ana);

        expect(await store.deleteArticle(s.first.article.id)).toBe(false);
      });

      it("deleting every article leaves an empty store", async () => {
        const s = twoArticleStory();
        await store.ingestArticle(s.first);
        await store.ingestArticle(s.second);
        expect(await store.deleteArticle(s.second.article.id)).toBe(true);
        expect(await store.deleteArticle(s.first.article.id)).toBe(true);
        expect(await store.stats()).toEqual(emptyStats());
        expect(await store.search({ text: s.names.ana, first: 10 })).toEqual([]);
      });

      it("an article deleted and ingested again is stored again", async () => {
        const { graph, ids } = callArticle();
        await store.ingestArticle(graph);
        const before = await store.stats();
        await store.deleteArticle(graph.article.id);
        expect((await store.ingestArticle(graph)).status).toBe("ADDED");
        expect(await store.stats()).toEqual(before);
        expect((await store.eventsByIds([ids.call]))[0]).toMatchObject({ id: ids.call, sourceCount: 1 });
      });
    });

    describe("batch readers", () => {
      it("return one result per key in input order, null or [] where unknown, duplicates repeated", async () => {
        const t = timeline();
        for (const graph of t.graphs) await store.ingestArticle(graph);
        const { p1, p2, p3, p4 } = t.people;
        const { e1, e2, e3, e4, e5, e6, e7, e8 } = t.events;
        const nobody = "person:nobody-at-all";
        const noEvent = "event:ffffffffffffffff";

        expect((await store.entitiesByIds([p2, nobody, p1, p2])).map((e) => e?.id ?? null)).toEqual([p2, null, p1, p2]);
        expect((await store.eventsByIds([e8, noEvent, e1, e8])).map((e) => e?.id ?? null)).toEqual([e8, null, e1, e8]);
        const [a1, a2] = t.graphs.map((g) => g.article.id) as [string, string];
        expect((await store.articlesByIds([a2, "article:0000000000000000", a1, a2])).map((a) => a?.id ?? null)).toEqual([a2, null, a1, a2]);

        const participants = await store.participantsByEventIds([e7, noEvent, e4, e7]);
        expect(participants.map((list) => list.map((p) => p.entityId).sort())).toEqual([[p4], [], [p1, p2, p3].sort(), [p4]]);
        expect(participants.flat().every((p, i, all) => p.eventId === (i === 0 || i === all.length - 1 ? e7 : e4))).toBe(true);

        const evidence = await store.evidenceByEventIds([e8, noEvent, e1]);
        expect(evidence.map((list) => list.map((e) => e.articleId))).toEqual([[a2], [], [a1]]);

        // Event ids per entity come in date order, undated last.
        expect(await store.eventIdsByEntityIds([p4, nobody, p1, p4])).toEqual([[e6, e7, e8], [], [e6, e1, e2, e4, e5], [e6, e7, e8]]);
        expect(await store.articleIdsByEntityIds([p4, nobody, p1])).toEqual([[a1, a2], [], [a1]]);
        expect(await store.eventIdsByEntityIds([p3])).toEqual([[e2, e3, e8, e4]]);
      });

      it("return tenures per person and per office in input order", async () => {
        const { graph, ids } = callArticle();
        await store.ingestArticle(graph);
        const byPerson = await store.tenuresByPersonIds([ids.irena, ids.lena, "person:nobody", ids.lena]);
        expect(byPerson.map((list) => list.map((t) => `${t.personId}>${t.officeId}`))).toEqual([
          [],
          [`${ids.lena}>${ids.minister}`],
          [],
          [`${ids.lena}>${ids.minister}`],
        ]);
        const byOffice = await store.tenuresByOfficeIds(["office:NOR:nothing", ids.minister]);
        expect(byOffice.map((list) => list.map((t) => t.personId))).toEqual([[], [ids.lena]]);
      });

      it("return [] for no keys", async () => {
        await store.ingestArticle(callArticle().graph);
        expect(await store.entitiesByIds([])).toEqual([]);
        expect(await store.eventsByIds([])).toEqual([]);
        expect(await store.articlesByIds([])).toEqual([]);
        expect(await store.participantsByEventIds([])).toEqual([]);
        expect(await store.evidenceByEventIds([])).toEqual([]);
        expect(await store.eventIdsByEntityIds([])).toEqual([]);
        expect(await store.tenuresByPersonIds([])).toEqual([]);
        expect(await store.tenuresByOfficeIds([])).toEqual([]);
        expect(await store.articleIdsByEntityIds([])).toEqual([]);
      });
    });

    describe("findEvents", () => {
      let t: Timeline;
      beforeEach(async () => {
        t = timeline();
        for (const graph of t.graphs) await store.ingestArticle(graph);
      });

      it("orders by date ascending by default, ties by id, undated last", async () => {
        const page = await store.findEvents({}, { first: 50 });
        expect(idsOf(page.items)).toEqual(t.expectedOrder("DATE_ASC"));
        expect(page.totalCount).toBe(8);
        expect(page.hasNextPage).toBe(false);
        expect(page.items.at(-1)!.id).toBe(t.events.e5);
      });

      it("orders by date descending, ties by id descending, undated still last", async () => {
        const page = await store.findEvents({}, { first: 50, orderBy: "DATE_DESC" });
        expect(idsOf(page.items)).toEqual(t.expectedOrder("DATE_DESC"));
        expect(page.items[0]!.id).toBe(t.events.e4);
        expect(page.items.at(-1)!.id).toBe(t.events.e5);
      });

      it("filters by types and statuses", async () => {
        const { e1, e3, e5, e8 } = t.events;
        expect(await eventIds({ types: ["CALL"] })).toEqual([e1, e8, e5]);
        expect(await eventIds({ types: ["CALL", "VISIT"] })).toEqual([e1, e3, e8, e5]);
        expect(await eventIds({ statuses: ["PLANNED"] })).toEqual([e3, e5]);
        expect(await eventIds({ types: ["CALL"], statuses: ["PLANNED"] })).toEqual([e5]);
        expect(await eventIds({ types: ["ANNEXATION"] })).toEqual([]);
      });

      it("keeps events in which every listed participant takes part", async () => {
        const { p1, p2, p3 } = t.people;
        const { e1, e2, e3, e4, e5, e8 } = t.events;
        expect(await eventIds({ participantIds: [p1, p2] })).toEqual([e1, e4, e5]);
        expect(await eventIds({ participantIds: [p3] })).toEqual([e2, e3, e8, e4]);
        expect(await eventIds({ participantIds: [p1, p2, p3] })).toEqual([e4]);
        expect(await eventIds({ participantIds: [p1, "person:nobody-at-all"] })).toEqual([]);
      });

      it("keeps events whose day range overlaps the from/to bounds, at any bound precision", async () => {
        const { e1, e2, e3, e4, e6, e8 } = t.events;
        expect(await eventIds({ from: "2030-02-11", to: "2030-02-11" })).toEqual([e2, e3]);
        expect(await eventIds({ from: "2030-01-16", to: "2030-02-05" })).toEqual([e2]);
        expect(await eventIds({ from: "2030-02", to: "2030-02" })).toEqual([e2, e3]);
        expect(await eventIds({ from: "2031" })).toEqual([e4]);
        expect(await eventIds({ to: "2029" })).toEqual([e6]);
        expect(await eventIds({ from: "2030-03" })).toEqual([e8, e4]);
        expect(await eventIds({ from: "2030-01-15", to: "2030-01-15", types: ["CALL"] })).toEqual([e1]);
      });

      it("keeps events reported by one article", async () => {
        const [a1, a2] = t.graphs.map((g) => g.article.id) as [string, string];
        expect(await eventIds({ articleId: a2 })).toEqual([t.events.e8]);
        expect(await eventIds({ articleId: a1 })).toEqual(t.expectedOrder("DATE_ASC").filter((id) => id !== t.events.e8));
        expect(await eventIds({ articleId: "article:0000000000000000" })).toEqual([]);
      });

      it("keeps only the listed events, with every other condition still applied; an empty list keeps none", async () => {
        const { e1, e3, e5, e8 } = t.events;
        expect(await eventIds({ eventIds: [e8, e3, e1, "event:not-stored"] })).toEqual([e1, e3, e8]);
        expect(await eventIds({ eventIds: [e1, e3, e5, e8], types: ["CALL"], statuses: ["PLANNED"] })).toEqual([e5]);
        expect(await eventIds({ eventIds: [e1, e3], participantIds: [t.people.p3] })).toEqual([e3]);
        expect(await eventIds({ eventIds: [e1, e8], articleId: t.graphs[1]!.article.id })).toEqual([e8]);
        expect(await eventIds({ eventIds: [] })).toEqual([]);
        expect((await store.findEvents({ eventIds: [e1, e8] }, { first: 50 })).totalCount).toBe(2);
      });

      for (const orderBy of ["DATE_ASC", "DATE_DESC"] as const) {
        it(`walks every page ${orderBy} with keyset cursors: no duplicate, no gap, a stable total`, async () => {
          const walked = await walkPages((after) => store.findEvents({}, { first: 3, orderBy, ...(after ? { after } : {}) }), 8);
          expect(walked.pages).toBe(3);
          expect(walked.ids).toEqual(t.expectedOrder(orderBy));
        });
      }

      it("pages a filtered list one by one", async () => {
        const walked = await walkPages((after) => store.findEvents({ types: ["CALL"] }, { first: 1, ...(after ? { after } : {}) }), 3);
        expect(walked.ids).toEqual([t.events.e1, t.events.e8, t.events.e5]);
      });

      it("a cursor points after its item even when another event is added in between", async () => {
        const first = await store.findEvents({}, { first: 2 });
        const b = new ArticleGraphBuilder();
        const name = `Early Bird${newTag()}`;
        const x = b.person(name);
        const s = b.say(`${name} spoke early.`, x);
        b.event({ type: "STATEMENT", date: "1990", participants: [x], summary: "An early statement", sentences: [s] });
        await store.ingestArticle(b.build());
        const second = await store.findEvents({}, { first: 2, after: first.endCursor! });
        expect(idsOf(second.items)).toEqual(t.expectedOrder("DATE_ASC").slice(2, 4));
      });

      it("first: 0 returns no items but the total and whether there is more", async () => {
        const page = await store.findEvents({}, { first: 0 });
        expect(page).toMatchObject({ items: [], totalCount: 8, hasNextPage: true, endCursor: null });
      });

      it("rejects an invalid cursor or date bound with BadInputError", async () => {
        await expect(store.findEvents({}, { first: 2, after: "not a cursor" })).rejects.toThrow(BadInputError);
        await expect(store.findEvents({}, { first: 2, after: Buffer.from('{"x":1}').toString("base64") })).rejects.toThrow(BadInputError);
        const desc = await store.findEvents({}, { first: 2, orderBy: "DATE_DESC" });
        await expect(store.findEvents({}, { first: 2, orderBy: "DATE_ASC", after: desc.endCursor! })).rejects.toThrow(BadInputError);
        await expect(store.findEvents({ from: "2030-13" }, { first: 2 })).rejects.toThrow(BadInputError);
        await expect(store.findEvents({ to: "last week" }, { first: 2 })).rejects.toThrow(BadInputError);
      });

      async function eventIds(filter: Parameters<GraphStore["findEvents"]>[0], page: PageRequest = { first: 50 }): Promise<string[]> {
        return idsOf((await store.findEvents(filter, page)).items);
      }
    });

    describe("contacts", () => {
      it("returns events in which at least two of the given entities take part, by date, undated last", async () => {
        const t = timeline();
        for (const graph of t.graphs) await store.ingestArticle(graph);
        const { p1, p2, p3, p4 } = t.people;
        const { e1, e2, e3, e4, e5, e6, e8 } = t.events;
        expect(idsOf(await store.contacts({ between: [p1, p2] }))).toEqual([e1, e4, e5]);
        expect(idsOf(await store.contacts({ between: [p2, p1, "person:nobody-at-all"] }))).toEqual([e1, e4, e5]);
        expect(idsOf(await store.contacts({ between: [p1, p2, p3] }))).toEqual([e1, e2, e3, e4, e5]);
        expect(idsOf(await store.contacts({ between: [p1, p4] }))).toEqual([e6]);
        expect(idsOf(await store.contacts({ between: [p3, p4] }))).toEqual([e8]);
        expect(idsOf(await store.contacts({ between: [p1, p2], types: ["CALL"] }))).toEqual([e1, e5]);
        expect(idsOf(await store.contacts({ between: [p1, p2], from: "2030-06" }))).toEqual([e4]);
        expect(idsOf(await store.contacts({ between: [p1, p2, p3], from: "2030-02", to: "2030-02" }))).toEqual([e2, e3]);
        expect(await store.contacts({ between: [p1] })).toEqual([]);
        expect(await store.contacts({ between: [p1, p1] })).toEqual([]);
        const [e1Record] = await store.eventsByIds([e1]);
        expect((await store.contacts({ between: [p1, p2] }))[0]).toEqual(e1Record);
      });
    });

    describe("findEntities", () => {
      let people: ReturnType<typeof cast5>;
      beforeEach(async () => {
        people = cast5();
        await store.ingestArticle(people.graph);
      });

      it("lists one kind by name, case-insensitively, then by id", async () => {
        const page = await store.findEntities({ kind: "PERSON", first: 50 });
        expect(idsOf(page.items)).toEqual(people.personIdsByName);
        expect(page.totalCount).toBe(5);
        expect(page.hasNextPage).toBe(false);
        expect(idsOf((await store.findEntities({ kind: "COUNTRY", first: 50 })).items)).toEqual([people.norway]);
        expect((await store.findEntities({ kind: "ORGANIZATION", first: 50 })).totalCount).toBe(0);
        expect((await store.findEntities({ first: 50 })).totalCount).toBe(6);
      });

      it("matches a name or any alias, ignoring case", async () => {
        const { bea } = people.ids;
        expect(idsOf((await store.findEntities({ name: `b. DUNN${people.tag.toUpperCase()}`, first: 10 })).items)).toEqual([bea]);
        expect(idsOf((await store.findEntities({ name: `bea dunn${people.tag}`, kind: "PERSON", first: 10 })).items)).toEqual([bea]);
        expect(idsOf((await store.findEntities({ name: "norwegian", first: 10 })).items)).toEqual([people.norway]);
        expect((await store.findEntities({ name: `bea dunn${people.tag}`, kind: "COUNTRY", first: 10 })).items).toEqual([]);
        expect((await store.findEntities({ name: "Nobody at all", first: 10 })).totalCount).toBe(0);
      });

      it("walks every page with keyset cursors, and rejects a bad cursor", async () => {
        const walked = await walkPages((after) => store.findEntities({ kind: "PERSON", first: 2, ...(after ? { after } : {}) }), 5);
        expect(walked).toEqual({ ids: people.personIdsByName, pages: 3 });
        await expect(store.findEntities({ first: 2, after: "%%%" })).rejects.toThrow(BadInputError);
      });
    });

    describe("findArticles", () => {
      it("lists articles newest publication first, undated last, keyset-paged", async () => {
        const tag = newTag();
        const make = (publishedAt: string | undefined, word: string) => {
          const b = new ArticleGraphBuilder(publishedAt ? { publishedAt } : {});
          b.say(`The ${word} report of ${tag} was short.`);
          return b.build();
        };
        const jan = make("2030-01-01", "January");
        const may = make("2030-05-01", "May");
        const undated = make(undefined, "undated");
        const mar = make("2030-03-15", "March");
        for (const graph of [jan, may, undated, mar]) await store.ingestArticle(graph);
        const expected = [may, mar, jan, undated].map((g) => g.article.id);

        expect(idsOf((await store.findArticles({ first: 10 })).items)).toEqual(expected);
        const walked = await walkPages((after) => store.findArticles({ first: 1, ...(after ? { after } : {}) }), 4);
        expect(walked).toEqual({ ids: expected, pages: 4 });
        await expect(store.findArticles({ first: 1, after: "garbage" })).rejects.toThrow(BadInputError);
      });
    });

    describe("search", () => {
      let s: ReturnType<typeof searchArticle>;
      beforeEach(async () => {
        s = searchArticle();
        await store.ingestArticle(s.graph);
      });

      it("finds a person by a prefix of the name, best match first", async () => {
        const hits = await store.search({ text: "Put", first: 10 });
        expect(hits[0]).toMatchObject({ id: s.ids.putin, kind: "PERSON", label: "Vladimir Putin" });
        expect(idsOf(await store.search({ text: "vladimir put", first: 10 }))).toContain(s.ids.putin);
        expect(idsOf(await store.search({ text: "Putin", first: 10 }))[0]).toBe(s.ids.putin);
      });

      it("finds an entity by an alias", async () => {
        expect(idsOf(await store.search({ text: s.alias, first: 10 }))).toEqual([s.ids.mira]);
      });

      it("finds events by words of their summary and articles by their title", async () => {
        expect(idsOf(await store.search({ text: "grain exports", first: 10 }))).toEqual([s.ids.call]);
        const titleHits = await store.search({ text: s.titleWord, first: 10 });
        expect(titleHits.map((h) => [h.id, h.kind])).toEqual([[s.graph.article.id, "ARTICLE"]]);
      });

      it("keeps quoted input as a phrase", async () => {
        expect(idsOf(await store.search({ text: '"grain exports"', first: 10 }))).toEqual([s.ids.call]);
        expect(await store.search({ text: '"exports grain"', first: 10 })).toEqual([]);
      });

      it("filters by kind", async () => {
        expect(idsOf(await store.search({ text: "Putin", kinds: ["EVENT"], first: 10 }))).toEqual([s.ids.call]);
        expect(idsOf(await store.search({ text: "Putin", kinds: ["PERSON"], first: 10 }))).toEqual([s.ids.putin]);
        expect(await store.search({ text: "Putin", kinds: ["ARTICLE"], first: 10 })).toEqual([]);
      });

      it("ranks best first and honours first", async () => {
        const hits = await store.search({ text: "Putin", first: 10 });
        expect(hits.length).toBeGreaterThanOrEqual(2);
        for (let i = 1; i < hits.length; i += 1) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
        expect(await store.search({ text: "Putin", first: 1 })).toHaveLength(1);
      });

      it("treats query syntax in user text as words: no input throws", async () => {
        const before = await store.stats();
        const inputs = ['"', '""', "NEAR(", "NEAR(a b", "*", "OR", "AND NOT", "') DROP TABLE entities; --", "^", "-", ":", "label:Putin", "(((", "\\", "%", "_", "   ", "", "Put*in", 'a"b', "{a b}", "+", "Putin OR", "NOT Putin", "Putin NEAR/2 grain"];
        for (const text of inputs) {
          const hits = await store.search({ text, first: 5 });
          expect(Array.isArray(hits), text).toBe(true);
        }
        expect(idsOf(await store.search({ text: "label:Putin", first: 10 }))).toEqual([]);
        expect(await store.stats()).toEqual(before);
        expect(idsOf(await store.search({ text: "Putin", first: 10 }))).toContain(s.ids.putin);
      });
    });

    describe("stats", () => {
      it("reports zero for every kind and type of an empty store", async () => {
        expect(await store.stats()).toEqual(emptyStats());
      });

      it("counts articles, entities by kind, events by type and tenures", async () => {
        const t = timeline();
        for (const graph of t.graphs) await store.ingestArticle(graph);
        const stats = await store.stats();
        expect(Object.keys(stats.entitiesByKind).sort()).toEqual([...ENTITY_KINDS].sort());
        expect(Object.keys(stats.eventsByType).sort()).toEqual([...EVENT_TYPES].sort());
        expect(stats).toEqual({
          articles: 2,
          entitiesByKind: { ...emptyStats().entitiesByKind, PERSON: 4 },
          eventsByType: { ...emptyStats().eventsByType, CALL: 3, MEETING: 1, VISIT: 1, SUMMIT: 1, AGREEMENT: 1, STATEMENT: 1 },
          tenures: 0,
        });
      });
    });

    describe("research: contactCounts, countries/source filters, SOURCES_DESC, path", () => {
      let r: Research;
      beforeEach(async () => {
        r = researchStory();
        for (const graph of r.graphs) await store.ingestArticle(graph);
      });

      it("contactCounts counts dated events of a dyad of people per year or month; undated events are left out", async () => {
        const { irena, tomas } = r.ids;
        expect(await store.contactCounts({ a: irena, b: tomas, interval: "YEAR" })).toEqual([
          { counterpartId: tomas, period: "2030", count: 2 },
          { counterpartId: tomas, period: "2031", count: 1 },
        ]);
        expect(await store.contactCounts({ a: irena, b: tomas, interval: "MONTH" })).toEqual([
          { counterpartId: tomas, period: "2030-04", count: 2 },
          { counterpartId: tomas, period: "2031-01", count: 1 },
        ]);
        expect(await store.contactCounts({ a: irena, b: tomas, interval: "YEAR", types: ["CALL"] })).toEqual([{ counterpartId: tomas, period: "2030", count: 1 }]);
        expect(await store.contactCounts({ a: irena, b: tomas, interval: "YEAR", from: "2031" })).toEqual([{ counterpartId: tomas, period: "2031", count: 1 }]);
        expect(await store.contactCounts({ a: irena, b: r.ids.zed, interval: "YEAR" })).toEqual([]);
        await expect(store.contactCounts({ a: irena, interval: "YEAR", from: "soon" })).rejects.toThrow(BadInputError);
      });

      it("contactCounts counts a country through the offices its people held at the time", async () => {
        const { nor, fin } = r.ids;
        // NOR: the call and the April meeting through Irena's ministry; not the 2031 visit (her tenure ended in June 2030).
        expect(await store.contactCounts({ a: nor, b: fin, interval: "YEAR" })).toEqual([{ counterpartId: fin, period: "2030", count: 2 }]);
        expect(await store.contactCounts({ a: fin, b: nor, interval: "YEAR" })).toEqual([{ counterpartId: nor, period: "2030", count: 2 }]);
        // A person and a country, either way round.
        expect(await store.contactCounts({ a: r.ids.tomas, b: nor, interval: "YEAR" })).toEqual([{ counterpartId: nor, period: "2030", count: 2 }]);
        expect(await store.contactCounts({ a: nor, b: r.ids.tomas, interval: "MONTH" })).toEqual([{ counterpartId: r.ids.tomas, period: "2030-04", count: 2 }]);
      });

      it("contactCounts without b lists every counterpart, by count descending, leaving out the country's own office holders", async () => {
        const { nor, fin, tomas, lena } = r.ids;
        expect(await store.contactCounts({ a: nor, interval: "YEAR" })).toEqual([
          { counterpartId: fin, period: "2030", count: 2 },
          { counterpartId: tomas, period: "2030", count: 2 },
          { counterpartId: lena, period: "2030", count: 1 },
        ]);
      });

      it("findEvents keeps events involving every listed country, directly or through an office held at the time", async () => {
        const { e1, e2, e4, e5 } = r.events;
        expect(idsOf((await store.findEvents({ countryIds: [r.ids.nor] }, { first: 50 })).items)).toEqual([e4, e2, e1, e5]);
        expect(idsOf((await store.findEvents({ countryIds: [r.ids.nor, r.ids.fin] }, { first: 50 })).items)).toEqual([e2, e1, e5]);
        const page = await store.findEvents({ countryIds: [r.ids.nor], types: ["CALL"] }, { first: 1 });
        expect(page).toMatchObject({ totalCount: 2, hasNextPage: true });
        // One country's timeline walks by cursor in both directions, undated last both ways.
        const asc = await walkPages((after) => store.findEvents({ countryIds: [r.ids.nor] }, { first: 1, ...(after ? { after } : {}) }), 4);
        expect(asc.ids).toEqual([e4, e2, e1, e5]);
        const desc = await walkPages((after) => store.findEvents({ countryIds: [r.ids.nor] }, { first: 3, orderBy: "DATE_DESC", ...(after ? { after } : {}) }), 4);
        expect(desc.ids).toEqual([e1, e2, e4, e5]);
        expect(idsOf((await store.findEvents({ countryIds: [r.ids.nor], from: "2030-04", to: "2030-04" }, { first: 50 })).items)).toEqual([e4, e2, e1]);
      });

      it("a tenure reported after the event still makes its country involved, and deleting that report undoes it", async () => {
        const { tomas, lena } = r.ids;
        const { e6 } = r.events;
        const tag = newTag();
        const later = new ArticleGraphBuilder({ title: `Later profile ${tag}`, publishedAt: "2031-04-01", source: "Example News" });
        later.person(r.names.lena);
        const est = later.country("EST", "Estonia");
        const envoy = later.office("EST", "Envoy");
        const s = later.say(`${r.names.lena} has been Estonia's Envoy since 2030.`, lena, envoy, est);
        later.tenure({ personId: lena, officeId: envoy, from: "2030", sentences: [s] });
        const graph = later.build();
        expect(idsOf((await store.findEvents({ countryIds: [est] }, { first: 50 })).items)).toEqual([]);

        await store.ingestArticle(graph);
        // Lena's February 2031 meeting with Tomas (Finland) now involves Estonia; her undated call does not exist, her 2030 statement does.
        const estonian = idsOf((await store.findEvents({ countryIds: [est] }, { first: 50 })).items);
        expect(estonian).toContain(e6);
        expect(idsOf((await store.findEvents({ countryIds: [est, r.ids.fin], from: "2031-02", to: "2031-02" }, { first: 50 })).items)).toEqual([e6]);
        expect(await store.contactCounts({ a: est, b: tomas, interval: "YEAR" })).toEqual([{ counterpartId: tomas, period: "2031", count: 1 }]);

        await store.deleteArticle(graph.article.id);
        expect(idsOf((await store.findEvents({ countryIds: [est] }, { first: 50 })).items)).toEqual([]);
        expect(await store.contactCounts({ a: est, b: tomas, interval: "YEAR" })).toEqual([]);
      });

      it("findEvents by country and period finds an event in every year it spans, and none outside", async () => {
        const tag = newTag();
        const g = new ArticleGraphBuilder({ title: `Long talks ${tag}`, publishedAt: "2033-01-10", source: "Example News" });
        const nor = g.country("NOR", "Norway");
        const swe = g.country("SWE", "Sweden");
        const s = g.say(`Norway and Sweden negotiated from 2030 to 2032 ${tag}.`, nor, swe);
        const talks = g.event({ type: "NEGOTIATION", date: { value: "2030", precision: "YEAR", end: "2032" }, participants: [nor, swe], summary: `Long talks ${tag}`, sentences: [s] });
        await store.ingestArticle(g.build());
        for (const year of ["2030", "2031", "2032"]) {
          expect(idsOf((await store.findEvents({ countryIds: [swe], from: year, to: year }, { first: 50 })).items)).toEqual([talks]);
        }
        expect((await store.findEvents({ countryIds: [swe], from: "2033", to: "2034" }, { first: 50 })).totalCount).toBe(0);
        expect((await store.findEvents({ countryIds: [swe], to: "2029-12-31" }, { first: 50 })).totalCount).toBe(0);
      });

      it("findEvents keeps events reported by an article of one source", async () => {
        const { e1, e7 } = r.events;
        expect(idsOf((await store.findEvents({ source: "Other Wire" }, { first: 50 })).items)).toEqual([e1, e7]);
        expect((await store.findEvents({ source: "Example News" }, { first: 50 })).totalCount).toBe(6);
        expect((await store.findEvents({ source: "other wire" }, { first: 50 })).totalCount).toBe(0);
      });

      it("findEvents orders SOURCES_DESC: most reporting articles first, then newest, undated last; keyset cursors walk it", async () => {
        const { e1, e2, e3, e4, e5, e6, e7 } = r.events;
        const expected = [e1, e7, e6, e3, e2, e4, e5];
        expect(idsOf((await store.findEvents({}, { first: 50, orderBy: "SOURCES_DESC" })).items)).toEqual(expected);
        const walked = await walkPages((after) => store.findEvents({}, { first: 2, orderBy: "SOURCES_DESC", ...(after ? { after } : {}) }), 7);
        expect(walked.ids).toEqual(expected);
        const byDate = await store.findEvents({}, { first: 2 });
        await expect(store.findEvents({}, { first: 2, orderBy: "SOURCES_DESC", after: byDate.endCursor! })).rejects.toThrow(BadInputError);
      });

      it("coParticipants ranks who shares events with the given entities; sharedEventCounts weighs the pairs of a set", async () => {
        const { irena, tomas, lena, zed, nor } = r.ids;
        expect(await store.coParticipants({ entityIds: [tomas], excludeIds: [tomas], limit: 10 })).toEqual([
          { id: irena, weight: 4 },
          { id: lena, weight: 1 },
        ]);
        expect(await store.coParticipants({ entityIds: [tomas], excludeIds: [tomas], limit: 1 })).toEqual([{ id: irena, weight: 4 }]);
        expect(await store.coParticipants({ entityIds: [tomas], excludeIds: [tomas, irena], limit: 10 })).toEqual([{ id: lena, weight: 1 }]);
        // An event shared with two of the entities counts once.
        expect(await store.coParticipants({ entityIds: [irena, tomas], excludeIds: [irena, tomas], limit: 10 })).toEqual([{ id: lena, weight: 1 }]);
        expect(await store.coParticipants({ entityIds: [lena], excludeIds: [lena], limit: 10 })).toEqual(
          sortBy([{ id: nor, weight: 1 }, { id: tomas, weight: 1 }, { id: zed, weight: 1 }], (x) => x.id),
        );
        const pair = (a: string, b: string, weight: number) => (a < b ? { source: a, target: b, weight } : { source: b, target: a, weight });
        expect(await store.sharedEventCounts([irena, tomas, lena, zed])).toEqual(
          sortBy([pair(irena, tomas, 4), pair(tomas, lena, 1), pair(lena, zed, 1)], (x) => `${x.source} ${x.target}`),
        );
        expect(await store.sharedEventCounts([irena])).toEqual([]);
      });

      it("contacts follow an event to its more precise date, and forget an event whose only report is deleted", async () => {
        const tag = newTag();
        const a = new ArticleGraphBuilder({ title: `Dated report ${tag}`, publishedAt: "2031-01-01", source: "Example News" });
        const ana = a.person(`Ana Moreno${tag}`);
        const bo = a.person(`Bo Lind${tag}`);
        const s = a.say(`Ana Moreno${tag} and Bo Lind${tag} met twice.`, ana, bo);
        const june = a.event({ type: "MEETING", date: "2030-06-01", participants: [ana, bo], summary: `June meeting ${tag}`, sentences: [s] });
        const vague = a.event({ type: "CALL", date: "2030", participants: [ana, bo], summary: `A call ${tag}`, sentences: [s] });
        const first = a.build();
        await store.ingestArticle(first);
        expect(idsOf(await store.contacts({ between: [ana, bo] }))).toEqual([vague, june]);

        const b = new ArticleGraphBuilder({ title: `Precise report ${tag}`, publishedAt: "2031-01-02", source: "Example News" });
        b.person(`Ana Moreno${tag}`);
        b.person(`Bo Lind${tag}`);
        const t = b.say(`Ana Moreno${tag} called Bo Lind${tag} on 1 December 2030.`, ana, bo);
        b.event({ id: vague, type: "CALL", date: "2030-12-01", participants: [ana, bo], summary: `A call ${tag}`, sentences: [t] });
        await store.ingestArticle(b.build());
        expect(idsOf(await store.contacts({ between: [ana, bo] }))).toEqual([june, vague]);
        expect(idsOf(await store.contacts({ between: [ana, bo], from: "2030-11" }))).toEqual([vague]);

        await store.deleteArticle(first.article.id);
        expect(idsOf(await store.contacts({ between: [ana, bo] }))).toEqual([vague]);
        const pair = ana < bo ? { source: ana, target: bo, weight: 1 } : { source: bo, target: ana, weight: 1 };
        expect(await store.sharedEventCounts([ana, bo])).toEqual([pair]);
      });

      it("contacts returns at most `first` events, the oldest first", async () => {
        const { irena, tomas } = r.ids;
        const all = idsOf(await store.contacts({ between: [irena, tomas] }));
        expect(all).toHaveLength(4);
        expect(idsOf(await store.contacts({ between: [irena, tomas], first: 2 }))).toEqual(all.slice(0, 2));
        expect(await store.contacts({ between: [irena, tomas], first: 0 })).toEqual([]);
        await expect(store.contacts({ between: [irena, tomas], first: -1 })).rejects.toThrow(BadInputError);
      });

      it("deleting the only report of an event removes it from contacts and co-participation; re-ingesting restores both", async () => {
        const { lena, zed } = r.ids;
        const wire = r.graphs[1]!;
        await store.deleteArticle(wire.article.id);
        expect(await store.contacts({ between: [lena, zed] })).toEqual([]);
        expect(await store.coParticipants({ entityIds: [lena], excludeIds: [lena], limit: 10 })).not.toContainEqual(expect.objectContaining({ id: zed }));
        await store.ingestArticle(wire);
        expect(idsOf(await store.contacts({ between: [lena, zed] }))).toEqual([r.events.e7]);
        expect(await store.sharedEventCounts([lena, zed])).toEqual([lena < zed ? { source: lena, target: zed, weight: 1 } : { source: zed, target: lena, weight: 1 }]);
      });

      it("path finds the shortest chain of shared events, each event linking its neighbours", async () => {
        const { irena, tomas, lena, zed } = r.ids;
        const path = await store.path({ from: irena, to: zed, maxHops: 4 });
        expect(path?.entityIds).toEqual([irena, tomas, lena, zed]);
        expect(path?.eventIds).toHaveLength(3);
        const participants = await store.participantsByEventIds(path!.eventIds);
        participants.forEach((list, i) => {
          const ids = list.map((p) => p.entityId);
          expect(ids).toContain(path!.entityIds[i]);
          expect(ids).toContain(path!.entityIds[i + 1]);
        });
        expect(await store.path({ from: zed, to: tomas, maxHops: 6 })).toEqual({ entityIds: [zed, lena, tomas], eventIds: [r.events.e7, r.events.e6] });
      });

      it("path picks one chain among equally short ones: the lowest-id neighbour one step closer, linked by the earliest shared event", async () => {
        const tag = newTag();
        const g = new ArticleGraphBuilder({ title: `Two routes ${tag}`, publishedAt: "2031-05-01", source: "Example News" });
        // Ids fixed so their order is known: from → (b1 | b2) → to, and from → b2 twice.
        const from = g.person(`Ada Start${tag}`, { id: `person:a-start-${tag}` });
        const b1 = g.person(`Bea Mid${tag}`, { id: `person:m-mid-1-${tag}` });
        const b2 = g.person(`Cy Mid${tag}`, { id: `person:m-mid-0-${tag}` });
        const to = g.person(`Dov End${tag}`, { id: `person:z-end-${tag}` });
        const s = g.say(`Ada Start${tag}, Bea Mid${tag}, Cy Mid${tag} and Dov End${tag} met in pairs.`, from, b1, b2, to);
        const meet = (participants: string[], date: string, name: string) =>
          g.event({ type: "MEETING", date, participants, summary: `${name} ${tag}`, sentences: [s] });
        meet([from, b1], "2030-01-05", "first leg one");
        const late = meet([from, b2], "2030-03-01", "first leg two, later");
        const early = meet([from, b2], "2030-02-01", "first leg two, earlier");
        meet([b1, to], "2030-04-01", "second leg one");
        const second = meet([b2, to], "2030-04-02", "second leg two");
        await store.ingestArticle(g.build());
        // b2's id sorts before b1's: the chain goes through b2, over the earlier of its two events with `from`.
        expect(await store.path({ from, to, maxHops: 3 })).toEqual({ entityIds: [from, b2, to], eventIds: [early, second] });
        expect(late).not.toBe(early);
        // Walking back from `to` the other way round gives the same rule from that side.
        expect((await store.path({ from: to, to: from, maxHops: 2 }))?.entityIds).toEqual([to, b2, from]);
        expect(await store.path({ from, to, maxHops: 1 })).toBeNull();
      });

      it("path keeps that rule on long chains: walking back from `to`, the lowest-id neighbour one step closer to `from` at every step", async () => {
        const tag = newTag();
        const g = new ArticleGraphBuilder({ title: `Long routes ${tag}`, publishedAt: "2031-06-01", source: "Example News" });
        const person = (name: string, slug: string) => g.person(`${name}${tag}`, { id: `person:${slug}-${tag}` });
        const from = person("Ada Start", "a-start");
        const hop = person("Bo Hop", "b-hop");
        const m0 = person("Cy Mid", "m-mid-0");
        const m1 = person("Di Mid", "m-mid-1");
        const n0 = person("Ed Near", "n-near-0");
        const n1 = person("Flo Near", "n-near-1");
        const to = person("Gus End", "z-end");
        const decoy = person("Al Aside", "a-aside");
        const nearDecoy = person("Bea Aside", "b-aside");
        // Leaves make `from`'s side wider, so the search from `to` runs three steps and meets at hop.
        const leaves = [person("Ike Leaf", "l-leaf-1"), person("Jo Leaf", "l-leaf-2"), person("Kai Leaf", "l-leaf-3")];
        const everyone = [from, hop, m0, m1, n0, n1, to, decoy, nearDecoy, ...leaves];
        const names = ["Ada Start", "Bo Hop", "Cy Mid", "Di Mid", "Ed Near", "Flo Near", "Gus End", "Al Aside", "Bea Aside", "Ike Leaf", "Jo Leaf", "Kai Leaf"].map((name) => `${name}${tag}`);
        const s = g.say(`${names.join(", ")} met in pairs over a season.`, ...everyone);
        const pairs: [string, string][] = [[from, hop], [hop, m0], [hop, m1], [m0, n1], [m1, n0], [m1, n1], [n0, to], [n1, to], [decoy, to], [nearDecoy, n0], ...leaves.map((leaf): [string, string] => [from, leaf])];
        const links = pairs.map(([a, b], i) =>
          g.event({ type: "MEETING", date: `2030-0${1 + (i % 9)}-10`, participants: [a, b], summary: `leg ${i} ${tag}`, sentences: [s] }),
        );
        await store.ingestArticle(g.build());
        // n0 is to's lowest-id neighbour one step closer (the decoy sorts lower but is not closer); then m1, n0's
        // only such neighbour (the near decoy sorts lower but is not closer), though m0 sorts lower than m1.
        expect(await store.path({ from, to, maxHops: 4 })).toEqual({ entityIds: [from, hop, m1, n0, to], eventIds: [links[0], links[2], links[4], links[6]] });
        // The other way round the rule runs from `from`'s end: hop, then m0 (lower than m1), then n1, m0's only step on.
        expect((await store.path({ from: to, to: from, maxHops: 6 }))?.entityIds).toEqual([to, n1, m0, hop, from]);
        expect(await store.path({ from, to, maxHops: 3 })).toBeNull();
      });

      it("path with after/before links entities only by events in that period, and with through passes only entities of those kinds", async () => {
        const tag = newTag();
        const g = new ArticleGraphBuilder({ title: `Three routes ${tag}`, publishedAt: "2031-06-01", source: "Example News" });
        const start = g.person(`Ada Start${tag}`, { id: `person:a-start-${tag}` });
        const viaB = g.person(`Bo Mid${tag}`, { id: `person:b-mid-${tag}` });
        const viaC = g.person(`Cy Mid${tag}`, { id: `person:c-mid-${tag}` });
        const council = g.organization(`Harbour Council${tag}`, { id: `org:harbour-council-${tag}` });
        const end = g.person(`Dov End${tag}`, { id: `person:d-end-${tag}` });
        const s = g.say(`Ada Start${tag}, Bo Mid${tag}, Cy Mid${tag}, Harbour Council${tag} and Dov End${tag} met over four years.`, start, viaB, viaC, council, end);
        const meet = (participants: string[], date: string) => g.event({ type: "MEETING", date, participants, summary: `meeting ${date} ${tag}`, sentences: [s] });
        const startB2028 = meet([start, viaB], "2028-01-10");
        const startB2030 = meet([start, viaB], "2030-03-10");
        const bEnd = meet([viaB, end], "2030-05-10");
        const startC = meet([start, viaC], "2031-02-10");
        const cEnd = meet([viaC, end], "2031-04-10");
        const startCouncil = meet([start, council], "2029-01-10");
        const councilEnd = meet([council, end], "2029-02-10");
        await store.ingestArticle(g.build());
        const path = (options: Partial<Parameters<GraphStore["path"]>[0]>) => store.path({ from: start, to: end, maxHops: 4, ...options });

        // Any kind by default: three chains of two events; `org:` sorts before `person:`.
        expect(await path({})).toEqual({ entityIds: [start, council, end], eventIds: [startCouncil, councilEnd] });
        expect(await path({ through: ["PERSON"] })).toEqual({ entityIds: [start, viaB, end], eventIds: [startB2028, bEnd] });
        expect(await path({ through: ["ORGANIZATION", "COUNTRY"] })).toEqual({ entityIds: [start, council, end], eventIds: [startCouncil, councilEnd] });
        // The ends may be of any kind; no kind at all leaves only a shared event, and these two share none.
        expect(await path({ through: [] })).toBeNull();
        // A period keeps only its events, links included: from 2030 on, start and viaB are linked by their 2030 meeting.
        expect(await path({ after: "2030" })).toEqual({ entityIds: [start, viaB, end], eventIds: [startB2030, bEnd] });
        expect(await path({ after: "2031-01" })).toEqual({ entityIds: [start, viaC, end], eventIds: [startC, cEnd] });
        expect(await path({ before: "2029" })).toEqual({ entityIds: [start, council, end], eventIds: [startCouncil, councilEnd] });
        expect(await path({ after: "2029-02-01", before: "2030-12-31" })).toEqual({ entityIds: [start, viaB, end], eventIds: [startB2030, bEnd] });
        expect(await path({ before: "2029", through: ["PERSON"] })).toBeNull();
        expect(await path({ after: "2031-03" })).toBeNull();
        await expect(path({ after: "soon" })).rejects.toThrow(BadInputError);
      });

      it("path is null beyond maxHops, between unconnected or unknown entities; an entity alone reaches itself", async () => {
        const { irena, zed, fin } = r.ids;
        expect(await store.path({ from: irena, to: zed, maxHops: 2 })).toBeNull();
        expect(await store.path({ from: irena, to: fin, maxHops: 6 })).toBeNull();
        expect(await store.path({ from: irena, to: "person:nobody-at-all", maxHops: 6 })).toBeNull();
        expect(await store.path({ from: "person:nobody-at-all", to: irena, maxHops: 6 })).toBeNull();
        expect(await store.path({ from: irena, to: irena, maxHops: 1 })).toEqual({ entityIds: [irena], eventIds: [] });
        await expect(store.path({ from: irena, to: zed, maxHops: 7 })).rejects.toThrow(BadInputError);
        await expect(store.path({ from: irena, to: zed, maxHops: 0 })).rejects.toThrow(BadInputError);
      });
    });

    describe("undated events (issue #13 item 5)", () => {
      it("findEvents' `dated` keeps only dated events (true) or only undated ones (false), with their total", async () => {
        const t = timeline();
        for (const graph of t.graphs) await store.ingestArticle(graph);
        const { p1, p2 } = t.people;
        const { e1, e4, e5 } = t.events;
        const dated = await store.findEvents({ dated: true }, { first: 50 });
        expect(idsOf(dated.items)).toEqual(t.expectedOrder("DATE_ASC").filter((id) => id !== e5));
        expect(dated.totalCount).toBe(7);
        expect(await store.findEvents({ dated: false }, { first: 50 })).toMatchObject({ totalCount: 1, items: [expect.objectContaining({ id: e5, date: null })] });
        expect(idsOf((await store.findEvents({ dated: false }, { first: 50, orderBy: "DATE_DESC" })).items)).toEqual([e5]);
        expect(idsOf((await store.findEvents({ dated: false, types: ["CALL"] }, { first: 50 })).items)).toEqual([e5]);
        expect(idsOf((await store.findEvents({ dated: false, types: ["MEETING"] }, { first: 50 })).items)).toEqual([]);
        expect(idsOf((await store.findEvents({ dated: true, participantIds: [p1, p2] }, { first: 50 })).items)).toEqual([e1, e4]);
        expect((await store.findEvents({ dated: false }, { first: 0 })).totalCount).toBe(1);
        const walked = await walkPages((after) => store.findEvents({ dated: true }, { first: 3, orderBy: "DATE_DESC", ...(after ? { after } : {}) }), 7);
        expect(walked.ids).toEqual(t.expectedOrder("DATE_DESC").filter((id) => id !== e5));
      });

      it("`dated: false` with a from/to bound is refused: an undated event has no days to bound", async () => {
        await expect(store.findEvents({ dated: false, from: "2030" }, { first: 5 })).rejects.toThrow(BadInputError);
        await expect(store.findEvents({ dated: false, to: "2030-02" }, { first: 5 })).rejects.toThrow(/dated: false/);
      });

      it("`dated` narrows a country's events, directly or through offices, by one country or several", async () => {
        const r = researchStory();
        for (const graph of r.graphs) await store.ingestArticle(graph);
        const { e1, e2, e4, e5 } = r.events;
        const list = async (filter: Parameters<GraphStore["findEvents"]>[0]) => idsOf((await store.findEvents(filter, { first: 50 })).items);
        expect(await list({ countryIds: [r.ids.nor], dated: false })).toEqual([e5]);
        expect(await list({ countryIds: [r.ids.nor], dated: true })).toEqual([e4, e2, e1]);
        expect(await list({ countryIds: [r.ids.nor], dated: true, from: "2030-05" })).toEqual([e4]);
        expect(await list({ countryIds: [r.ids.nor, r.ids.fin], dated: false })).toEqual([e5]);
        expect((await store.findEvents({ countryIds: [r.ids.nor], dated: false }, { first: 0 })).totalCount).toBe(1);
        const desc = await walkPages((after) => store.findEvents({ countryIds: [r.ids.nor], dated: true }, { first: 2, orderBy: "DATE_DESC", ...(after ? { after } : {}) }), 3);
        expect(desc.ids).toEqual([e1, e2, e4]);
      });

      it("uncountedContacts says how many events contactCounts left out: undated ones whatever from/to say, and (MONTH) those dated only to a year", async () => {
        const r = researchStory();
        for (const graph of r.graphs) await store.ingestArticle(graph);
        const { irena, tomas, zed, nor, fin } = r.ids;
        // e5, the undated call of Irena and Tomas, counts for them, for Norway and Finland (through their offices), and for Norway alone.
        expect(await store.uncountedContacts({ a: irena, b: tomas, interval: "YEAR" })).toEqual({ undated: 1, yearOnly: 0 });
        expect(await store.uncountedContacts({ a: tomas, b: irena, interval: "MONTH", from: "2031" })).toEqual({ undated: 1, yearOnly: 0 });
        expect(await store.uncountedContacts({ a: nor, b: fin, interval: "YEAR" })).toEqual({ undated: 1, yearOnly: 0 });
        expect(await store.uncountedContacts({ a: nor, b: tomas, interval: "YEAR", types: ["CALL"] })).toEqual({ undated: 1, yearOnly: 0 });
        expect(await store.uncountedContacts({ a: nor, b: tomas, interval: "YEAR", types: ["MEETING"] })).toEqual({ undated: 0, yearOnly: 0 });
        // e4, Norway's statement with Lena, is dated only to 2030: counted per year, left out per month.
        expect(await store.uncountedContacts({ a: nor, interval: "YEAR" })).toEqual({ undated: 1, yearOnly: 0 });
        expect(await store.uncountedContacts({ a: nor, interval: "MONTH" })).toEqual({ undated: 1, yearOnly: 1 });
        expect(await store.uncountedContacts({ a: nor, interval: "MONTH", from: "2031" })).toEqual({ undated: 1, yearOnly: 0 });
        expect(await store.uncountedContacts({ a: irena, b: zed, interval: "YEAR" })).toEqual({ undated: 0, yearOnly: 0 });
        expect(await store.uncountedContacts({ a: irena, b: irena, interval: "YEAR" })).toEqual({ undated: 0, yearOnly: 0 });
        await expect(store.uncountedContacts({ a: irena, interval: "YEAR", from: "soon" })).rejects.toThrow(BadInputError);
      });
    });

    describe("search ranking (issue #13 item 7): the same order on every store", () => {
      let k: ReturnType<typeof rankingStory>;
      beforeEach(async () => {
        k = rankingStory();
        await store.ingestArticle(k.graph);
      });

      it("ranks an exact alias, then a name starting with the query, then names holding the word by prominence, then events, then articles", async () => {
        const { arlo, vennley, dina, cora, meeting } = k.ids;
        const hits = await store.search({ text: k.venn, first: 10 });
        expect(idsOf(hits)).toEqual([arlo, vennley, dina, cora, meeting, k.graph.article.id]);
        for (let i = 1; i < hits.length; i += 1) expect(hits[i]!.score).toBeLessThan(hits[i - 1]!.score);
        expect(idsOf(await store.search({ text: k.venn, first: 2 }))).toEqual([arlo, vennley]);
        expect(idsOf(await store.search({ text: k.venn.toUpperCase(), kinds: ["PERSON"], first: 10 }))).toEqual([arlo, vennley, dina, cora]);
      });

      it("finds names within a typo or two, most prominent first, and nothing beyond", async () => {
        const { arlo, dina, cora } = k.ids;
        const typo = `${k.venn.slice(0, 2)}m${k.venn.slice(3)}`; // one letter changed: "Vemn…"
        expect(idsOf(await store.search({ text: typo, first: 10 }))).toEqual([arlo, dina, cora]);
        const swapped = `Arlo ${k.venn.slice(0, 1)}${k.venn.slice(2, 3)}${k.venn.slice(1, 2)}${k.venn.slice(3)}`; // two letters swapped
        expect(idsOf(await store.search({ text: swapped, first: 10 }))[0]).toBe(arlo);
        expect(await store.search({ text: `Qzx${k.venn.slice(3)}`, first: 10 })).toEqual([]);
        expect(await store.search({ text: `"${typo}"`, first: 10 })).toEqual([]);
      });

      it("puts the country an ISO code or short name names first", async () => {
        const { gbr, ukr } = k.ids;
        expect(idsOf(await store.search({ text: "UK", first: 5 }))).toEqual([gbr, ukr]);
        expect(idsOf(await store.search({ text: "GBR", first: 5 }))[0]).toBe(gbr);
        expect(idsOf(await store.search({ text: "gbr", first: 5 }))[0]).toBe(gbr);
        expect(idsOf(await store.search({ text: "Britain", first: 5 }))[0]).toBe(gbr);
        expect(idsOf(await store.search({ text: "UA", first: 5 }))[0]).toBe(ukr);
      });

      it("reads a titled name without its title", async () => {
        const { arlo, vennley, dina, cora } = k.ids;
        expect(idsOf(await store.search({ text: `President ${k.venn}`, first: 10 }))).toEqual([arlo, vennley, dina, cora]);
        expect(idsOf(await store.search({ text: `Mr Arlo ${k.venn}`, first: 3 }))[0]).toBe(arlo);
      });
    });

    curationContract(() => store);
    countryRuleContract(() => store);

    describe("close", () => {
      it("releases the store: later calls reject", async () => {
        const other = await makeStore();
        await other.store.ingestArticle(callArticle().graph);
        await other.store.close();
        await expect(other.store.stats()).rejects.toThrow();
        await other.cleanup();
      });
    });
  });
}

// ── scenarios ─────────────────────────────────────────────────────────────────────────────────

type Timeline = ReturnType<typeof timeline>;

/**
 * Eight events among four people over two articles, with every date shape: day, month, year,
 * a day span, and none; two events share a day so ties are broken by id.
 */
function timeline() {
  const tag = newTag();
  const names = { p1: `Ana Roost${tag}`, p2: `Bo Lind${tag}`, p3: `Cy Marr${tag}`, p4: `Di Teel${tag}` };
  const b = new ArticleGraphBuilder({ title: `A year of talks ${tag}`, publishedAt: "2031-06-01" });
  const p1 = b.person(names.p1);
  const p2 = b.person(names.p2);
  const p3 = b.person(names.p3);
  const p4 = b.person(names.p4);
  const s = b.say(`${names.p1}, ${names.p2}, ${names.p3} and ${names.p4} met often that year.`, p1, p2, p3, p4);
  const span: PartialDate = { value: "2030-02-10", precision: "DAY", end: "2030-02-12" };
  const e1 = b.event({ type: "CALL", date: "2030-01-15", participants: [p1, p2], summary: "A first call", sentences: [s] });
  const e2 = b.event({ type: "MEETING", date: "2030-02", participants: [p1, p3], summary: "A meeting in February", sentences: [s] });
  const e3 = b.event({ type: "VISIT", status: "PLANNED", date: span, participants: [p2, p3], summary: "A three-day visit", sentences: [s] });
  const e4 = b.event({ type: "SUMMIT", date: "2031", participants: [p1, p2, p3], summary: "A summit", sentences: [s] });
  const e5 = b.event({ type: "CALL", status: "PLANNED", participants: [p1, p2], summary: "A call to come", sentences: [s] });
  const e6 = b.event({ type: "AGREEMENT", date: "2029-12-31", participants: [p4, p1], summary: "An agreement", sentences: [s] });
  const e7 = b.event({ type: "STATEMENT", status: "UNKNOWN", date: "2030-01-15", participants: [p4], summary: "A statement", sentences: [s] });
  const b2 = new ArticleGraphBuilder({ title: `Spring call ${tag}`, publishedAt: "2030-03-02" });
  b2.person(names.p3);
  b2.person(names.p4);
  const s2 = b2.say(`${names.p3} called ${names.p4} on the first of March.`, p3, p4);
  const e8 = b2.event({ type: "CALL", date: "2030-03-01", participants: [p3, p4], summary: "A spring call", sentences: [s2] });

  const firstDay: Record<string, string | null> = {
    [e1]: "2030-01-15",
    [e2]: "2030-02-01",
    [e3]: "2030-02-10",
    [e4]: "2031-01-01",
    [e5]: null,
    [e6]: "2029-12-31",
    [e7]: "2030-01-15",
    [e8]: "2030-03-01",
  };
  /** The order the port promises: by first day then id (both in the requested direction), undated last. */
  const expectedOrder = (orderBy: "DATE_ASC" | "DATE_DESC"): string[] => {
    const sign = orderBy === "DATE_ASC" ? 1 : -1;
    const dated = Object.keys(firstDay).filter((id) => firstDay[id] !== null);
    const undated = Object.keys(firstDay).filter((id) => firstDay[id] === null);
    const compare = (a: string, b: string) => sign * (`${firstDay[a]}|${a}` < `${firstDay[b]}|${b}` ? -1 : 1);
    return [...dated.sort(compare), ...undated.sort((a, b) => sign * (a < b ? -1 : 1))];
  };
  return { graphs: [b.build(), b2.build()], people: { p1, p2, p3, p4 }, events: { e1, e2, e3, e4, e5, e6, e7, e8 }, expectedOrder };
}

/** Five people whose names sort differently with and without case, and one country. */
function cast5() {
  const tag = newTag();
  const b = new ArticleGraphBuilder({ publishedAt: "2030-07-01" });
  const norway = b.country("NOR", "Norway", { aliases: ["Norwegian"] });
  const ids = {
    zed: b.person(`Zed Amber${tag}`),
    amy: b.person(`amy Cole${tag}`),
    bea: b.person(`Bea Dunn${tag}`, { aliases: [`B. Dunn${tag}`] }),
    cal: b.person(`Cal Eyre${tag}`),
    dee: b.person(`Dee Fox${tag}`),
  };
  b.say(`Zed Amber${tag}, amy Cole${tag} and Bea Dunn${tag} sailed from Norway.`, ids.zed, ids.amy, ids.bea, norway);
  b.say(`Cal Eyre${tag} and Dee Fox${tag} stayed ashore.`, ids.cal, ids.dee);
  return { tag, graph: b.build(), ids, norway, personIdsByName: [ids.amy, ids.bea, ids.cal, ids.dee, ids.zed] };
}

/**
 * Two articles: both report a meeting of Ana and Bo; only the first reports a call of Ana and Cy
 * and Cy's office. Bo is mentioned only in the first but takes part in the shared meeting.
 */
function twoArticleStory() {
  const tag = newTag();
  const names = { ana: `Ana Quill${tag}`, bo: `Bo Rask${tag}`, cy: `Cy Stroud${tag}`, dee: `Dee Moss${tag}` };
  const firstTitleWord = `Firstreport${tag}`;
  const shared = `event:${tag}`;
  const a = new ArticleGraphBuilder({ title: `${firstTitleWord} on the harbour talks`, publishedAt: "2030-05-02" });
  const ana = a.person(names.ana);
  const bo = a.person(names.bo);
  const cy = a.person(names.cy);
  const office = a.office("NOR", `Harbour Envoy ${tag}`);
  const dee = a.person(names.dee);
  const s0 = a.say(`${names.ana} met ${names.bo} at the harbour on 1 May 2030, said ${names.dee}.`, ana, bo, dee);
  const s1 = a.say(`${names.ana} later called ${names.cy}, Harbour Envoy ${tag}.`, ana, cy, office);
  a.event({ id: shared, type: "MEETING", date: "2030-05-01", participants: [ana, bo], summary: "Harbour meeting", sentences: [s0] });
  const onlyFirst = a.event({ type: "CALL", date: "2030-05-01", participants: [ana, cy], summary: `Call with ${names.cy}`, sentences: [s1] });
  a.tenure({ personId: cy, officeId: office, sentences: [s1] });
  const b = new ArticleGraphBuilder({ title: `Second report ${tag}`, publishedAt: "2030-05-03" });
  b.person(names.ana);
  b.person(names.bo);
  b.person(names.dee);
  const t0 = b.say(`${names.ana} held talks at the harbour, ${names.dee} wrote.`, ana, dee);
  b.event({ id: shared, type: "MEETING", date: "2030-05-01", participants: [ana, bo], summary: "Harbour meeting", sentences: [t0] });
  return { first: a.build(), second: b.build(), ids: { ana, bo, cy, dee, office, shared, onlyFirst }, names, firstTitleWord };
}

/**
 * For search ranking: Arlo has the tagged surname as an alias (an exact match), "…ley Brook" starts
 * with it, Dina (2 mentions, 1 event) and Cora (1 mention) hold it as a word; a meeting's summary
 * and the article's title hold it too; and two countries, one whose short name "UK" is a prefix of the other's name.
 */
function rankingStory() {
  const tag = newTag();
  const venn = `Venn${tag}`;
  const b = new ArticleGraphBuilder({ title: `Weekly roundup with ${venn}`, publishedAt: "2030-09-01" });
  const arlo = b.person(`Arlo ${venn}`, { aliases: [venn] });
  const dina = b.person(`Dina ${venn}`);
  const cora = b.person(`Cora ${venn}`);
  const vennley = b.person(`${venn}ley Brook`);
  const gbr = b.country("GBR", "United Kingdom");
  const ukr = b.country("UKR", "Ukraine");
  const s0 = b.say(`Arlo ${venn} met Dina ${venn} and Cora ${venn}.`, arlo, dina, cora);
  b.say(`Arlo ${venn} and Dina ${venn} spoke again while ${venn}ley Brook listened.`, arlo, dina, vennley);
  b.say(`Arlo ${venn} flew from the United Kingdom to Ukraine.`, arlo, gbr, ukr);
  const meeting = b.event({ type: "MEETING", date: "2030-08-30", participants: [arlo, dina], summary: `Arlo ${venn} met Dina ${venn}`, sentences: [s0] });
  return { graph: b.build(), venn, ids: { arlo, dina, cora, vennley, gbr, ukr, meeting } };
}

/** One article about a call between Vladimir Putin and an invented minister, for search. */
function searchArticle() {
  const tag = newTag();
  const alias = `Mirabelle${tag}`;
  const titleWord = `Lighthouse${tag}`;
  const b = new ArticleGraphBuilder({ title: `${titleWord} notes from the week`, publishedAt: "2030-08-01" });
  const putin = b.person("Vladimir Putin", { aliases: ["Putin"] });
  const mira = b.person(`Mira Holt${tag}`, { aliases: [alias] });
  const s = b.say(`Vladimir Putin spoke with Mira Holt${tag} about grain exports.`, putin, mira);
  const call = b.event({ type: "CALL", date: "2030-07-30", participants: [putin, mira], summary: `Putin and Mira Holt${tag} discussed grain exports by phone`, sentences: [s] });
  return { graph: b.build(), ids: { putin, mira, call }, alias, titleWord };
}

// ── helpers ───────────────────────────────────────────────────────────────────────────────────

function emptyStats() {
  return {
    articles: 0,
    entitiesByKind: Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])),
    eventsByType: Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])),
    tenures: 0,
  };
}

/** Everything a store holds about one article's nodes, for before/after comparisons. */
type Research = ReturnType<typeof researchStory>;

/**
 * Two countries and four people over two articles of two sources. Irena holds Norway's foreign
 * ministry from March 2029 to June 2030; Tomas holds Finland's presidency (dates unknown); Lena and
 * Zed hold nothing. The call (e1) is reported by both articles.
 */
function researchStory() {
  const tag = newTag();
  const names = { irena: `Irena Dahl${tag}`, tomas: `Tomas Aho${tag}`, lena: `Lena Moss${tag}`, zed: `Zed Quill${tag}` };
  const a = new ArticleGraphBuilder({ title: `Northern contacts ${tag}`, publishedAt: "2031-03-02", source: "Example News" });
  const nor = a.country("NOR", "Norway");
  const fin = a.country("FIN", "Finland");
  const irena = a.person(names.irena, { countryId: nor });
  const tomas = a.person(names.tomas, { countryId: fin });
  const lena = a.person(names.lena);
  const minister = a.office("NOR", "Foreign Minister");
  const president = a.office("FIN", "President");
  const s = a.say(`${names.irena} of Norway and ${names.tomas} of Finland talked often; ${names.lena} spoke too.`, irena, nor, tomas, fin, lena);
  const s1 = a.say(`${names.irena} was Foreign Minister and ${names.tomas} President.`, irena, minister, tomas, president);
  a.tenure({ personId: irena, officeId: minister, from: "2029-03", to: "2030-06", sentences: [s1] });
  a.tenure({ personId: tomas, officeId: president, sentences: [s1] });
  const callSpec = { type: "CALL" as const, date: "2030-04-02", participants: [irena, tomas], summary: `Dahl${tag} calls Aho${tag}`, sentences: [s] };
  const e1 = a.event(callSpec);
  const e2 = a.event({ type: "MEETING", date: "2030-04", participants: [irena, tomas], summary: "An April meeting", sentences: [s] });
  const e3 = a.event({ type: "VISIT", date: "2031-01-05", participants: [irena, tomas], summary: "A January visit", sentences: [s] });
  const e4 = a.event({ type: "STATEMENT", date: "2030", participants: [nor, lena], summary: "A statement by Norway", sentences: [s] });
  const e5 = a.event({ type: "CALL", participants: [irena, tomas], summary: "A call at some time", sentences: [s] });
  const e6 = a.event({ type: "MEETING", date: "2031-02-01", participants: [tomas, lena], summary: "A February meeting", sentences: [s] });
  const b = new ArticleGraphBuilder({ title: `Wire report ${tag}`, publishedAt: "2031-03-05", source: "Other Wire" });
  b.person(names.irena, { countryId: nor });
  b.person(names.tomas, { countryId: fin });
  b.person(names.lena);
  const zed = b.person(names.zed);
  const t = b.say(`${names.irena} called ${names.tomas}; later ${names.lena} negotiated with ${names.zed}.`, irena, tomas, lena, zed);
  const again = b.event({ ...callSpec, sentences: [t] });
  const e7 = b.event({ type: "NEGOTIATION", date: "2031-03-01", participants: [lena, zed], summary: "Talks in March", sentences: [t] });
  if (again !== e1) throw new Error("fixture: both reports of the call must share an event id");
  return { graphs: [a.build(), b.build()], names, ids: { nor, fin, irena, tomas, lena, zed, minister, president }, events: { e1, e2, e3, e4, e5, e6, e7 } };
}

async function snapshot(store: GraphStore, graph: ArticleGraph) {
  const entityIds = graph.entities.map((e) => e.id);
  const eventIds = graph.events.map((e) => e.id);
  return {
    stats: await store.stats(),
    entities: await store.entitiesByIds(entityIds),
    events: await store.eventsByIds(eventIds),
    participants: await store.participantsByEventIds(eventIds),
    evidence: await store.evidenceByEventIds(eventIds),
    tenures: await store.tenuresByPersonIds(entityIds),
    articles: await store.articlesByIds([graph.article.id]),
    articleIds: await store.articleIdsByEntityIds(entityIds),
  };
}

/**
 * Follows endCursor until hasNextPage is false, checking the total on every page and giving up
 * after `maxPages` (a cursor that is ignored would otherwise loop for ever).
 */
async function walkPages(fetch: (after?: string) => Promise<Page<{ id: string }>>, totalCount: number, maxPages = 20) {
  const ids: string[] = [];
  let after: string | undefined;
  for (let pages = 1; pages <= maxPages; pages += 1) {
    const page = await fetch(after);
    expect(page.totalCount).toBe(totalCount);
    ids.push(...idsOf(page.items));
    if (!page.hasNextPage) return { ids, pages };
    expect(page.endCursor).toEqual(expect.any(String));
    after = page.endCursor!;
  }
  throw new Error(`still more pages after ${maxPages}: the cursor does not advance (ids so far: ${ids.join(", ")})`);
}

function idsOf(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
