import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Page } from "playwright-core";
import { postGraphql } from "../helpers/http-client.js";
import { browserSkipReason, startWebFixture, type WebFixture } from "./browser-harness.js";

const skip = browserSkipReason();
if (skip) console.warn(skip);

/** Visible text of an element, with Monaco's non-breaking spaces made plain. */
async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().innerText()).replace(/\u00a0/g, " ");
}

describe.skipIf(skip !== null)("the GraphiQL playground in a real browser", () => {
  let fixture: WebFixture;
  let page: Page;

  beforeAll(async () => {
    fixture = await startWebFixture();
    page = await fixture.newPage();
    await page.goto(`${fixture.origin}/`);
    await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it("opens with the example operations as tabs", async () => {
    await expect(page.title()).resolves.toBe("Parley GraphQL");
    const tabs = await page.locator(".graphiql-tab").allInnerTexts();
    expect(tabs.map((tab) => tab.trim())).toEqual(["ContactsBetweenLeaders", "CountryTimeline", "EventWithEvidence", "DyadCounts", "IngestArticle", "LiveEvents", "Stats"]);
  });

  it("runs the contacts example and shows the seeded leaders in the response", async () => {
    await page.locator(".graphiql-tab", { hasText: "ContactsBetweenLeaders" }).click();
    const response = page.waitForResponse((r) => r.url() === `${fixture.origin}/graphql` && (r.request().postData() ?? "").includes("ContactsBetweenLeaders"));
    await page.getByRole("button", { name: /^Execute query/ }).click();
    const body = (await (await response).json()) as { data?: { contacts: { participants: { entity: { name: string } }[] }[] } };
    expect(body.data?.contacts.length).toBeGreaterThan(0);
    expect(body.data!.contacts.flatMap((event) => event.participants.map((p) => p.entity.name))).toContain("Vladimir Putin");
    // The answer is drawn in the response editor, not only received.
    await expect.poll(() => textOf(page, ".graphiql-response"), { timeout: 15_000 }).toContain("Vladimir Putin");
    await fixture.screenshot(page, "playground-contacts");
  });

  it("lets the schema documentation be browsed (introspection from the page's own server)", async () => {
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const explorer = page.locator(".graphiql-doc-explorer");
    await explorer.getByText("Query", { exact: true }).first().click();
    await expect.poll(() => explorer.innerText(), { timeout: 15_000 }).toMatch(/contacts[\s\S]*Contacts: events in which at least two/);
    await fixture.screenshot(page, "playground-docs");
    await page.getByRole("button", { name: "Hide Documentation Explorer" }).click();
  });

  it("loads an example from the Examples menu into the editor", async () => {
    await page.getByRole("button", { name: "Examples" }).click();
    await page.getByRole("menuitem", { name: "Dyad counts per year" }).click();
    await expect.poll(() => textOf(page, ".graphiql-query-editor")).toContain("query DyadCounts($a: ID!, $b: ID!)");
    await expect.poll(() => textOf(page, ".graphiql-editor-tool")).toContain("country:RUS");
  });

  it("streams the live feed: a subscription run in the page shows an event ingested meanwhile", async () => {
    await page.locator(".graphiql-tab", { hasText: "LiveEvents" }).click();
    await expect.poll(() => textOf(page, ".graphiql-query-editor")).toContain("subscription LiveEvents");
    await page.getByRole("button", { name: /^Execute query/ }).click();
    // The page subscribed over its own server's WebSocket once the feed counts a listener.
    await expect.poll(() => fixture.running.server.feed.subscriberCount, { timeout: 15_000 }).toBe(1);
    const ingest = await postGraphql(`${fixture.origin}/graphql`, `mutation($input: ArticleInput!) { ingestArticle(input: $input) { status } }`, {
      input: { title: "A call about a power line", publishedAt: "2031-06-02", text: "Emmanuel Macron phoned Pedro Sanchez on Friday to talk about a new power line across the Pyrenees." },
    });
    expect(ingest.body.data).toEqual({ ingestArticle: { status: "ADDED" } });
    // The editor wraps long lines: check short values.
    await expect.poll(() => textOf(page, ".graphiql-response"), { timeout: 15_000 }).toContain('"title": "A call about a power line"');
    const response = await textOf(page, ".graphiql-response");
    expect(response).toContain('"type": "CALL"');
    expect(response).toContain('"name": "Pedro Sánchez"');
    await fixture.screenshot(page, "playground-live-feed");
    // Stopping the operation in the page ends the subscription on the server.
    await page.getByRole("button", { name: /^Stop/ }).click();
    await expect.poll(() => fixture.running.server.feed.subscriberCount, { timeout: 15_000 }).toBe(0);
  });

  it("serves the same page to a browser at GET /graphql", async () => {
    const other = await fixture.newPage();
    await other.goto(`${fixture.origin}/graphql`);
    await other.locator(".graphiql-container").waitFor({ timeout: 30_000 });
    await expect(other.title()).resolves.toBe("Parley GraphQL");
    await other.close();
  });

  it("never asks another host for anything", () => {
    expect(fixture.requests.length).toBeGreaterThan(3);
    expect(fixture.requests.some((url) => url.endsWith("/assets/workers/graphql.worker.js"))).toBe(true);
    expect(fixture.foreignRequests()).toEqual([]);
  });
});
