import { describe, expect, it } from "vitest";
import { BadInputError, NotFoundError, countryId, type ArticleGraph } from "../../src/domain/index.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { curationStory } from "../fixtures/curation-story.js";

/**
 * Curation (issue #13 item 1), part of the GraphStore contract: every adapter runs it through
 * graphStoreContract. `store()` is the fresh store of the current test.
 */
export function curationContract(store: () => GraphStore): void {
  describe("curation: merge, rename, aliases, reject, restore, update, and the log", () => {
    it("a merge moves the dropped entity's events, mentions and names onto the kept one, for every read", async () => {
      const s = curationStory();
      await ingest(store(), s.first, s.second);
      const people = (await store().stats()).entitiesByKind.PERSON;

      const record = await store().curate({ action: "MERGE_ENTITIES", keepId: s.ids.irena, dropIds: [s.ids.irina], reason: "the same minister, misspelt" }, "tester");

      expect(record).toMatchObject({ seq: 1, action: "MERGE_ENTITIES", targetId: s.ids.irena, relatedIds: [s.ids.irina], reason: "the same minister, misspelt", by: "tester" });
      expect(new Date(record.at).toISOString()).toBe(record.at);
      expect(await store().entitiesByIds([s.ids.irina])).toEqual([null]);
      const [irena] = await store().entitiesByIds([s.ids.irena]);
      expect(irena).toMatchObject({ name: s.names.irena, mentionCount: 3 });
      expect(irena!.aliases).toContain(s.names.irina);
      expect((await store().stats()).entitiesByKind.PERSON).toBe(people - 1);

      expect(await store().participantsByEventIds([s.ids.harbour])).toEqual([
        expect.arrayContaining([expect.objectContaining({ entityId: s.ids.irena }), expect.objectContaining({ entityId: s.ids.lena })]),
      ]);
      expect((await store().eventIdsByEntityIds([s.ids.irena]))[0]!.sort()).toEqual([s.ids.call, s.ids.talks, s.ids.harbour].sort());
      expect((await store().findEvents({ participantIds: [s.ids.irena] }, { first: 10 })).totalCount).toBe(3);
      expect(ids(await store().contacts({ between: [s.ids.irena, s.ids.lena] }))).toEqual([s.ids.harbour]);
      expect(await store().coParticipants({ entityIds: [s.ids.irena], excludeIds: [s.ids.irena], limit: 10 })).toEqual(
        [{ id: s.ids.tomas, weight: 2 }, { id: s.ids.lena, weight: 1 }].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1)),
      );
      expect(await store().sharedEventCounts([s.ids.irena, s.ids.lena, s.ids.irina])).toEqual([sortedPair(s.ids.irena, s.ids.lena, 1)]);
      expect(await store().contactCounts({ a: s.ids.irena, b: s.ids.lena, interval: "YEAR" })).toEqual([{ counterpartId: s.ids.lena, period: "2030", count: 1 }]);
      expect(await store().path({ from: s.ids.irena, to: s.ids.lena, maxHops: 2 })).toEqual({ entityIds: [s.ids.irena, s.ids.lena], eventIds: [s.ids.harbour] });
      expect((await store().search({ text: s.names.irina, first: 5 }))[0]?.id).toBe(s.ids.irena);
      expect(await store().articleIdsByEntityIds([s.ids.irena])).toEqual([expect.arrayContaining([s.first.article.id, s.second.article.id])]);
    });

    it("a merge survives re-ingest: the same articles again, and a later article naming the dropped id, land on the kept one", async () => {
      const s = curationStory();
      await ingest(store(), s.first, s.second);
      await store().curate({ action: "MERGE_ENTITIES", keepId: s.ids.irena, dropIds: [s.ids.irina], reason: "misspelt" }, "tester");

      expect(await store().deleteArticle(s.second.article.id)).toBe(true);
      expect((await store().ingestArticle(s.second)).status).toBe("ADDED");
      expect((await store().ingestArticle(s.third)).status).toBe("ADDED");

      expect(await store().entitiesByIds([s.ids.irina])).toEqual([null]);
      const [irena] = await store().entitiesByIds([s.ids.irena]);
      expect(irena).toMatchObject({ name: s.names.irena, mentionCount: 4 });
      expect(irena!.aliases).toContain(s.names.irina);
      expect(await store().participantsByEventIds([s.ids.harbour, s.ids.laterCall])).toEqual([
        expect.arrayContaining([expect.objectContaining({ entityId: s.ids.irena }), expect.objectContaining({ entityId: s.ids.lena })]),
        expect.arrayContaining([expect.objectContaining({ entityId: s.ids.irena }), expect.objectContaining({ entityId: s.ids.tomas })]),
      ]);
      // "Later in 2030" is the year: its first day, 1 January, sorts first.
      expect(ids(await store().contacts({ between: [s.ids.irena, s.ids.tomas] }))).toEqual([s.ids.talks, s.ids.call, s.ids.laterCall]);
      expect(await store().coParticipants({ entityIds: [s.ids.irena], excludeIds: [s.ids.irena], limit: 10 })).toEqual([
        { id: s.ids.tomas, weight: 3 },
        { id: s.ids.lena, weight: 1 },
      ]);
    });

    it("merging two participants of one event leaves one participant with the more specific role", async () => {
      const s = curationStory();
      await ingest(store(), s.first);
      await store().curate({ action: "MERGE_ENTITIES", keepId: s.ids.tomas, dropIds: [s.ids.irena], reason: "test of a self-contact" }, "tester");
      expect(await store().participantsByEventIds([s.ids.call])).toEqual([[{ eventId: s.ids.call, entityId: s.ids.tomas, role: "INITIATOR" }]]);
      expect(await store().coParticipants({ entityIds: [s.ids.tomas], excludeIds: [], limit: 10 })).toEqual([]);
      expect(await store().sharedEventCounts([s.ids.tomas, s.ids.irena])).toEqual([]);
    });

    it("a rejected event leaves every read; re-ingesting its article does not bring it back; restoring does", async () => {
      const s = curationStory();
      await ingest(store(), s.first);
      const record = await store().curate({ action: "REJECT_EVENT", eventId: s.ids.call, reason: "the call was a rumour" }, "tester");
      expect(record).toMatchObject({ action: "REJECT_EVENT", targetId: s.ids.call, after: null, before: expect.objectContaining({ id: s.ids.call, type: "CALL" }) });

      const expectCallGone = async () => {
        expect(await store().eventsByIds([s.ids.call])).toEqual([null]);
        expect(ids((await store().findEvents({}, { first: 50 })).items)).toEqual([s.ids.talks]);
        expect(ids((await store().findEvents({ participantIds: [s.ids.irena] }, { first: 50 })).items)).toEqual([s.ids.talks]);
        expect(ids((await store().findEvents({ countryIds: [countryId("NOR")] }, { first: 50 })).items)).toEqual([s.ids.talks]);
        expect(ids(await store().contacts({ between: [s.ids.irena, s.ids.tomas] }))).toEqual([s.ids.talks]);
        expect(await store().contactCounts({ a: s.ids.irena, b: s.ids.tomas, interval: "YEAR" })).toEqual([{ counterpartId: s.ids.tomas, period: "2030", count: 1 }]);
        expect(await store().coParticipants({ entityIds: [s.ids.irena], excludeIds: [s.ids.irena], limit: 10 })).toEqual([{ id: s.ids.tomas, weight: 1 }]);
        expect(await store().sharedEventCounts([s.ids.irena, s.ids.tomas])).toEqual([sortedPair(s.ids.irena, s.ids.tomas, 1)]);
        expect(await store().eventIdsByEntityIds([s.ids.irena])).toEqual([[s.ids.talks]]);
        expect(ids(await store().search({ text: "telephoned", kinds: ["EVENT"], first: 10 }))).toEqual([]);
        expect((await store().stats()).eventsByType.CALL).toBe(0);
      };
      await expectCallGone();

      expect(await store().deleteArticle(s.first.article.id)).toBe(true);
      expect((await store().ingestArticle(s.first)).status).toBe("ADDED");
      await expectCallGone();

      await store().curate({ action: "RESTORE_EVENT", eventId: s.ids.call }, "tester");
      const [call] = await store().eventsByIds([s.ids.call]);
      expect(call).toMatchObject({ id: s.ids.call, type: "CALL", sourceCount: 1, date: { value: "2030-04-02", precision: "DAY" } });
      expect(await store().evidenceByEventIds([s.ids.call])).toEqual([s.first.events.find((e) => e.id === s.ids.call)!.evidence]);
      expect(ids(await store().contacts({ between: [s.ids.irena, s.ids.tomas] }))).toEqual([s.ids.talks, s.ids.call]);
      expect(ids((await store().findEvents({ countryIds: [countryId("NOR")] }, { first: 50 })).items)).toEqual([s.ids.talks, s.ids.call]);
      expect(ids(await store().search({ text: "telephoned", kinds: ["EVENT"], first: 10 }))).toEqual([s.ids.call]);
      expect(await store().coParticipants({ entityIds: [s.ids.irena], excludeIds: [s.ids.irena], limit: 10 })).toEqual([{ id: s.ids.tomas, weight: 2 }]);

      await expect(store().curate({ action: "RESTORE_EVENT", eventId: s.ids.call }, "tester")).rejects.toThrow(BadInputError);
    });

    it("an updated event keeps its corrected type, status and date through re-ingest, and every read uses them", async () => {
      const s = curationStory();
      await ingest(store(), s.first);
      const record = await store().curate(
        { action: "UPDATE_EVENT", eventId: s.ids.call, changes: { type: "MEETING", status: "PLANNED", date: { value: "2030-06-05", precision: "DAY" } }, reason: "it was a meeting, planned for June" },
        "tester",
      );
      expect(record.before).toEqual({ type: "CALL", status: "OCCURRED", date: { value: "2030-04-02", precision: "DAY" }, placeId: null });
      expect(record.after).toEqual({ type: "MEETING", status: "PLANNED", date: { value: "2030-06-05", precision: "DAY" }, placeId: null });

      const expectCorrected = async () => {
        expect((await store().eventsByIds([s.ids.call]))[0]).toMatchObject({
          type: "MEETING",
          status: "PLANNED",
          date: { value: "2030-06-05", precision: "DAY" },
          plover: { event: "CONSULT" },
          cameo: "040",
        });
        expect(ids((await store().findEvents({ types: ["CALL"] }, { first: 10 })).items)).toEqual([]);
        expect(ids((await store().findEvents({ from: "2030-06-05", to: "2030-06-05" }, { first: 10 })).items)).toEqual([s.ids.talks, s.ids.call]);
        expect(ids((await store().findEvents({ types: ["MEETING"], from: "2030-04-02", to: "2030-04-02" }, { first: 10 })).items)).toEqual([s.ids.talks]);
        // Through the prime minister's office; the talks, dated only to 2030, overlap June too.
        expect(ids((await store().findEvents({ countryIds: [countryId("NOR")], from: "2030-06", to: "2030-06" }, { first: 10 })).items)).toEqual([s.ids.talks, s.ids.call]);
        expect(await store().contactCounts({ a: s.ids.irena, b: s.ids.tomas, interval: "MONTH" })).toEqual([{ counterpartId: s.ids.tomas, period: "2030-06", count: 1 }]);
        expect(ids(await store().contacts({ between: [s.ids.irena, s.ids.tomas] }))).toEqual([s.ids.talks, s.ids.call]);
        expect((await store().stats()).eventsByType).toMatchObject({ CALL: 0, MEETING: 2 });
      };
      await expectCorrected();
      await store().deleteArticle(s.first.article.id);
      await store().ingestArticle(s.first);
      await expectCorrected();

      // A later correction of one field keeps the earlier ones; clearing the date makes the event undated.
      await store().curate({ action: "UPDATE_EVENT", eventId: s.ids.call, changes: { date: null }, reason: "the date was a guess" }, "tester");
      await store().deleteArticle(s.first.article.id);
      await store().ingestArticle(s.first);
      expect((await store().eventsByIds([s.ids.call]))[0]).toMatchObject({ type: "MEETING", status: "PLANNED", date: null });
      expect(ids((await store().findEvents({ dated: false }, { first: 10 })).items)).toEqual([s.ids.call]);
    });

    it("a rename and alias changes are pinned: a later report with a longer name or the removed alias changes nothing", async () => {
      const s = curationStory();
      await ingest(store(), s.first);
      const shortName = `Ira ${s.names.vask}`;
      await store().curate({ action: "RENAME_ENTITY", entityId: s.ids.irena, name: shortName, reason: "she signs as Ira" }, "tester");
      let [irena] = await store().entitiesByIds([s.ids.irena]);
      expect(irena).toMatchObject({ name: shortName, aliases: [s.names.irena] });
      expect((await store().search({ text: s.names.irena, first: 3 }))[0]?.id).toBe(s.ids.irena);

      await store().curate({ action: "ADD_ALIAS", entityId: s.ids.irena, alias: `Madam ${s.names.vask}`, reason: "used in the press" }, "tester");
      await store().curate({ action: "REMOVE_ALIAS", entityId: s.ids.irena, alias: s.names.irena, reason: "only Ira" }, "tester");
      [irena] = await store().entitiesByIds([s.ids.irena]);
      expect(irena).toMatchObject({ name: shortName, aliases: [`Madam ${s.names.vask}`] });
      expect((await store().findEntities({ name: s.names.irena, first: 5 })).items).toEqual([]);
      expect(ids((await store().findEntities({ name: `madam ${s.names.vask}`, first: 5 })).items)).toEqual([s.ids.irena]);

      await store().deleteArticle(s.first.article.id);
      await store().ingestArticle(s.first);
      [irena] = await store().entitiesByIds([s.ids.irena]);
      expect(irena).toMatchObject({ name: shortName, aliases: [`Madam ${s.names.vask}`], mentionCount: 2 });

      await expect(store().curate({ action: "REMOVE_ALIAS", entityId: s.ids.irena, alias: "Nobody", reason: "x" }, "tester")).rejects.toThrow(NotFoundError);
    });

    it("the log lists every curation in the order made, with before, after, reason and who, a page at a time", async () => {
      const s = curationStory();
      await ingest(store(), s.first, s.second);
      await store().curate({ action: "MERGE_ENTITIES", keepId: s.ids.irena, dropIds: [s.ids.irina], reason: "misspelt" }, "alice");
      await store().curate({ action: "REJECT_EVENT", eventId: s.ids.talks, reason: "no such meeting" }, "bob");
      await store().curate({ action: "UPDATE_EVENT", eventId: s.ids.call, changes: { status: "UNKNOWN" }, reason: "unconfirmed" }, "alice");
      await store().curate({ action: "RESTORE_EVENT", eventId: s.ids.talks }, "bob");

      const first = await store().curations({ first: 3 });
      expect(first).toMatchObject({ totalCount: 4, hasNextPage: true });
      const second = await store().curations({ first: 3, after: first.endCursor! });
      expect(second).toMatchObject({ totalCount: 4, hasNextPage: false });
      const log = [...first.items, ...second.items];
      expect(log.map((c) => [c.seq, c.action, c.targetId, c.by, c.reason])).toEqual([
        [1, "MERGE_ENTITIES", s.ids.irena, "alice", "misspelt"],
        [2, "REJECT_EVENT", s.ids.talks, "bob", "no such meeting"],
        [3, "UPDATE_EVENT", s.ids.call, "alice", "unconfirmed"],
        [4, "RESTORE_EVENT", s.ids.talks, "bob", null],
      ]);
      expect(log[0]!.before).toMatchObject({ kept: { id: s.ids.irena, name: s.names.irena }, dropped: [{ id: s.ids.irina, name: s.names.irina }] });
      expect(log[0]!.after).toMatchObject({ id: s.ids.irena, aliases: expect.arrayContaining([s.names.irina]) });
      expect(log[2]!.before).toMatchObject({ status: "OCCURRED" });
      expect(log[2]!.after).toMatchObject({ status: "UNKNOWN" });
      expect(log[3]!.after).toMatchObject({ id: s.ids.talks, participants: expect.arrayContaining([expect.objectContaining({ entityId: s.ids.irena })]) });
      expect(await store().curations({ first: 0 })).toMatchObject({ items: [], totalCount: 4 });
    });

    it("refuses bad curations with typed errors and writes nothing", async () => {
      const s = curationStory();
      await ingest(store(), s.first, s.second);
      const before = await store().stats();
      const refused = async (command: Parameters<GraphStore["curate"]>[0], error: typeof BadInputError | typeof NotFoundError, details?: Record<string, unknown>) => {
        const failure = await store().curate(command, "tester").then(() => null, (e: unknown) => e);
        expect(failure).toBeInstanceOf(error);
        if (details) expect((failure as BadInputError).details).toMatchObject(details);
      };
      await refused({ action: "MERGE_ENTITIES", keepId: s.ids.irena, dropIds: ["person:nobody-at-all"], reason: "x" }, NotFoundError, { id: "person:nobody-at-all" });
      await refused({ action: "MERGE_ENTITIES", keepId: s.ids.irena, dropIds: [s.ids.irena], reason: "x" }, BadInputError);
      await refused({ action: "MERGE_ENTITIES", keepId: s.ids.irena, dropIds: [s.ids.irina, countryId("NOR")], reason: "x" }, BadInputError, { id: countryId("NOR") });
      await refused({ action: "MERGE_ENTITIES", keepId: s.ids.irena, dropIds: [s.ids.irina], reason: "  " }, BadInputError, { field: "reason" });
      await refused({ action: "MERGE_ENTITIES", keepId: s.ids.irena, dropIds: [s.ids.call], reason: "x" }, BadInputError);
      await refused({ action: "RENAME_ENTITY", entityId: "person:nobody-at-all", name: "Someone", reason: "x" }, NotFoundError);
      await refused({ action: "RENAME_ENTITY", entityId: s.ids.irena, name: " ", reason: "x" }, BadInputError, { field: "name" });
      await refused({ action: "REJECT_EVENT", eventId: "event:0000000000000000", reason: "x" }, NotFoundError);
      await refused({ action: "RESTORE_EVENT", eventId: s.ids.call }, BadInputError);
      await refused({ action: "UPDATE_EVENT", eventId: s.ids.call, changes: {}, reason: "x" }, BadInputError);
      await refused({ action: "UPDATE_EVENT", eventId: s.ids.call, changes: { placeId: "place:NOR:nowhere" }, reason: "x" }, NotFoundError);
      expect(await store().stats()).toEqual(before);
      expect((await store().curations({ first: 10 })).totalCount).toBe(0);
      expect((await store().entitiesByIds([s.ids.irina]))[0]).toMatchObject({ id: s.ids.irina });

      // A merged id is gone, and the error says where it went.
      await store().curate({ action: "MERGE_ENTITIES", keepId: s.ids.irena, dropIds: [s.ids.irina], reason: "misspelt" }, "tester");
      await refused({ action: "RENAME_ENTITY", entityId: s.ids.irina, name: "Someone", reason: "x" }, NotFoundError, { mergedInto: s.ids.irena });
    });
  });
}

async function ingest(store: GraphStore, ...graphs: ArticleGraph[]): Promise<void> {
  for (const graph of graphs) expect((await store.ingestArticle(graph)).status).toBe("ADDED");
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

function sortedPair(a: string, b: string, weight: number) {
  return a < b ? { source: a, target: b, weight } : { source: b, target: a, weight };
}
