import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

/**
 * The Dockerfile read as Docker reads it (no engine runs on the development machines): the image
 * that runs holds dist/ and production modules only and starts the compiled server.
 */

interface Stage {
  name: string;
  from: string;
  instructions: { keyword: string; args: string }[];
}

function stagesOf(dockerfile: string): Stage[] {
  const stages: Stage[] = [];
  const lines = dockerfile.replace(/\\\n/g, " ").split("\n");
  for (const line of lines.map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))) {
    const [keyword, ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    if (keyword!.toUpperCase() === "FROM") {
      const [from, , name] = rest;
      stages.push({ name: name ?? `stage-${stages.length}`, from: from!, instructions: [] });
    } else stages.at(-1)!.instructions.push({ keyword: keyword!.toUpperCase(), args });
  }
  return stages;
}

const stages = stagesOf(readFileSync(join(REPO_ROOT, "Dockerfile"), "utf8"));
const byName = new Map(stages.map((stage) => [stage.name, stage]));
const runtime = stages.at(-1)!;

/** The stages a stage builds on (FROM another stage), itself first. */
function lineage(stage: Stage): Stage[] {
  const parent = byName.get(stage.from);
  return parent ? [stage, ...lineage(parent)] : [stage];
}

describe("Dockerfile", () => {
  it("runs the compiled server with node", () => {
    expect(runtime.instructions.filter((i) => i.keyword === "CMD").map((i) => JSON.parse(i.args))).toEqual([["node", "dist/server/main.js"]]);
    expect(runtime.instructions.map((i) => i.args).join("\n")).not.toMatch(/\btsx\b|\bnpm\b|\bsrc\b/);
  });

  it("copies node_modules from a stage that installed the production dependencies only, and dist/ from a stage that built it", () => {
    const copies = runtime.instructions.filter((i) => i.keyword === "COPY" && i.args.startsWith("--from="));
    const source = (target: string): Stage => {
      const copy = copies.find((c) => c.args.endsWith(` ./${target}`));
      expect(copy, `COPY --from=… ./${target}`).toBeDefined();
      return byName.get(/--from=(\S+)/.exec(copy!.args)![1]!)!;
    };
    const runs = (stage: Stage): string[] => lineage(stage).flatMap((s) => s.instructions.filter((i) => i.keyword === "RUN").map((i) => i.args));
    const modules = runs(source("node_modules"));
    expect(modules.some((run) => /npm ci\b.*--omit=dev/.test(run))).toBe(true);
    expect(modules.some((run) => /npm ci(?!.*--omit=dev)/.test(run))).toBe(false);
    expect(runs(source("dist")).some((run) => run.includes("npm run build"))).toBe(true);
  });

  it("copies only paths that exist, and none that .dockerignore leaves out of the context", () => {
    const ignored = readFileSync(join(REPO_ROOT, ".dockerignore"), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
    const copied = stages.flatMap((stage) => stage.instructions.filter((i) => i.keyword === "COPY" && !i.args.startsWith("--from=")).flatMap((i) => i.args.split(/\s+/).slice(0, -1)));
    expect(copied.filter((path) => !existsSync(join(REPO_ROOT, path)))).toEqual([]);
    expect(copied.filter((path) => ignored.some((pattern) => path === pattern || path.startsWith(`${pattern}/`)))).toEqual([]);
  });
});
