import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import express, { type Request, type RequestHandler, type Router } from "express";
import { packageRoot } from "../../package-root.js";

/** Where `npm run build:web` (scripts/build-web.ts) writes the pages: `<repo>/dist/web`. */
export const DEFAULT_WEB_ASSETS_DIR = join(packageRoot(), "dist", "web");

export interface WebPagesOptions {
  /** The build output: `<page>.html` files and `assets/`. @default DEFAULT_WEB_ASSETS_DIR */
  assetsDir?: string;
  /** Serve the GraphiQL playground at GET / and at GET /graphql for browsers. @default true */
  playgroundEnabled?: boolean;
}

type PageName = "playground" | "timeline" | "graph";

/**
 * A browser asking for a page (Accept prefers HTML over JSON) with no operation in the query string:
 * GraphQL clients, GET operations (`?query=`) and CSRF preflights fall through to Apollo.
 */
function isBrowserPageRequest(req: Request): boolean {
  if (req.query.query !== undefined || req.query.extensions !== undefined) return false;
  return req.accepts(["application/json", "text/html"]) === "text/html";
}

/**
 * Parley's browser pages, built into `assetsDir` by scripts/build-web.ts and served from this
 * process only (no CDN): GET / and GET /graphql (browsers) → the GraphiQL playground, GET /timeline,
 * GET /graph, and their bundles under /assets/. Mount it before the `/graphql` middleware.
 * When the pages were not built, the page routes answer 503 saying how to build them.
 */
export function createWebPagesRouter(options: WebPagesOptions = {}): Router {
  const assetsDir = options.assetsDir ?? DEFAULT_WEB_ASSETS_DIR;
  const playgroundEnabled = options.playgroundEnabled ?? true;
  const router = express.Router();
  // Only GET and HEAD are pages; anything else (a CORS preflight, a POST) leaves the router, whose
  // automatic OPTIONS answer would otherwise pre-empt the CORS handler on /graphql.
  router.use((req, _res, next) => next(req.method === "GET" || req.method === "HEAD" ? undefined : "router"));
  // Pages are read once, on first use, so a build made after the start is picked up.
  const cache = new Map<PageName, string>();

  const page = (name: PageName): RequestHandler => async (_req, res, next) => {
    try {
      let html = cache.get(name);
      if (html === undefined) {
        const file = join(assetsDir, `${name}.html`);
        if (!existsSync(file)) {
          res
            .status(503)
            .type("text/plain")
            .send(`Parley's ${name} page is not built (${file} is missing). Run \`npm run build:web\` (npm ci runs it too), then reload.\n`);
          return;
        }
        html = await readFile(file, "utf8");
        cache.set(name, html);
      }
      res.set("cache-control", "no-cache").type("html").send(html);
    } catch (error) {
      next(error);
    }
  };

  if (playgroundEnabled) {
    router.get("/", page("playground"));
    router.get("/graphql", (req, res, next) => (isBrowserPageRequest(req) ? page("playground")(req, res, next) : next()));
  }
  router.get("/timeline", page("timeline"));
  router.get("/graph", page("graph"));
  // Bundle names carry no hash: browsers revalidate (ETag) instead of caching blindly.
  router.use("/assets", express.static(join(assetsDir, "assets"), { index: false, dotfiles: "ignore", fallthrough: true, cacheControl: true, maxAge: 0 }));
  return router;
}
