import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDiplomacyGraphs } from "../helpers/diplomacy-graphs.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";

const { graphs, ids } = buildDiplomacyGraphs();

describe("GraphQL errors carry extensions.code and name the bad field", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      graphs,
      extract: () => {
        throw new Error("secret internal detail: db password is hunter2");
      },
    });
  });
  afterAll(async () => {
    await t.dispose();
  });

  async function firstError(query: string, variables?: Record<string, unknown>) {
    const { errors } = await t.run(query, variables);
    expect(errors, `expected an error from ${query}`).toBeDefined();
    return errors![0]!;
  }

  it("rejects an id that is not a Parley id", async () => {
    const error = await firstError(`{ node(id: "donald-trump") { id } }`);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(/not a Parley id/);
    expect(error.extensions?.field).toBe("id");
  });

  it("rejects an id of the wrong kind", async () => {
    const error = await firstError(`{ event(id: "${ids.trump}") { id } }`);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(/is of kind PERSON; expected kind EVENT/);
  });

  it("person and country need exactly one of their lookup arguments", async () => {
    for (const query of [
      `{ person { id } }`,
      `{ person(id: "${ids.trump}", name: "Trump") { id } }`,
      `{ country { id } }`,
      `{ country(id: "${ids.usa}", code: "US") { id } }`,
    ]) {
      const error = await firstError(query);
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(/give exactly one of (id or name|id or code) \(got (neither|both)\)/);
    }
  });

  it("rejects an unknown country code", async () => {
    const error = await firstError(`{ country(code: "XQ") { id } }`);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.field).toBe("code");
  });

  it("caps first at 100 with a clear message", async () => {
    for (const query of [`{ events(first: 101) { totalCount } }`, `{ people(first: 0) { totalCount } }`, `{ search(query: "Trump", first: 500) { id } }`,
      `{ contacts(between: ["${ids.trump}", "${ids.usa}"], first: 101) { id } }`,
    ]) {
      const error = await firstError(query);
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toBe("first must be between 1 and 100");
      expect(error.extensions?.fields).toEqual(["first"]);
    }
  });

  it("rejects a cursor it did not issue", async () => {
    const error = await firstError(`{ events(after: "not-a-cursor") { totalCount } }`);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(/after is not a cursor/);
  });

  it("contacts needs at least two ids", async () => {
    const error = await firstError(`query($b: [ID!]!) { contacts(between: $b) { id } }`, { b: [ids.trump] });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toBe("between needs at least two ids");
  });

  it("rejects malformed date bounds in filters", async () => {
    const error = await firstError(`{ events(filter: { from: "12/02/2025" }) { totalCount } }`);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toBe("from must be YYYY, YYYY-MM or YYYY-MM-DD");
    expect(error.extensions?.fields).toEqual(["filter.from"]);
  });

  it("validates ArticleInput: publishedAt a real day, exactly one of text and html", async () => {
    const ingest = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { articleId } }`;
    const badDate = await firstError(ingest, { input: { text: "Some text.", publishedAt: "2025-02-30" } });
    expect(badDate.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badDate.message).toBe("publishedAt must be YYYY-MM-DD (a real calendar day)");
    expect(badDate.extensions?.fields).toEqual(["publishedAt"]);
    for (const input of [{ publishedAt: "2025-02-12" }, { text: "Some text.", html: "<p>Some text.</p>" }]) {
      const error = await firstError(ingest, { input });
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toBe("exactly one of text or html must be given");
    }
    const badUrl = await firstError(ingest, { input: { text: "Some text.", url: "not a url" } });
    expect(badUrl.message).toBe("url must be an http(s) URL");
  });

  it("keeps GraphQL's own codes for invalid operations", async () => {
    expect((await firstError(`{ nope }`)).extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await firstError(`{ events(orderBy: SIDEWAYS) { totalCount } }`)).extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("masks unexpected errors outside development, without a stack trace", async () => {
    const error = await firstError(`mutation { ingestArticle(input: { text: "Some text." }) { articleId } }`);
    expect(error.message).toBe("Internal server error");
    expect(error.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
    expect(JSON.stringify(error)).not.toContain("hunter2");
  });

  it("shows unexpected errors' messages in development", async () => {
    const dev = await startTestServer({
      environment: "development",
      extract: () => {
        throw new Error("extractor exploded");
      },
    });
    try {
      const { errors } = await dev.run(`mutation { ingestArticle(input: { text: "Some text." }) { articleId } }`);
      expect(errors![0]!.message).toBe("extractor exploded");
      expect(errors![0]!.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await dev.dispose();
    }
  });
});
