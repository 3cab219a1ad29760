#!/usr/bin/env node
// Runs the compiled CLI (dist/cli/main.js). `npm ci` builds it (the `prepare` script); after changing
// the source run `npm run build`, or `npm run parley -- …` to run the source through tsx.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write(`parley: ${fileURLToPath(main)} is missing; run \`npm run build\` (npm ci runs it)\n`);
  process.exit(1);
}
await import(main.href);
