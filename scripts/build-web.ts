/**
 * Builds Parley's browser pages (web/) into dist/web/: the GraphiQL playground, the vis-timeline
 * timeline and the Cytoscape graph explorer, each bundled with its CSS, fonts and Monaco's
 * workers, so the server hands out everything itself and no page loads anything from elsewhere.
 * Run by `npm run build:web` and by `npm run build` (which `npm ci` runs). Usage: tsx scripts/build-web.ts [--out DIR]
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";
import { PLAYGROUND_EXAMPLES } from "../web/playground/examples.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WEB = join(ROOT, "web");

/** The pages: their HTML template and script entry, both under web/<name>/. */
export const PAGES = ["playground", "timeline", "graph"] as const;

function outDirFromArgs(argv: readonly string[]): string {
  const at = argv.indexOf("--out");
  return at >= 0 && argv[at + 1] ? resolve(argv[at + 1]!) : join(ROOT, "dist", "web");
}

/** JSON safe to place inside a <script> element: no `</script>` or `<!--` can close it. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

const common: BuildOptions = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ["chrome110", "firefox115", "safari16"],
  legalComments: "linked",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
  // Fonts referenced from CSS (Monaco's codicons) become files beside the CSS, served locally.
  loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file", ".png": "file" },
  assetNames: "files/[name]-[hash]",
};

async function buildWeb(outDir: string): Promise<void> {
  const started = Date.now();
  const assets = join(outDir, "assets");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(assets, { recursive: true });

  await build({
    ...common,
    entryPoints: Object.fromEntries(PAGES.map((page) => [page, join(WEB, page, page === "playground" ? "main.tsx" : "main.ts")])),
    outdir: assets,
    format: "esm",
    // No code splitting: esbuild would put the CSS of lazily imported modules (Monaco's) in chunk
    // stylesheets that nothing loads; one bundle per page keeps every rule in the page's CSS.
    splitting: false,
    jsx: "automatic",
  });

  // Monaco runs its language services in web workers; each is a classic script of its own.
  const require = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));
  await build({
    ...common,
    entryPoints: {
      "editor.worker": require("monaco-editor/esm/vs/editor/editor.worker.js"),
      "json.worker": require("monaco-editor/esm/vs/language/json/json.worker.js"),
      "graphql.worker": require("monaco-graphql/esm/graphql.worker.js"),
    },
    outdir: join(assets, "workers"),
    format: "iife",
  });

  for (const page of PAGES) {
    let html = await readFile(join(WEB, page, "index.html"), "utf8");
    if (page === "playground") html = html.replace("@@EXAMPLES@@", jsonForScript(PLAYGROUND_EXAMPLES));
    if (html.includes("@@")) throw new Error(`web/${page}/index.html has a placeholder the build does not fill`);
    await writeFile(join(outDir, `${page}.html`), html);
  }
  console.log(`parley: web pages built into ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await buildWeb(outDirFromArgs(process.argv.slice(2)));
