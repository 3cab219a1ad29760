import { type AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebPagesRouter } from "../../src/server/plugins/web-pages.js";
import { startParley, type RunningParley } from "../../src/server/start-parley.js";
import { postGraphql } from "../helpers/http-client.js";
import { testConfig } from "../helpers/start-config.js";
import { makeTempDir } from "../helpers/test-server.js";

const html = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

/** Same-origin paths a page loads (script src, stylesheet href); absolute URLs are returned as they are. */
function loadedPaths(page: string): string[] {
  return [...page.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!).filter((path) => !path.startsWith("data:"));
}

describe("the real server serves the built web pages (no browser needed)", () => {
  let running: RunningParley;
  let base: string;
  let removeDir: () => Promise<void>;

  beforeAll(async () => {
    const temp = await makeTempDir("parley-web-pages-");
    removeDir = temp.remove;
    running = await startParley(testConfig(temp.dir));
    base = running.address.url.replace(/\/graphql$/, "");
  });
  afterAll(async () => {
    await running?.server.close();
    await removeDir?.();
  });

  it.each([
    ["/", "Parley GraphQL"],
    ["/graphql", "Parley GraphQL"],
    ["/timeline", "Parley timeline"],
    ["/graph", "Parley graph"],
  ])("GET %s from a browser answers the page, whose scripts and styles come from the server itself", async (path, title) => {
    const response = await fetch(`${base}${path}`, { headers: html });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain(`<title>${title}</title>`);
    const paths = loadedPaths(page);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const asset of paths) {
      expect(asset, "a page may load only same-origin paths").toMatch(/^\/assets\/[\w./-]+$/);
      const loaded = await fetch(`${base}${asset}`);
      expect(loaded.status, asset).toBe(200);
      expect(loaded.headers.get("content-type")).toMatch(asset.endsWith(".js") ? /javascript/ : /text\/css/);
    }
  });

  it("lists the example operations in the playground page itself", async () => {
    const page = await (await fetch(`${base}/`, { headers: html })).text();
    expect(page).toContain("contacts(between: [\\\"person:donald-trump\\\", \\\"person:vladimir-putin\\\"])");
    expect(page).toContain("timeline(filter: { countries: [$country] }, groupBy: TYPE)");
    expect(page).toContain("contactCounts(a: $a, b: $b, interval: YEAR)");
    expect(page).toContain("ingestArticle(input: $input)");
  });

  it("leaves GraphQL requests to Apollo: POST, and GET operations with the preflight header", async () => {
    const posted = await postGraphql(running.address.url, "{ stats { articles } }");
    expect(posted.status).toBe(200);
    expect(posted.body.data).toEqual({ stats: { articles: 0 } });
    const got = await fetch(`${running.address.url}?query=${encodeURIComponent("{ stats { articles } }")}`, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(got.headers.get("content-type")).toMatch(/application\/json/);
    expect(await got.json()).toEqual({ data: { stats: { articles: 0 } } });
  });

  it("answers 404 for an asset that does not exist", async () => {
    expect((await fetch(`${base}/assets/nope.js`)).status).toBe(404);
  });
});

describe("createWebPagesRouter on its own", () => {
  let server: Server;
  let base: string;
  let missingBase: string;
  let missingServer: Server;

  const listen = async (app: express.Express): Promise<[Server, string]> => {
    const httpServer = createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    return [httpServer, `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`];
  };

  beforeAll(async () => {
    const withoutPlayground = express();
    withoutPlayground.use(createWebPagesRouter({ playgroundEnabled: false }));
    [server, base] = await listen(withoutPlayground);
    const unbuilt = express();
    unbuilt.use(createWebPagesRouter({ assetsDir: "/nonexistent/parley-web", playgroundEnabled: true }));
    [missingServer, missingBase] = await listen(unbuilt);
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await new Promise((resolve) => missingServer?.close(resolve));
  });

  it("serves no playground when it is turned off, but still the timeline and graph", async () => {
    expect((await fetch(`${base}/`, { headers: html })).status).toBe(404);
    expect((await fetch(`${base}/graphql`, { headers: html })).status).toBe(404);
    expect((await fetch(`${base}/timeline`, { headers: html })).status).toBe(200);
    expect((await fetch(`${base}/graph`, { headers: html })).status).toBe(200);
  });

  it("says how to build the pages when they were not built", async () => {
    const response = await fetch(`${missingBase}/timeline`, { headers: html });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("npm run build:web");
  });
});
