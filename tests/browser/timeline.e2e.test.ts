import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Page } from "playwright-core";
import { postGraphql } from "../helpers/http-client.js";
import { browserSkipReason, startWebFixture, type WebFixture } from "./browser-harness.js";
import { drawnClusters, drawnItems, reveal } from "./timeline-dom.js";


const skip = browserSkipReason();
if (skip) console.warn(skip);

interface ApiItem {
  id: string;
  eventId: string;
  type: "point" | "range";
  className: string;
  group: string;
}

const TIMELINE = `query($filter: EventFilter, $groupBy: TimelineGroupBy!) {
  timeline(filter: $filter, groupBy: $groupBy) { groups { id } items { id eventId type className group } }
}`;

describe.skipIf(skip !== null)("the timeline page in a real browser", () => {
  let fixture: WebFixture;
  let page: Page;
  const pageErrors: string[] = [];

  async function apiTimeline(filter: Record<string, unknown>, groupBy: string): Promise<{ items: ApiItem[]; groups: { id: string }[] }> {
    const result = await postGraphql<{ timeline: { items: ApiItem[]; groups: { id: string }[] } }>(`${fixture.origin}/graphql`, TIMELINE, { filter, groupBy });
    expect(result.body.errors).toBeUndefined();
    return result.body.data!.timeline;
  }

  /** Clicks a button of the filter form and waits until the page has drawn the answer. */
  async function show(button = "#apply"): Promise<void> {
    const loads = Number(await page.evaluate("document.body.dataset.loads ?? '0'"));
    await page.locator(button).click();
    await page.waitForFunction(`Number(document.body.dataset.loads ?? "0") > ${loads}`, undefined, { timeout: 15_000 });
  }

  beforeAll(async () => {
    fixture = await startWebFixture();
    page = await fixture.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${fixture.origin}/timeline`);
    await page.waitForFunction(`document.body.dataset.loads === "1"`, undefined, { timeout: 30_000 });
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it("draws every dated event of the graph on first load, as an item or counted in a cluster", async () => {
    const api = await apiTimeline({}, "TYPE");
    expect(api.items.length).toBeGreaterThan(5);
    const drawn = await drawnItems(page);
    const apiIds = new Set(api.items.map((item) => item.id));
    expect(drawn.every((item) => apiIds.has(item.id))).toBe(true);
    const clustered = (await drawnClusters(page)).reduce((a, b) => a + b, 0);
    expect(drawn.length + clustered).toBe(api.items.length);
    expect(await page.locator(".vis-labelset .vis-label").count()).toBe(api.groups.length);
  });

  it("filters by person, in rows per person, drawing exactly what the timeline query returns", async () => {
    await page.locator("#filter-person").fill("Vladimir Putin");
    await page.locator("#group-by").selectOption("PERSON");
    await show();
    const api = await apiTimeline({ participants: ["person:vladimir-putin"] }, "PERSON");
    expect(api.items.length).toBeGreaterThan(2);
    const drawn = await drawnItems(page);
    expect(drawn.map((item) => item.id).sort()).toEqual(api.items.map((item) => item.id).sort());
    // Status and type classes from the API style each item; month/year dates are drawn as ranges.
    for (const item of api.items) {
      const element = drawn.find((candidate) => candidate.id === item.id)!;
      expect(element.classes, item.id).toEqual(expect.arrayContaining([...item.className.split(" "), item.type === "range" ? "vis-range" : "vis-point"]));
    }
    expect(api.items.some((item) => item.type === "range")).toBe(true);
    await fixture.screenshot(page, "timeline-putin");
  });

  it("filters by event type and date range", async () => {
    await page.locator("#filter-type").selectOption("CALL");
    await page.locator("#filter-from").fill("2025-02");
    await page.locator("#filter-to").fill("2025-03");
    await show();
    const api = await apiTimeline({ participants: ["person:vladimir-putin"], types: ["CALL"], from: "2025-02", to: "2025-03" }, "PERSON");
    expect(api.items.length).toBeGreaterThan(0);
    const drawn = await drawnItems(page);
    expect(drawn.map((item) => item.id).sort()).toEqual(api.items.map((item) => item.id).sort());
    expect(drawn.every((item) => item.classes.includes("call"))).toBe(true);
  });

  it("shows an item's participants, status and evidence with links to its articles when clicked", async () => {
    const first = page.locator(".vis-foreground .vis-item[data-id]").first();
    const itemId = await first.getAttribute("data-id");
    await first.click();
    const details = page.locator("#details");
    await expect.poll(() => details.getAttribute("data-event-id"), { timeout: 15_000 }).toBe(itemId!.split("@")[0]);
    const text = await details.innerText();
    expect(text).toMatch(/CALL · (OCCURRED|PLANNED|ONGOING|CANCELLED|UNKNOWN)/);
    expect(text).toContain("Participants");
    expect(text).toContain("Vladimir Putin");
    expect(await details.locator("blockquote").count()).toBeGreaterThan(0);
    expect(await details.locator("a[href^='https://']").count()).toBeGreaterThan(0);
    await fixture.screenshot(page, "timeline-details");
  });

  it("styles planned events apart from past ones", async () => {
    await show("#reset-filters");
    const api = await apiTimeline({}, "TYPE");
    const planned = api.items.filter((item) => item.className.split(" ").includes("planned"));
    const past = api.items.filter((item) => item.className.split(" ").includes("occurred"));
    expect(past.length).toBeGreaterThan(0);
    const styleOf = (id: string) =>
      page.locator(`.vis-foreground .vis-item[data-id="${id}"]`).evaluate((element) => (globalThis as any).getComputedStyle(element).borderStyle as string);
    // Past items are never dashed; a past range (a month or a year) keeps vis-timeline's solid border (a point
    // draws only its dot).
    // Each is zoomed in on first: at the whole graph's zoom, close items are drawn as a cluster.
    for (const item of past.slice(0, 5)) {
      await reveal(page, item.id);
      expect(await styleOf(item.id)).not.toBe("dashed");
    }
    const range = past.find((item) => item.type === "range");
    if (range) {
      await reveal(page, range.id);
      expect(await styleOf(range.id)).toBe("solid");
    }
    // The seeds hold planned events only when the extractor dates them; check them when present.
    for (const item of planned) {
      await reveal(page, item.id);
      expect(await styleOf(item.id)).toBe("dashed");
    }
  });

  it("says how many undated events the filters select, and lists them in the side panel with their details one click away", async () => {
    // After the reset above: every event. The timeline cannot draw undated ones; the page counts them.
    const { timeline } = await postGraphql<{ timeline: { undatedCount: number } }>(`${fixture.origin}/graphql`, `{ timeline { undatedCount } }`).then((r) => r.body.data!);
    const undated = await postGraphql<{ events: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `${fixture.origin}/graphql`,
      `{ events(filter: { dated: false }, first: 100) { totalCount edges { node { id } } } }`,
    ).then((r) => r.body.data!.events);
    expect(timeline.undatedCount).toBeGreaterThan(0);
    expect(undated.totalCount).toBe(timeline.undatedCount);
    const box = page.locator("#undated");
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.getAttribute("data-count")).toBe(String(timeline.undatedCount));
    expect(await box.innerText()).toContain(`${timeline.undatedCount} undated events match these filters`);

    await page.locator("#list-undated").click();
    const details = page.locator("#details");
    await expect.poll(() => details.getAttribute("data-list"), { timeout: 15_000 }).toBe("undated");
    expect(await details.locator("h2").innerText()).toBe(`Undated events (${undated.totalCount})`);
    const listed = await details.locator(".undated-list button[data-event-id]").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-event-id")));
    expect(listed).toEqual(undated.edges.map((edge) => edge.node.id));
    await fixture.screenshot(page, "timeline-undated");

    await details.locator(".undated-list button[data-event-id]").first().click();
    await expect.poll(() => details.getAttribute("data-event-id"), { timeout: 15_000 }).toBe(listed[0]);
    expect(await details.innerText()).toContain("undated");
  });

  it("counts the undated events of a person, with dates set aside, and hides the line when there are none", async () => {
    await page.locator("#filter-person").fill("Vladimir Putin");
    await page.locator("#filter-from").fill("2025-02");
    await show();
    const api = await postGraphql<{ timeline: { undatedCount: number } }>(
      `${fixture.origin}/graphql`,
      `{ timeline(filter: { participants: ["person:vladimir-putin"], from: "2025-02" }) { undatedCount } }`,
    ).then((r) => r.body.data!.timeline);
    const box = page.locator("#undated");
    expect(await box.getAttribute("data-count")).toBe(String(api.undatedCount));
    if (api.undatedCount > 0) expect(await box.innerText()).toMatch(/undated events? match(es)? these filters \(dates set aside\)/);
    await page.locator("#filter-person").fill("");
    await page.locator("#filter-from").fill("");
    await page.locator("#filter-type").selectOption("ANNEXATION");
    await show();
    const annexations = await postGraphql<{ timeline: { undatedCount: number } }>(`${fixture.origin}/graphql`, `{ timeline(filter: { types: [ANNEXATION] }) { undatedCount } }`).then((r) => r.body.data!.timeline);
    expect(await box.getAttribute("data-count")).toBe(String(annexations.undatedCount));
    expect(await box.isVisible()).toBe(annexations.undatedCount > 0);
  });

  it("the country menu filters by the country rule, drawing what timeline(filter: {countries}) returns", async () => {
    await page.locator("#filter-person").fill("");
    await page.locator("#filter-type").selectOption("");
    await page.locator("#filter-from").fill("");
    await page.locator("#filter-to").fill("");
    await page.locator("#filter-country").fill("");
    await page.locator("#filter-country").pressSequentially("Russ", { delay: 20 });
    const option = page.locator("#country-options [role=option]").first();
    await expect.poll(() => option.getAttribute("data-id"), { timeout: 10_000 }).toBe("country:RUS");
    await option.click();
    await page.locator("#group-by").selectOption("TYPE");
    await show();
    const api = await apiTimeline({ countries: ["country:RUS"] }, "TYPE");
    // More than Russia's own participations: its president's contacts count for it.
    const direct = await apiTimeline({ participants: ["country:RUS"] }, "TYPE");
    expect(api.items.length).toBeGreaterThan(direct.items.length);
    const drawn = await drawnItems(page);
    expect(drawn.map((item) => item.id).sort()).toEqual(api.items.map((item) => item.id).sort());
  });

  it("raises no script errors", () => {
    expect(pageErrors).toEqual([]);
  });

  it("never asks another host for anything", () => {
    expect(fixture.requests.some((url) => url.endsWith("/graphql"))).toBe(true);
    expect(fixture.foreignRequests()).toEqual([]);
  });
});
