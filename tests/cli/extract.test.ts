import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parley } from "./run-parley.js";

// An invented article, written for this test.
const ARTICLE =
  "Foreign Minister Ada Rusk of France spoke by telephone with German Chancellor Bo Tan on Tuesday, the ministry said.\n\n" +
  "The two agreed to meet in Berlin next month to discuss trade.\n";

const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley extract", () => {
  it("prints the ArticleGraph as indented JSON and exits 0", () => {
    const file = join(dir, "article.txt");
    writeFileSync(file, ARTICLE);
    const run = parley(["extract", file, "--published", "2025-02-12", "--title", "Rusk calls Tan"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const graph = JSON.parse(run.stdout) as { article: { id: string; publishedAt: string; title: string; text: string }; sentences: unknown[] };
    expect(graph.article.id).toMatch(/^article:[0-9a-f]{16}$/);
    expect(graph.article).toMatchObject({ publishedAt: "2025-02-12", title: "Rusk calls Tan" });
    expect(graph.article.text).toContain("Ada Rusk");
    expect(run.stdout).toMatch(/^\{\n {2}"article": \{/);
  });

  it("reads a BBC-style file as ingest does: the headline is the title, not sentence 0, and wins over --title", () => {
    const file = join(dir, "headline.txt");
    writeFileSync(file, `Rusk and Tan agree to meet\n\n${ARTICLE}`);
    const run = parley(["extract", file, "--title", "Flag title"]);
    expect(run.status, run.stderr).toBe(0);
    const graph = JSON.parse(run.stdout) as { article: { title: string; text: string }; sentences: { text: string }[] };
    expect(graph.article.title).toBe("Rusk and Tan agree to meet");
    expect(graph.sentences[0]!.text).toMatch(/^Foreign Minister Ada Rusk/);
    expect(run.stderr).toContain("--title not used; the article carries its own title");
  });

  it("reads stdin when FILE is -", () => {
    const run = parley(["extract", "-"], ARTICLE);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).article.id).toMatch(/^article:/);
  });

  it("names people from the actor knowledge base with their dated tenures, titles and descriptors resolved as of --published", () => {
    type Graph = { entities: { id: string }[]; tenures: { personId: string; officeId: string; from?: { value: string }; to?: { value: string } }[] };
    const run = parley(["extract", "-", "--published", "2005-03-01"], "President Bush met Prime Minister Blair in Washington on Monday.\n");
    expect(run.status, run.stderr).toBe(0);
    const graph = JSON.parse(run.stdout) as Graph;
    const tenures = graph.tenures.map((t) => [t.personId, t.officeId, t.from?.value, t.to?.value]);
    expect(tenures).toContainEqual(["person:george-w-bush", "office:USA:president", "2001-01-20", "2009-01-20"]);
    expect(tenures).toContainEqual(["person:tony-blair", "office:GBR:prime-minister", "1997-05-02", "2007-06-27"]);
    const later = parley(["extract", "-", "--published", "2019-06-01"], "The Russian foreign minister said the talks had gone well.\n");
    expect(later.status, later.stderr).toBe(0);
    expect((JSON.parse(later.stdout) as Graph).entities.map((e) => e.id)).toContain("person:sergei-lavrov");
  });

  it("rejects an empty file with a message naming it, exit 2", () => {
    const file = join(dir, "empty.txt");
    writeFileSync(file, "  \n\n");
    const run = parley(["extract", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${file}: the file is empty`);
    expect(run.stdout).toBe("");
  });

  it("rejects a missing file, exit 2", () => {
    const run = parley(["extract", join(dir, "nope.txt")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/nope\.txt: cannot read it: no such file/);
  });

  it.each(["2025-13-01", "2025-02-30", "12/02/2025", "2025-02"])("rejects --published %s, exit 2", (value) => {
    const file = join(dir, "article.txt");
    writeFileSync(file, ARTICLE);
    const run = parley(["extract", file, "--published", value]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--published");
    expect(run.stderr).toContain("YYYY-MM-DD");
  });

  it("documents the exit codes in --help", () => {
    const run = parley(["extract", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Exit codes:[\s\S]*0 +success[\s\S]*1 +runtime failure[\s\S]*2 +bad usage or input/);
    expect(run.stdout).toContain("--published <YYYY-MM-DD>");
  });

  it("exits 2 on an unknown option", () => {
    const run = parley(["extract", "x.txt", "--bogus"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '--bogus'");
  });
});
