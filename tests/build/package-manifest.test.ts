import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/shared-corpus.js";
import { runtimePackages } from "./runtime-imports.js";

interface Manifest {
  scripts: Record<string, string>;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
interface Lockfile {
  packages: Record<string, { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; dev?: boolean }>;
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as Manifest;
const lockfile = JSON.parse(readFileSync(join(REPO_ROOT, "package-lock.json"), "utf8")) as Lockfile;

/** Tools that build, bundle, test or run TypeScript: never needed by `node dist/…`. */
const DEV_TOOLS = ["tsx", "esbuild", "typescript", "vite", "vitest", "react", "react-dom", "graphiql", "vis-timeline", "vis-data", "cytoscape", "playwright-core", "autocannon", "fast-check"];

/** Runtime dependencies no source file imports by name, and why they are still needed. */
const LOADED_INDIRECTLY: Record<string, string> = {
  "pino-pretty": "pino loads it by name as the log transport on a terminal",
  "graphql-scalars": "a peer dependency type-graphql requires",
};

describe("package.json: what runs in production", () => {
  it("npm start runs the compiled server with node, and the parley bin runs the compiled CLI", () => {
    expect(manifest.scripts.start).toBe("node dist/server/main.js");
    expect(manifest.bin).toEqual({ parley: "bin/parley.js" });
    const bin = readFileSync(join(REPO_ROOT, "bin", "parley.js"), "utf8");
    expect(bin).toContain('new URL("../dist/cli/main.js", import.meta.url)');
    expect(bin).not.toMatch(/["']tsx[/"']/);
  });

  it("npm ci builds dist/ (prepare), with tsc for the server and CLI and the web pages bundled", () => {
    expect(manifest.scripts.prepare).toContain("npm run build");
    expect(manifest.scripts.build).toMatch(/^tsc -p tsconfig\.build\.json && /);
    expect(manifest.scripts.build).toContain("scripts/build-web.ts");
    expect(manifest.scripts.postinstall).toBeUndefined();
    expect(manifest.scripts.dev).toMatch(/^tsx watch src\/server\/main\.ts$/);
  });

  it("holds no build, test or bundling tool among the runtime dependencies", () => {
    const runtime = Object.keys(manifest.dependencies);
    expect(runtime.filter((name) => DEV_TOOLS.includes(name) || name.startsWith("@types/"))).toEqual([]);
    for (const tool of DEV_TOOLS) expect(manifest.devDependencies, tool).toHaveProperty(tool);
  });

  it("lists every package the server and the CLI import as a runtime dependency, and no other", () => {
    const imported = runtimePackages([join(REPO_ROOT, "src", "server", "main.ts"), join(REPO_ROOT, "src", "cli", "main.ts")]);
    const missing = [...imported].filter(([name]) => !(name in manifest.dependencies)).map(([name, file]) => `${name} (imported by ${file})`);
    expect(missing).toEqual([]);
    const unused = Object.keys(manifest.dependencies).filter((name) => !imported.has(name) && !(name in LOADED_INDIRECTLY));
    expect(unused).toEqual([]);
  });

  it("pins exact versions", () => {
    const ranged = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(([, version]) => !/^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$/.test(version));
    expect(ranged).toEqual([]);
  });

  it("agrees with package-lock.json, where no dev tool is reachable from a runtime dependency (npm ls --omit=dev)", () => {
    const root = lockfile.packages[""]!;
    expect(root.dependencies).toEqual(manifest.dependencies);
    expect(root.devDependencies).toEqual(manifest.devDependencies);
    // npm marks "dev": true on every package only the devDependencies reach.
    for (const tool of DEV_TOOLS) expect(lockfile.packages[`node_modules/${tool}`]?.dev, tool).toBe(true);
  });
});
