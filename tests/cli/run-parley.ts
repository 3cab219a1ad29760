import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

/**
 * Node arguments that run the `parley` command from the source (through tsx), so a test sees the
 * code as it is now, not the last `npm run build`. bin/parley.js (the compiled CLI) has its own test
 * in tests/build/.
 */
export const PARLEY_FROM_SOURCE: readonly string[] = ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts")];

/** Runs `parley …` as a user would, as a process from the repo root. */
export function parley(args: string[], stdin?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...PARLEY_FROM_SOURCE, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    input: stdin ?? "",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
