import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

/**
 * The production build as `npm ci && npm start` leaves it: the current source compiled with
 * tsconfig.build.json and the web pages bundled, into a package of its own in a temp folder (so
 * the repo's dist/ is never read or written), then `npm start` there.
 */

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** The command lines of a process's descendants, from /proc. */
function descendantCommands(pid: number): string[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // The ppid is the second field after the parenthesised command name.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: string[] = [];
  const walk = (parent: number): void => {
    for (const [child, ppid] of parents) {
      if (ppid !== parent) continue;
      try {
        found.push(readFileSync(`/proc/${child}/cmdline`, "utf8").split("\0").filter(Boolean).join(" "));
      } catch {
        continue;
      }
      walk(child);
    }
  };
  walk(pid);
  return found;
}

async function postGraphql(url: string, query: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe.skipIf(!existsSync("/proc/self/stat"))("the built package: npm start and the parley bin run node on dist/", () => {
  const pkg = mkdtempSync(join(tmpdir(), "parley-built-"));
  let server: ChildProcess | undefined;

  beforeAll(() => {
    copyFileSync(join(REPO_ROOT, "package.json"), join(pkg, "package.json"));
    mkdirSync(join(pkg, "bin"));
    copyFileSync(join(REPO_ROOT, "bin", "parley.js"), join(pkg, "bin", "parley.js"));
    for (const shared of ["node_modules", "knowledge", "seeds"]) symlinkSync(join(REPO_ROOT, shared), join(pkg, shared));
    const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    execFileSync(process.execPath, [tsc, "-p", join(REPO_ROOT, "tsconfig.build.json"), "--outDir", join(pkg, "dist")], { cwd: REPO_ROOT, stdio: "pipe" });
    execFileSync(process.execPath, ["--import", "tsx", join(REPO_ROOT, "scripts", "build-web.ts"), "--out", join(pkg, "dist", "web")], { cwd: REPO_ROOT, stdio: "pipe" });
  }, 300_000);

  afterAll(() => {
    // A failed test may leave npm and the server running: end their process group.
    if (server?.pid && server.exitCode === null && server.signalCode === null) {
      try {
        process.kill(-server.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    rmSync(pkg, { recursive: true, force: true });
  });

  it("npm start serves the seeded graph and the pages from dist/, with no tsx in the process tree; parley stats reads what it stored", async () => {
    const port = await freePort();
    const db = join(pkg, "data", "parley.db");
    server = spawn("npm", ["start", "--silent"], {
      cwd: pkg,
      detached: true,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", PARLEY_DB: db, LOG_LEVEL: "warn", NEO4J_URI: "", NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => server!.once("exit", (code) => resolveExit(code)));

    const url = `http://127.0.0.1:${port}/graphql`;
    const deadline = Date.now() + 90_000;
    let answer: Awaited<ReturnType<typeof postGraphql>> | undefined;
    while (!answer) {
      if (server.exitCode !== null) throw new Error(`npm start exited with ${server.exitCode}: ${output}`);
      if (Date.now() > deadline) throw new Error(`no answer within 90 s: ${output}`);
      answer = await postGraphql(url, "{ __typename }").catch(() => undefined);
      if (!answer) await new Promise((r) => setTimeout(r, 100));
    }
    expect(answer).toEqual({ data: { __typename: "Query" } });

    const commands = descendantCommands(server.pid!);
    expect(commands.filter((command) => /\btsx\b/.test(command))).toEqual([]);
    expect(commands.some((command) => /(^|\/)node dist\/server\/main\.js$/.test(command))).toBe(true);

    // The seeds were extracted, which needs knowledge/actors.json found from dist/.
    const putin = await postGraphql(url, `{ person(name: "Putin") { id } }`);
    expect(putin.data).toEqual({ person: { id: "person:vladimir-putin" } });
    const page = await fetch(`http://127.0.0.1:${port}/timeline`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);

    process.kill(-server.pid!, "SIGTERM");
    await exited;

    const stats = spawnSync(process.execPath, [join(pkg, "bin", "parley.js"), "stats", "--db", db, "--json"], { cwd: pkg, encoding: "utf8", timeout: 60_000 });
    expect(stats.stderr).toBe("");
    expect(stats.status).toBe(0);
    const seeds = readdirSync(join(REPO_ROOT, "seeds")).filter((name) => name.endsWith(".txt")).length;
    expect((JSON.parse(stats.stdout) as { articles: number }).articles).toBe(seeds);
  }, 180_000);
});
