import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { extractArticle, type ArticleInput } from "../../src/extract/pipeline.js";
import { SeedFormatError, loadSeeds, parseSeedFile } from "../../src/server/seed-loader.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { ArticleGraphBuilder } from "../helpers/article-graph-builder.js";
import { makeTempDir } from "../helpers/test-server.js";

const GOOD = `title: Leaders talk by phone
source: Parley test desk
publishedAt: 2025-02-12
url: https://example.org/leaders-talk
---
The two leaders spoke by phone on Wednesday.
`;

/** A stand-in extractor: one sentence per article, no entities, so only the loader is under test. */
const fakeExtract = (input: { text?: string; title?: string; publishedAt?: string }) =>
  new ArticleGraphBuilder({ ...(input.title ? { title: input.title } : {}), ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}) }, [input.text ?? ""]).build();

describe("seed files", () => {
  it("parse into an ArticleInput", () => {
    expect(parseSeedFile(GOOD, "01-good.txt")).toEqual({
      title: "Leaders talk by phone",
      source: "Parley test desk",
      publishedAt: "2025-02-12",
      url: "https://example.org/leaders-talk",
      text: "The two leaders spoke by phone on Wednesday.",
    });
  });

  it.each([
    ["no separator", GOOD.replace("---\n", ""), /01-bad\.txt: no `---` line/],
    ["a bad date", GOOD.replace("2025-02-12", "12 Feb 2025"), /01-bad\.txt: publishedAt must be YYYY-MM-DD/],
    ["an unknown key", GOOD.replace("source:", "sauce:"), /01-bad\.txt:2: unknown header key "sauce"/],
    ["a line that is not key: value", GOOD.replace("source: Parley test desk", "Parley test desk"), /01-bad\.txt:2: header line is not `key: value`/],
    ["no title", GOOD.replace("title: Leaders talk by phone\n", ""), /01-bad\.txt: header has no title/],
    ["an empty body", GOOD.replace("The two leaders spoke by phone on Wednesday.\n", ""), /01-bad\.txt: the body after `---` is empty/],
  ])("with %s fail with an error naming the file", (_name, content, message) => {
    expect(() => parseSeedFile(content, "01-bad.txt")).toThrow(SeedFormatError);
    expect(() => parseSeedFile(content, "01-bad.txt")).toThrow(message);
  });
});

describe("loadSeeds", () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, remove } = await makeTempDir("parley-seeds-"));
    await mkdir(join(dir, "seeds"));
  });
  afterEach(async () => {
    await remove();
  });

  it("adds each seed once; a second run on the same database adds nothing", async () => {
    await writeFile(join(dir, "seeds", "01-a.txt"), GOOD);
    await writeFile(join(dir, "seeds", "02-b.txt"), GOOD.replace("on Wednesday", "on Thursday"));
    await writeFile(join(dir, "seeds", "README.md"), "not a seed");
    const path = join(dir, "parley.db");
    const first = await openSqliteStore({ path });
    expect(await loadSeeds({ dir: join(dir, "seeds"), store: first, extract: fakeExtract })).toEqual({ files: 2, added: 2, unchanged: 0 });
    await first.close();
    const second = await openSqliteStore({ path });
    expect(await loadSeeds({ dir: join(dir, "seeds"), store: second, extract: fakeExtract })).toEqual({ files: 2, added: 0, unchanged: 2 });
    expect((await second.stats()).articles).toBe(2);
    await second.close();
  });

  it("extracts nothing on a restart: a seed already stored is known by its id before extraction", async () => {
    await writeFile(join(dir, "seeds", "01-a.txt"), GOOD);
    await writeFile(join(dir, "seeds", "02-b.txt"), GOOD.replace("on Wednesday", "on Thursday"));
    const extracted: string[] = [];
    const extract = (input: ArticleInput) => {
      extracted.push(input.text ?? "");
      return extractArticle(input);
    };
    const path = join(dir, "parley.db");
    const first = await openSqliteStore({ path });
    expect(await loadSeeds({ dir: join(dir, "seeds"), store: first, extract })).toEqual({ files: 2, added: 2, unchanged: 0 });
    await first.close();
    expect(extracted).toHaveLength(2);
    const second = await openSqliteStore({ path });
    expect(await loadSeeds({ dir: join(dir, "seeds"), store: second, extract })).toEqual({ files: 2, added: 0, unchanged: 2 });
    await second.close();
    expect(extracted).toHaveLength(2);
  });

  it("names the malformed file and stops", async () => {
    await writeFile(join(dir, "seeds", "01-a.txt"), GOOD);
    await writeFile(join(dir, "seeds", "02-broken.txt"), "title: x\nno separator here\n");
    const store = await openSqliteStore({ path: join(dir, "parley.db") });
    await expect(loadSeeds({ dir: join(dir, "seeds"), store, extract: fakeExtract })).rejects.toThrow(/02-broken\.txt/);
    await store.close();
  });

  it("loads nothing from a missing directory", async () => {
    const store = await openSqliteStore({ path: join(dir, "parley.db") });
    expect(await loadSeeds({ dir: join(dir, "absent"), store, extract: fakeExtract })).toEqual({ files: 0, added: 0, unchanged: 0 });
    await store.close();
  });
});
