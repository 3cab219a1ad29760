import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Download, type Page } from "playwright-core";
import { postGraphql } from "../helpers/http-client.js";
import { browserSkipReason, startWebFixture, type WebFixture } from "./browser-harness.js";
import { syntheticDiplomacy } from "./synthetic-diplomacy.js";
import { drawnClusters, drawnItems } from "./timeline-dom.js";

const skip = browserSkipReason();
if (skip) console.warn(skip);

// 600 dated contacts in one made-up year, 40 undated; Quillfeather takes part in about half.
const DATED = 600;
const UNDATED = 40;
const QUILLFEATHER = "person:maren-quillfeather";
const HOLLOWAY = "person:maren-holloway";
const TYPE_WORDS = /^(call|meeting|visit|summit|negotiation|agreement|statement|other)\b/i;

describe.skipIf(skip !== null)("the pages at 600 events, in a real browser", () => {
  let fixture: WebFixture;
  const pageErrors: string[] = [];

  async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await postGraphql<T>(`${fixture.origin}/graphql`, query, variables);
    expect(result.body.errors).toBeUndefined();
    return result.body.data!;
  }
  const timelineItems = (filter: Record<string, unknown>, groupBy = "TYPE") =>
    api<{ timeline: { items: { id: string; content: string; group: string }[] } }>(
      `query($filter: EventFilter, $groupBy: TimelineGroupBy!) { timeline(filter: $filter, groupBy: $groupBy) { items { id content group } } }`,
      { filter, groupBy },
    ).then((data) => data.timeline.items);
  const eventCount = (filter: Record<string, unknown>) =>
    api<{ events: { totalCount: number } }>(`query($filter: EventFilter) { events(filter: $filter) { totalCount } }`, { filter }).then((data) => data.events.totalCount);

  async function openPage(path: string): Promise<Page> {
    const page = await fixture.newPage();
    page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.goto(`${fixture.origin}${path}`);
    return page;
  }

  beforeAll(async () => {
    fixture = await startWebFixture({ graphs: syntheticDiplomacy({ dated: DATED, undated: UNDATED }) });
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  describe("/timeline", () => {
    let page: Page;

    /** Clicks a button of the filter form and waits until the page has drawn the answer. */
    async function show(button = "#apply"): Promise<void> {
      const loads = Number(await page.evaluate("document.body.dataset.loads ?? '0'"));
      await page.locator(button).click();
      await page.waitForFunction(`Number(document.body.dataset.loads ?? "0") > ${loads}`, undefined, { timeout: 15_000 });
    }

    beforeAll(async () => {
      page = await openPage("/timeline");
      await page.waitForFunction(`document.body.dataset.loads === "1"`, undefined, { timeout: 30_000 });
    });

    it("draws 600 dated events as far fewer items: busy stretches become clusters whose counts hold the rest", async () => {
      expect(await timelineItems({})).toHaveLength(DATED);
      const drawn = await drawnItems(page);
      const clusters = await drawnClusters(page);
      expect(clusters.length).toBeGreaterThan(10);
      expect(drawn.length + clusters.length).toBeLessThan(DATED / 3);
      // The timeline keeps to the window instead of growing into one long column (rows scroll inside it).
      const height = await page.locator("#timeline").evaluate((element) => element.getBoundingClientRect().height);
      expect(height).toBeLessThan(900);
      await fixture.screenshot(page, "timeline-600");
      // Nothing is lost: every event is an item or counted in a cluster. Rows scrolled out of sight are not
      // drawn, so a window tall enough for every row counts them all.
      await page.setViewportSize({ width: 1400, height: 2600 });
      try {
        await expect
          .poll(async () => (await drawnItems(page)).length + (await drawnClusters(page)).reduce((a, b) => a + b, 0), { timeout: 10_000 })
          .toBe(DATED);
      } finally {
        await page.setViewportSize({ width: 1400, height: 900 });
      }
    });

    it("labels an item with who took part, never with the type again", async () => {
      const drawn = await drawnItems(page);
      expect(drawn.length).toBeGreaterThan(0);
      for (const item of drawn) {
        expect(item.text, item.id).not.toMatch(TYPE_WORDS);
        expect(item.text, item.id).not.toContain(":");
      }
      const all = await timelineItems({});
      expect(all.filter((item) => TYPE_WORDS.test(item.content))).toEqual([]);
    });

    it("opens the clusters when zoomed in", async () => {
      const before = (await drawnClusters(page)).length;
      await page.evaluate(() => (globalThis as any).parleyTimeline.setWindow("2024-03-01", "2024-03-08", { animation: false }));
      await expect.poll(async () => (await drawnItems(page)).length).toBeGreaterThan(3);
      // vis-timeline redraws the clusters after the items; on a busy machine that can be a frame later.
      await expect.poll(async () => (await drawnClusters(page)).length).toBeLessThan(before);
    });

    it("suggests a person as a surname is typed, and filters by the one picked", async () => {
      // Two people share the first name Maren: the surname alone must find the right one.
      await page.locator("#filter-person").pressSequentially("Hollow", { delay: 20 });
      const option = page.locator("#person-options [role=option]").first();
      await expect.poll(() => option.getAttribute("data-id"), { timeout: 10_000 }).toBe(HOLLOWAY);
      expect(await option.innerText()).toBe("Maren Holloway");
      await option.click();
      expect(await page.locator("#filter-person").inputValue()).toBe("Maren Holloway");
      await show();
      const expected = await timelineItems({ participants: [HOLLOWAY] });
      expect(expected.length).toBeGreaterThan(0);
      expect(await page.evaluate("document.body.dataset.itemCount")).toBe(String(expected.length));
    });

    it("finds the person for a surname typed and shown without picking, and leaves that person out of the labels in their own row", async () => {
      await page.locator("#filter-person").fill("Quillfeather");
      await page.locator("#group-by").selectOption("PERSON");
      await show();
      expect(await page.locator("#filter-person").inputValue()).toBe("Maren Quillfeather");
      const expected = await timelineItems({ participants: [QUILLFEATHER] }, "PERSON");
      expect(await page.evaluate("document.body.dataset.itemCount")).toBe(String(expected.length));
      const inOwnRow = expected.filter((item) => item.group === QUILLFEATHER);
      expect(inOwnRow.length).toBeGreaterThan(100);
      expect(inOwnRow.some((item) => item.content.includes("Maren Quillfeather"))).toBe(false);
      // With rows by person, the type is told by colour: the legend names the colours.
      expect(await page.locator("#type-legend").isVisible()).toBe(true);
    });

    it("suggests a country as its name is typed, and filters by the one country rule (its office holders' events)", async () => {
      await page.locator("#filter-person").fill("");
      await page.locator("#group-by").selectOption("TYPE");
      await page.locator("#filter-country").pressSequentially("Norw", { delay: 20 });
      const option = page.locator("#country-options [role=option]").first();
      await expect.poll(() => option.getAttribute("data-id"), { timeout: 10_000 }).toBe("country:NOR");
      await option.click();
      await show();
      const expected = await timelineItems({ countries: ["country:NOR"] });
      // No country takes part directly in these events: only through the people who hold its offices.
      expect(await timelineItems({ participants: ["country:NOR"] })).toHaveLength(0);
      expect(expected.length).toBeGreaterThan(100);
      expect(await page.evaluate("document.body.dataset.itemCount")).toBe(String(expected.length));
    });

    it("says how many undated events the filters select", async () => {
      await show("#reset-filters");
      const box = page.locator("#undated");
      expect(await box.getAttribute("data-count")).toBe(String(UNDATED));
      expect(await box.isVisible()).toBe(true);
      expect(await box.innerText()).toContain(`${UNDATED} undated events match these filters`);
    });
  });

  describe("/graph", () => {
    let page: Page;
    const inView = async () => ({
      nodes: Number(await page.evaluate("document.body.dataset.nodeCount")),
      edges: Number(await page.evaluate("document.body.dataset.edgeCount")),
    });
    /** The edges in view: the other end (each touches Quillfeather while only she is expanded) and the weight drawn. */
    const edgesInView = () =>
      page.evaluate(() => {
        const cy = (globalThis as any).parleyGraph as import("cytoscape").Core;
        return cy
          .edges()
          .not(".out-of-view")
          .map((edge) => ({ source: edge.data("source") as string, target: edge.data("target") as string, weight: Number(edge.data("weight")) }));
      });
    async function applyView(from: string, to: string, type: string): Promise<void> {
      await page.locator("#view-from").fill(from);
      await page.locator("#view-to").fill(to);
      await page.locator("#view-type").selectOption(type);
      await page.locator("#apply-view").click();
    }
    async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
      const [file] = await Promise.all([page.waitForEvent("download", { timeout: 15_000 }), page.locator(button).click()]);
      return { name: (file as Download).suggestedFilename(), bytes: await readFile((await file.path())!) };
    }
    /** Where a node is on the screen. */
    const screenPoint = (id: string) =>
      page.evaluate((nodeId) => {
        const cy = (globalThis as any).parleyGraph;
        const position = cy.getElementById(nodeId).renderedPosition();
        const box = cy.container().getBoundingClientRect();
        return { x: box.left + position.x, y: box.top + position.y };
      }, id);

    beforeAll(async () => {
      page = await openPage("/graph");
      await page.locator("#view-type option[value=CALL]").waitFor({ state: "attached", timeout: 15_000 });
      await page.locator("#search-input").fill("Quillfeather");
      await page.locator("#search-button").click();
      const hit = page.locator(`#search-results button[data-id="${QUILLFEATHER}"]`);
      await hit.waitFor({ timeout: 15_000 });
      await hit.click();
      await page.waitForFunction((id) => (globalThis as any).parleyGraph?.getElementById(id).hasClass("expanded"), QUILLFEATHER, { timeout: 30_000 });
    });

    it("narrows the view to a date range: fewer nodes and edges, each edge weighing the events it keeps", async () => {
      const all = await inView();
      expect(all.nodes).toBeGreaterThan(10);
      await applyView("2024-03-10", "2024-03-31", "");
      const ranged = await inView();
      expect(ranged.edges).toBeLessThan(all.edges);
      expect(ranged.nodes).toBeLessThan(all.nodes);
      expect(ranged.edges).toBeGreaterThan(0);
      for (const edge of (await edgesInView()).slice(0, 4)) {
        expect(edge.weight).toBe(await eventCount({ participants: [edge.source, edge.target], from: "2024-03-10", to: "2024-03-31" }));
      }
      expect(await page.locator("#view-summary").innerText()).toContain(`In view: ${ranged.nodes} nodes`);
      await fixture.screenshot(page, "graph-date-filter");
    });

    it("narrows it further to one event type", async () => {
      const ranged = await inView();
      await applyView("2024-03-10", "2024-03-31", "CALL");
      const calls = await inView();
      expect(calls.edges).toBeLessThan(ranged.edges);
      for (const edge of await edgesInView()) {
        expect(edge.weight).toBe(await eventCount({ participants: [edge.source, edge.target], types: ["CALL"], from: "2024-03-10", to: "2024-03-31" }));
      }
      // Back to every event of the year: the whole neighbourhood again.
      await applyView("", "", "");
      expect((await inView()).nodes).toBeGreaterThan(ranged.nodes);
    });

    it("hides a node on right-click, and with its Hide button; Show hidden brings them back", async () => {
      const before = await inView();
      const [first, second] = (await edgesInView()).map((edge) => (edge.source === QUILLFEATHER ? edge.target : edge.source));
      const point = await screenPoint(first!);
      await page.mouse.click(point.x, point.y, { button: "right" });
      await expect.poll(inView).toEqual({ nodes: before.nodes - 1, edges: before.edges - 1 });
      expect(await page.evaluate((id) => (globalThis as any).parleyGraph.getElementById(id).hasClass("out-of-view"), first)).toBe(true);

      // A click selects (and expands) the second; its Hide button takes it and the contacts only it brought out of view.
      const secondPoint = await screenPoint(second!);
      await page.mouse.click(secondPoint.x, secondPoint.y);
      await page.waitForFunction((id) => (globalThis as any).parleyGraph.getElementById(id).hasClass("expanded"), second, { timeout: 15_000 });
      await page.locator(`#hide-node[data-id="${second}"]`).click();
      expect(await page.evaluate("document.body.dataset.hiddenCount")).toBe("2");
      expect(await page.evaluate((id) => (globalThis as any).parleyGraph.getElementById(id).hasClass("out-of-view"), second)).toBe(true);

      await page.locator("#show-hidden").click();
      expect(await page.evaluate("document.body.dataset.hiddenCount")).toBe("0");
      expect((await inView()).nodes).toBeGreaterThanOrEqual(before.nodes);
      // Hide the first again, for the exports below, once the graph has stopped moving (showing nodes again may
      // animate them back into place; on a busy machine a click too early lands where the node was).
      await page.waitForFunction(() => !(globalThis as any).parleyGraph.elements().some((el: { animated(): boolean }) => el.animated()), undefined, { timeout: 15_000 });
      const again = await screenPoint(first!);
      await page.mouse.click(again.x, again.y, { button: "right" });
      await expect.poll(() => page.evaluate("document.body.dataset.hiddenCount")).toBe("1");
    });

    it("exports the view as a PNG image", async () => {
      const png = await download("#export-png");
      expect(png.name).toBe("parley-graph.png");
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // IHDR: width and height of the drawing.
      expect(png.bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
      expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(100);
      expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(100);
    });

    it("exports the view as GraphML that an XML parser reads: the nodes and edges in view, nothing hidden", async () => {
      await applyView("2024-03-10", "2024-03-31", "");
      const shown = await inView();
      const hidden = await page.evaluate(() => [...(globalThis as any).parleyGraph.nodes(".out-of-view").map((node: { id(): string }) => node.id())]);
      const file = await download("#export-graphml");
      expect(file.name).toBe("parley-graph.graphml");
      // Chromium's XML parser is strict: a malformed file gives a <parsererror> document.
      const parsed = await page.evaluate((text) => {
        // Runs in the page: the browser's DOMParser (the test compiles without DOM types).
        const doc = new (globalThis as any).DOMParser().parseFromString(text, "application/xml") as any;
        const ns = "http://graphml.graphdrawing.org/xmlns";
        return {
          error: doc.getElementsByTagName("parsererror").length > 0,
          root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
          nodes: [...doc.getElementsByTagNameNS(ns, "node")].map((node: any) => node.getAttribute("id") as string),
          edges: [...doc.getElementsByTagNameNS(ns, "edge")].map((edge: any) => ({
            source: edge.getAttribute("source") as string,
            target: edge.getAttribute("target") as string,
            weight: Number(edge.querySelector("data[key=e_weight]")?.textContent),
          })),
          view: (doc.querySelector("graph > data[key=g_view]")?.textContent ?? "") as string,
        };
      }, file.bytes.toString("utf8"));
      expect(parsed.error).toBe(false);
      expect(parsed.root).toBe("http://graphml.graphdrawing.org/xmlns graphml");
      expect(parsed.nodes).toHaveLength(shown.nodes);
      expect(parsed.edges).toHaveLength(shown.edges);
      expect(parsed.nodes).toContain(QUILLFEATHER);
      expect(hidden.length).toBeGreaterThan(0);
      for (const id of hidden) expect(parsed.nodes).not.toContain(id);
      expect(new Set(parsed.edges.map((edge) => `${edge.source}|${edge.target}`))).toEqual(new Set((await edgesInView()).map((edge) => `${edge.source}|${edge.target}`)));
      expect(parsed.edges.every((edge) => edge.weight > 0)).toBe(true);
      expect(parsed.view).toContain("from 2024-03-10");
    });
  });

  it("raises no script errors", () => {
    expect(pageErrors).toEqual([]);
  });

  it("never asks another host for anything", () => {
    expect(fixture.foreignRequests()).toEqual([]);
  });
});
