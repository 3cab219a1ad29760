import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, wherever the checkout lives. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Third-party text lives in ../shared beside the checkout and is never copied into the repo.
 * Tests that need it call this and skip (saying why) when it is absent.
 */
export const SHARED_DIR = resolve(REPO_ROOT, "..", "shared");

export const SEED_ARTICLE_PATH = join(SHARED_DIR, "seeds", "000_d0515d09c1c744b3.txt");

export function sharedFileOrSkipReason(path: string): { text: string } | { skip: string } {
  if (!existsSync(path)) return { skip: `skipped: ${path} is absent (third-party text is read from ../shared at test time)` };
  return { text: readFileSync(path, "utf8") };
}
