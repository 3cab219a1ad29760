import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * Parley's package root: the nearest folder above this file whose package.json is named "parley".
 * The same answer from src/ (tsx) and dist/ (built), so data beside the package (knowledge/,
 * dist/web, schema.graphql) is found from either, whatever the working directory.
 */
export function packageRoot(): string {
  if (root) return root;
  const here = fileURLToPath(import.meta.url);
  for (let dir = dirname(here); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "parley") return (root = dir);
    if (dirname(dir) === dir) throw new Error(`cannot find Parley's package.json above ${here}`);
  }
}
