import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { type ArticleGraph } from "../../src/domain/index.js";
import { startParley, type RunningParley } from "../../src/server/start-parley.js";
import { openStore } from "../../src/store/open-store.js";
import { DEFAULT_WEB_ASSETS_DIR } from "../../src/server/plugins/web-pages.js";
import { testConfig } from "../helpers/start-config.js";
import { REPO_ROOT } from "../helpers/shared-corpus.js";
import { makeTempDir } from "../helpers/test-server.js";

/** Debian's chromium (CI installs it with apt-get); `npx playwright install` cannot download here. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Why the browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  if (!existsSync(CHROMIUM_PATH)) return `skipping the browser tests: ${CHROMIUM_PATH} is absent (apt-get install -y chromium; CI installs it)`;
  return null;
}

export const ARTIFACTS_DIR = join(REPO_ROOT, "tests", "artifacts");

export interface WebFixture {
  running: RunningParley;
  /** http://127.0.0.1:<port> — the only origin a page may talk to. */
  origin: string;
  context: BrowserContext;
  /** Every URL any page or worker of the context requested, in order. */
  requests: string[];
  newPage(): Promise<Page>;
  /** The requests that went anywhere but the server (data: and blob: URLs stay in the browser). */
  foreignRequests(): string[];
  screenshot(page: Page, name: string): Promise<string>;
  dispose(): Promise<void>;
}

export interface WebFixtureOptions {
  /** Article graphs to serve instead of the repo's seeds: written into the sqlite file before the server starts. */
  graphs?: readonly ArticleGraph[];
}

/**
 * Starts the real server (startParley: a temp sqlite file, the repo's seeds loaded, port 0) and a
 * headless Debian chromium with a fresh profile that records every request it makes.
 */
export async function startWebFixture(options: WebFixtureOptions = {}): Promise<WebFixture> {
  if (!existsSync(join(DEFAULT_WEB_ASSETS_DIR, "playground.html"))) {
    throw new Error(`the web pages are not built (${DEFAULT_WEB_ASSETS_DIR} has no playground.html): run npm run build:web`);
  }
  const temp = await makeTempDir("parley-browser-");
  const config = options.graphs ? testConfig(temp.dir) : testConfig(temp.dir, { loadSeeds: true, seedsDir: join(REPO_ROOT, "seeds") });
  if (options.graphs) {
    await mkdir(dirname(config.dbPath), { recursive: true });
    const store = await openStore({ sqlitePath: config.dbPath });
    try {
      for (const graph of options.graphs) await store.ingestArticle(graph);
    } finally {
      await store.close();
    }
  }
  const running = await startParley(config);
  const origin = running.address.url.replace(/\/graphql$/, "");
  const profile = await mkdtemp(join(tmpdir(), "parley-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: { width: 1400, height: 900 },
  });
  const requests: string[] = [];
  // The context sees requests from every page and from their workers (Monaco's language workers).
  context.on("request", (request) => requests.push(request.url()));
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return {
    running,
    origin,
    context,
    requests,
    newPage: () => context.newPage(),
    foreignRequests: () => requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin),
    async screenshot(page, name) {
      const path = join(ARTIFACTS_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async dispose() {
      await context.close().catch(() => undefined);
      await running.server.close();
      await rm(profile, { recursive: true, force: true });
      await temp.remove();
    },
  };
}

