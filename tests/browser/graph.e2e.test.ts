import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Page } from "playwright-core";
import { postGraphql } from "../helpers/http-client.js";
import { browserSkipReason, startWebFixture, type WebFixture } from "./browser-harness.js";

const skip = browserSkipReason();
if (skip) console.warn(skip);

const PUTIN = "person:vladimir-putin";
const TRUMP = "person:donald-trump";

interface DrawnGraph {
  nodes: { id: string; classes: string[] }[];
  edges: { id: string; source: string; target: string; weight: number; width: number }[];
}

/** What Cytoscape holds and draws (read through the page's `parleyGraph` handle). */
function drawnGraph(page: Page): Promise<DrawnGraph> {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as { parleyGraph: import("cytoscape").Core }).parleyGraph;
    return {
      nodes: cy.nodes().map((node) => ({ id: node.id(), classes: node.classes() })),
      edges: cy.edges().map((edge) => ({
        id: edge.id(),
        source: edge.source().id(),
        target: edge.target().id(),
        weight: Number(edge.data("weight")),
        width: parseFloat(String(edge.style("width"))),
      })),
    };
  });
}

describe.skipIf(skip !== null)("the graph explorer in a real browser", () => {
  let fixture: WebFixture;
  let page: Page;
  const pageErrors: string[] = [];

  async function sharedEvents(a: string, b: string): Promise<number> {
    const result = await postGraphql<{ events: { totalCount: number } }>(`${fixture.origin}/graphql`, `query($ids: [ID!]) { events(filter: { participants: $ids }) { totalCount } }`, { ids: [a, b] });
    expect(result.body.errors).toBeUndefined();
    return result.body.data!.events.totalCount;
  }

  beforeAll(async () => {
    fixture = await startWebFixture();
    page = await fixture.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${fixture.origin}/graph`);
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it("finds Putin by search and draws his contacts, edge width by the number of shared events", async () => {
    await page.locator("#search-input").fill("Putin");
    await page.locator("#search-button").click();
    const hit = page.locator(`#search-results button[data-id="${PUTIN}"]`);
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    await page.waitForFunction((id) => (globalThis as any).parleyGraph?.getElementById(id).hasClass("expanded"), PUTIN, { timeout: 15_000 });

    const graph = await drawnGraph(page);
    expect(graph.nodes.map((node) => node.id)).toEqual(expect.arrayContaining([PUTIN, TRUMP]));
    expect(graph.nodes.length).toBeGreaterThan(3);
    // Every edge so far touches Putin, and its weight is the number of events the two share.
    expect(graph.edges.every((edge) => edge.source === PUTIN || edge.target === PUTIN)).toBe(true);
    const withTrump = graph.edges.find((edge) => [edge.source, edge.target].includes(TRUMP))!;
    expect(withTrump.weight).toBe(await sharedEvents(PUTIN, TRUMP));
    const lightest = graph.edges.reduce((a, b) => (a.weight <= b.weight ? a : b));
    expect(withTrump.weight).toBeGreaterThan(lightest.weight);
    expect(withTrump.width).toBeGreaterThan(lightest.width);
    await fixture.screenshot(page, "graph-putin");
  });

  it("expands a node when it is clicked", async () => {
    const before = await drawnGraph(page);
    const point = await page.evaluate((id) => {
      const cy = (globalThis as any).parleyGraph;
      const position = cy.getElementById(id).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, TRUMP);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((id) => (globalThis as any).parleyGraph.getElementById(id).hasClass("expanded"), TRUMP, { timeout: 15_000 });
    const after = await drawnGraph(page);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    // Trump's own contacts are now drawn, not only Putin's.
    expect(after.edges.some((edge) => [edge.source, edge.target].includes(TRUMP) && ![edge.source, edge.target].includes(PUTIN))).toBe(true);
    // Expanding does not count a shared event twice.
    const withPutin = after.edges.find((edge) => [edge.source, edge.target].includes(TRUMP) && [edge.source, edge.target].includes(PUTIN))!;
    expect(withPutin.weight).toBe(await sharedEvents(PUTIN, TRUMP));
    expect(await page.locator("#details h2").innerText()).toBe("Donald Trump");
    await fixture.screenshot(page, "graph-expanded");
  });

  it("raises no script errors", () => {
    expect(pageErrors).toEqual([]);
  });

  it("never asks another host for anything", () => {
    expect(fixture.requests.some((url) => url.endsWith("/graphql"))).toBe(true);
    expect(fixture.foreignRequests()).toEqual([]);
  });
});
