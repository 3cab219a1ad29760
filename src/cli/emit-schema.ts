import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildParleySchema, printSortedSchema } from "../graphql/build-schema.js";
import { packageRoot } from "../package-root.js";

/** `npm run schema:emit [path]`: writes the sorted schema to schema.graphql at the repo root (or `path`). */
async function main(): Promise<void> {
  const target = process.argv[2] ?? join(packageRoot(), "schema.graphql");
  await writeFile(target, printSortedSchema(await buildParleySchema()), "utf8");
  console.log(`wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
