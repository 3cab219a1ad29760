import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

/** Runs `node bin/parley.js …` as a user would, from the repo root. */
export function parley(args: string[], stdin?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, "bin", "parley.js"), ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    input: stdin ?? "",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
