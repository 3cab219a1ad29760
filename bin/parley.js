#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli/main.ts) through tsx, with the repo's tsconfig whatever the cwd.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("../src/cli/main.ts");
