import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../helpers/shared-corpus.js";

/**
 * docker-compose.yml with a password of the user's own: Compose fills the Neo4j auth, the
 * healthcheck and Parley's settings from the environment, and the neo4j container refuses a
 * password Neo4j 5 would refuse, saying why. Read by `docker compose config` where the compose
 * plugin is installed, else by the same YAML and interpolation rules here (no Docker engine needed either way).
 */

const COMPOSE_FILE = join(REPO_ROOT, "docker-compose.yml");
const CUSTOM_PASSWORD = "my own pa$$ 'word";

interface ComposeService {
  environment: Record<string, string | number>;
  healthcheck?: { test: string[] };
  entrypoint?: string[];
  command?: string[];
}
interface ComposeModel {
  services: Record<string, ComposeService>;
}

const composePlugin = spawnSync("docker", ["compose", "version"], { encoding: "utf8" }).status === 0;

/** Compose's variable rules: `$$` is a literal `$`; `${X}`, `$X`, `${X:-default}`, `${X-default}`, `${X:?error}`. */
function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (match, name?: string, colon?: string, op?: string, arg?: string, bare?: string) => {
    if (match === "$$") return "$";
    const variable = name ?? bare!;
    const value = env[variable];
    const unset = value === undefined || (colon === ":" && value === "");
    if (op === "-") return unset ? arg! : value!;
    if (op === "?") {
      if (unset) throw new Error(`required variable ${variable} is missing: ${arg}`);
      return value!;
    }
    return value ?? "";
  });
}

function interpolateDeep(value: unknown, env: Record<string, string | undefined>): unknown {
  if (typeof value === "string") return interpolate(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateDeep(item, env));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDeep(v, env)]));
  return value;
}

/** The model Compose would run with NEO4J_PASSWORD set as given (unset when undefined). */
function composeModel(password: string | undefined): ComposeModel {
  const env = { ...process.env, NEO4J_PASSWORD: password };
  if (password === undefined) delete env.NEO4J_PASSWORD;
  if (composePlugin) {
    const run = spawnSync("docker", ["compose", "-f", COMPOSE_FILE, "config", "--format", "json"], { encoding: "utf8", env });
    if (run.status !== 0) throw new Error(`docker compose config failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as ComposeModel;
  }
  return interpolateDeep(parse(readFileSync(COMPOSE_FILE, "utf8")), env) as ComposeModel;
}

describe(`docker-compose.yml (read by ${composePlugin ? "docker compose config" : "the YAML and interpolation rules; the compose plugin is absent"})`, () => {
  const scratch = mkdtempSync(join(tmpdir(), "parley-compose-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("with a password of the user's own, Neo4j's auth, the healthcheck and Parley all get it, for the fixed user neo4j", () => {
    const { services } = composeModel(CUSTOM_PASSWORD);
    expect(services.neo4j!.environment.NEO4J_AUTH).toBe(`neo4j/${CUSTOM_PASSWORD}`);
    // Exec form, no shell: the password is one argument, whatever it holds.
    expect(services.neo4j!.healthcheck!.test).toEqual(["CMD", "cypher-shell", "-u", "neo4j", "-p", CUSTOM_PASSWORD, "RETURN 1"]);
    expect(services.parley!.environment).toMatchObject({ NEO4J_URI: "bolt://neo4j:7687", NEO4J_USER: "neo4j", NEO4J_PASSWORD: CUSTOM_PASSWORD, NEO4J_DATABASE: "neo4j" });
  });

  it("without one, every place gets the same default", () => {
    const { services } = composeModel(undefined);
    const password = String(services.parley!.environment.NEO4J_PASSWORD);
    expect(password.length).toBeGreaterThanOrEqual(8);
    expect(services.neo4j!.environment.NEO4J_AUTH).toBe(`neo4j/${password}`);
    expect(services.neo4j!.healthcheck!.test).toContain(password);
  });

  it("leaves nothing for the container's shell to expand in the healthcheck (the old `$${NEO4J_USER…}` never matched inside the container)", () => {
    const raw = parse(readFileSync(COMPOSE_FILE, "utf8")) as ComposeModel;
    expect(JSON.stringify(raw.services.neo4j!.healthcheck)).not.toContain("$$");
  });

  describe("the neo4j container's start checks the password and says why it refuses one", () => {
    /** Runs the service's entrypoint as Docker would, with a stand-in `tini` that reports it was reached. */
    function start(password: string): { status: number | null; stderr: string; stdout: string } {
      const { services } = composeModel(password);
      const neo4j = services.neo4j!;
      const tini = join(scratch, "tini");
      writeFileSync(tini, '#!/bin/sh\necho "tini $*"\n');
      chmodSync(tini, 0o755);
      const [shell, ...args] = [...neo4j.entrypoint!, ...(neo4j.command ?? [])];
      const run = spawnSync(shell!, args, {
        encoding: "utf8",
        // HOME without a .bashrc: a bash whose stdin is a socket reads ~/.bashrc even when not interactive.
        env: { PATH: `${scratch}:${process.env.PATH}`, HOME: scratch, NEO4J_AUTH: String(neo4j.environment.NEO4J_AUTH) },
        stdio: ["ignore", "pipe", "pipe"],
      });
      return { status: run.status, stderr: run.stderr, stdout: run.stdout };
    }

    it("starts Neo4j's own entrypoint with a good password", () => {
      const run = start(CUSTOM_PASSWORD);
      expect(run.stderr).toBe("");
      expect(run.stdout.trim()).toBe("tini -g -- /startup/docker-entrypoint.sh neo4j");
      expect(run.status).toBe(0);
    });

    it.each([
      ["under 8 characters", "short"],
      ["with a slash", "long/enough-password"],
    ])("refuses a password %s, in one line naming the rules", (_what, password) => {
      const run = start(password);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim()).toBe("NEO4J_PASSWORD must have at least 8 characters and no '/' (Neo4j 5's rules; the admin user is always neo4j)");
    });
  });
});
