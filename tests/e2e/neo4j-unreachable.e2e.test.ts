import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

/** Runs `npm start`'s entry point with the given environment and collects how it ends. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: "0", LOG_LEVEL: "silent", PARLEY_LOAD_SEEDS: "false", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });
}

describe("the server with an unreachable Neo4j", () => {
  it("exits within 10 s with a message naming the URI and the cause", async () => {
    const { code, stderr, ms } = await runServer({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "x" });
    expect(code).not.toBe(0);
    expect(stderr).toContain("bolt://127.0.0.1:1");
    expect(stderr).toMatch(/ECONNREFUSED|refused|unavailable/i);
    expect(ms).toBeLessThan(10_000);
  });
});
