import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, SHARED_DIR } from "../helpers/shared-corpus.js";

const sources = join(SHARED_DIR, "knowledge");
const committed = join(REPO_ROOT, "knowledge", "actors.json");

describe("knowledge/actors.json", () => {
  it("is what scripts/build-actors.ts builds from ../shared/knowledge and knowledge/compiled, byte for byte", (ctx) => {
    if (!existsSync(join(sources, "petrarch2")) || !existsSync(join(sources, "ifg-ministers"))) {
      ctx.skip(`skipped: ${sources} is absent (the Phoenix and IfG sources are read from ../shared at build time)`);
    }
    const dir = mkdtempSync(join(tmpdir(), "parley-actors-"));
    try {
      const out = join(dir, "actors.json");
      // About 5 s on two cores (parsing ~2 MB of dictionaries and merging ~20,000 records).
      execFileSync(join(REPO_ROOT, "node_modules", ".bin", "tsx"), [join(REPO_ROOT, "scripts", "build-actors.ts"), "--shared", sources, "--out", out], { cwd: REPO_ROOT, stdio: "pipe" });
      const built = readFileSync(out);
      const shipped = readFileSync(committed);
      // Compare as text first for a readable failure, then as bytes.
      if (!built.equals(shipped)) {
        expect(built.length, "rebuild knowledge/actors.json with `npx tsx scripts/build-actors.ts` and commit it").toBe(shipped.length);
        expect(built.toString("utf8") === shipped.toString("utf8"), "rebuild knowledge/actors.json and commit it").toBe(true);
      }
      expect(built.equals(shipped)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
