import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PARLEY_FROM_SOURCE } from "../cli/run-parley.js";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

/** `parley serve` as a user runs it: a real process, a real port, a temporary database. */
describe("parley serve, /readyz and graceful shutdown", () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-serve-"));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves, reports ready, and on SIGTERM stops with exit code 0", async () => {
    child = spawn(process.execPath, [...PARLEY_FROM_SOURCE, "serve", "--port", "0", "--db", join(dir, "p.db"), "--no-seeds"], {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line in 20 s: ${output}`)), 20_000);
      child!.stdout!.on("data", () => {
        const match = /listening on (http:\/\/\S+\/graphql)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    // Not a terminal: the logs are JSON lines.
    expect(output.split("\n").find((line) => line.includes("listening"))).toMatch(/^\{.*"msg":"Parley GraphQL listening on/);
    const base = url.replace(/\/graphql$/, "");
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
    const answer = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ stats { articles } }" }) });
    expect(await answer.json()).toEqual({ data: { stats: { articles: 0 } } });

    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toMatch(/"msg":"stopped"/);
  });
});
