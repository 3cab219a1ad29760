import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorld, generateArticles } from "../../bench/generate.js";
import { ExportOutputError, openFileOutput, writeExport, type ExportOutput } from "../../src/export/index.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { PARLEY_FROM_SOURCE, parley } from "../cli/run-parley.js";

const dir = mkdtempSync(join(tmpdir(), "parley-export-output-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A writable that takes `delayMs` per chunk and remembers the most it ever held buffered. */
function slowSink(delayMs: number, highWaterMark = 16 * 1024) {
  const received: string[] = [];
  let mostBuffered = 0;
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      received.push(chunk);
      setTimeout(callback, delayMs);
    },
  });
  const output: ExportOutput = { stream, name: "the test sink", finish: () => new Promise((resolve) => stream.end(resolve)), abandon: async () => false };
  return { output, received, stream, mostBuffered: () => mostBuffered, sample: () => (mostBuffered = Math.max(mostBuffered, stream.writableLength)) };
}

describe("writeExport", () => {
  it("waits for 'drain': reading never runs more than a chunk and a buffer ahead of a slow reader", async () => {
    const sink = slowSink(2);
    const piece = "x".repeat(10_000);
    async function* pieces() {
      for (let i = 0; i < 200; i += 1) {
        sink.sample();
        yield piece;
      }
    }
    await writeExport(pieces(), sink.output);
    expect(sink.received.join("")).toBe(piece.repeat(200));
    // A 64 K chunk is written only when the stream's buffer is below its mark, so at most mark + chunk are held.
    expect(sink.mostBuffered()).toBeLessThanOrEqual(16 * 1024 + 80_000);
  });

  it("stops reading on a write error and says the output went away (EPIPE)", async () => {
    let read = 0;
    let closed = false;
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
    async function* pieces() {
      try {
        for (;;) {
          read += 1;
          yield "y".repeat(70_000);
        }
      } finally {
        closed = true;
      }
    }
    const output: ExportOutput = { stream, name: "stdout", finish: async () => undefined, abandon: async () => false };
    const failure = await writeExport(pieces(), output).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExportOutputError);
    expect((failure as Error).message).toBe("export stopped: stdout was closed before the export was complete (EPIPE)");
    expect(read).toBeLessThanOrEqual(3);
    expect(closed).toBe(true);
  });

  it("removes a partly written --out file when reading fails, and passes the reading error on", async () => {
    const out = join(dir, "partial.jsonl");
    async function* pieces() {
      yield "z".repeat(200_000);
      throw new Error("the store went away");
    }
    await expect(writeExport(pieces(), await openFileOutput(out))).rejects.toThrow("the store went away");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an --out path it cannot write before reading anything", async () => {
    await expect(openFileOutput(join(dir, "no-such-dir", "x.csv"))).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: `cannot write --out ${join(dir, "no-such-dir", "x.csv")}: its directory does not exist` });
    await expect(openFileOutput(dir)).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: `cannot write --out ${dir}: it is a directory` });
  });
});

describe("parley export, as a user runs it", () => {
  const db = join(dir, "cli.db");
  beforeAll(async () => {
    const store = await openSqliteStore({ path: db });
    for (const graph of generateArticles({ events: 400, eventsPerArticle: 20, seed: 5 }, buildWorld({ people: 100, seed: 5 }))) await store.ingestArticle(graph);
    await store.close();
  }, 60_000);

  it("an unwritable --out: exit 2, one line saying why, nothing written", () => {
    const out = join(dir, "missing", "dyads.csv");
    const result = parley(["export", "--format", "csv-dyads", "--db", db, "--out", out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`parley: cannot write --out ${out}: its directory does not exist\n`);
    expect(result.stdout).toBe("");
  });

  it("a reader that stops early (| head): exit 1 and one line, no stack trace", () => {
    const command = `set -o pipefail; "${process.execPath}" ${PARLEY_FROM_SOURCE.map((arg) => `"${arg}"`).join(" ")} export --format jsonl --db "${db}" 2>"${join(dir, "stderr.txt")}" | head -c 100 >/dev/null`;
    const result = spawnSync("bash", ["-c", command], { cwd: join(import.meta.dirname, "..", ".."), encoding: "utf8", timeout: 120_000 });
    expect(result.status).toBe(1);
    expect(readFileSync(join(dir, "stderr.txt"), "utf8")).toBe("parley: export stopped: stdout was closed before the export was complete (EPIPE)\n");
  });

  it("stdout and --out give the same bytes", () => {
    const out = join(dir, "graph.graphml");
    const toFile = parley(["export", "--format", "graphml", "--db", db, "--out", out]);
    const toStdout = parley(["export", "--format", "graphml", "--db", db]);
    expect([toFile.status, toStdout.status]).toEqual([0, 0]);
    expect(toStdout.stdout).toBe(readFileSync(out, "utf8"));
  });
});
