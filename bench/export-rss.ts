// `npx tsx bench/export-rss.ts [--events 100k] [--db FILE] [--formats jsonl,graphml,…] [--parley bin/parley.js] [--build-only]`:
// peak RSS and wall time of `parley export` for each format on the synthetic bench database of N
// events (the one `npm run bench -- --events N` builds, reused when complete, built the same way
// when not). Each export runs as its own process under /usr/bin/time (else /proc polling);
// last line is one JSON object.
import "reflect-metadata";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EXPORT_FORMATS, type ExportFormat } from "../src/export/index.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import { buildWorld, generateArticles } from "./generate.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// The same corpus as bench/run.ts: 20 events an article, seed 1, committed 50 articles at a time.
const EVENTS_PER_ARTICLE = 20;
const SEED = 1;
const COMMIT_EVERY = 50;

function parseArgs(argv: readonly string[]) {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const events = Number((value("--events") ?? "100000").replace(/_/g, "").replace(/k$/i, "000").replace(/m$/i, "000000"));
  if (!Number.isInteger(events) || events < EVENTS_PER_ARTICLE) throw new RangeError(`--events must be an integer ≥ ${EVENTS_PER_ARTICLE}`);
  const formats = (value("--formats") ?? EXPORT_FORMATS.join(",")).split(",") as ExportFormat[];
  for (const format of formats) if (!EXPORT_FORMATS.includes(format)) throw new RangeError(`unknown format ${format}`);
  return {
    events,
    db: resolve(value("--db") ?? join(tmpdir(), `parley-bench-${events}.db`)),
    formats,
    parley: resolve(value("--parley") ?? join(REPO_ROOT, "bin", "parley.js")),
    buildOnly: argv.includes("--build-only"),
  };
}

/** Reuses the database when it holds exactly the expected articles and events; otherwise (re)builds it as bench/run.ts does. */
async function ensureDatabase(db: string, events: number): Promise<void> {
  const expectedArticles = Math.ceil(events / EVENTS_PER_ARTICLE);
  if (existsSync(db)) {
    const store = await openSqliteStore({ path: db });
    const stats = await store.stats();
    await store.close();
    const held = Object.values(stats.eventsByType).reduce((a, b) => a + b, 0);
    if (stats.articles === expectedArticles && held === events) return;
    console.log(`${db} holds ${stats.articles} articles / ${held} events, not ${expectedArticles} / ${events}: rebuilding`);
    for (const suffix of ["", "-wal", "-shm", ".build.json"]) rmSync(db + suffix, { force: true });
  }
  const store = await openSqliteStore({ path: db });
  const database = store.database;
  const started = process.hrtime.bigint();
  let articles = 0;
  const progressEvery = Math.max(1, Math.floor(expectedArticles / 20));
  for (const graph of generateArticles({ events, eventsPerArticle: EVENTS_PER_ARTICLE, seed: SEED }, buildWorld({ seed: SEED }))) {
    if (articles % COMMIT_EVERY === 0) database.exec("BEGIN IMMEDIATE");
    await store.ingestArticle(graph);
    if ((articles + 1) % COMMIT_EVERY === 0) database.exec("COMMIT");
    articles++;
    if (articles % progressEvery === 0) console.log(`  building: ${articles}/${expectedArticles} articles, ${Math.round(Number(process.hrtime.bigint() - started) / 1e9)} s`);
  }
  if (database.inTransaction) database.exec("COMMIT");
  await store.close();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  writeFileSync(`${db}.build.json`, JSON.stringify({ seconds, articles, events, commitEvery: COMMIT_EVERY }));
  console.log(`built ${db}: ${articles} articles in ${Math.round(seconds)} s`);
}

interface Measure {
  format: ExportFormat;
  exitCode: number | null;
  seconds: number;
  peakRssMb: number;
  outputMb: number;
  /** How peak RSS was measured: getrusage through /usr/bin/time, or the kernel's VmHWM polled from /proc. */
  method: "time" | "proc";
}

/** Runs one export in its own process; peak RSS from /usr/bin/time's getrusage, else VmHWM polled from /proc. */
function measure(parley: string, db: string, format: ExportFormat, out: string): Promise<Measure> {
  const useTime = existsSync("/usr/bin/time");
  const args = [process.execPath, parley, "export", "--format", format, "--db", db, "--out", out];
  const started = performance.now();
  const child = useTime ? spawn("/usr/bin/time", ["-f", "PEAK_RSS_KB=%M", ...args], { stdio: ["ignore", "inherit", "pipe"] }) : spawn(args[0]!, args.slice(1), { stdio: ["ignore", "inherit", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let polledKb = 0;
  const poll = useTime
    ? null
    : setInterval(() => {
        try {
          const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (match) polledKb = Math.max(polledKb, Number(match[1]));
        } catch {
          // the process has ended
        }
      }, 50);
  return new Promise((resolvePromise) => {
    child.on("close", (code) => {
      if (poll) clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      const timeKb = Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? "0");
      const shown = stderr.replace(/PEAK_RSS_KB=\d+\s*/, "").trim();
      if (shown) console.log(`  ${format} stderr: ${shown}`);
      resolvePromise({
        format,
        exitCode: useTime ? Number(/Command exited with non-zero status (\d+)/.exec(stderr)?.[1] ?? code ?? 0) : code,
        seconds: Number(seconds.toFixed(1)),
        peakRssMb: Number(((useTime ? timeKb : polledKb) / 1024).toFixed(1)),
        outputMb: existsSync(out) ? Number((statSync(out).size / 1024 / 1024).toFixed(1)) : 0,
        method: useTime ? "time" : "proc",
      });
    });
  });
}

const args = parseArgs(process.argv.slice(2));
await ensureDatabase(args.db, args.events);
if (!args.buildOnly) {
  console.log(`parley export at ${args.events} events: ${args.db} (${(statSync(args.db).size / 1024 / 1024).toFixed(0)} MB), ${args.parley}`);
  const outDir = mkdtempSync(join(tmpdir(), "parley-export-rss-"));
  const results: Measure[] = [];
  try {
    for (const format of args.formats) {
      const result = await measure(args.parley, args.db, format, join(outDir, `export.${format}`));
      results.push(result);
      rmSync(join(outDir, `export.${format}`), { force: true });
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const row = (cells: (string | number)[]) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(12) : String(cell).padStart(12))).join("");
  console.log(row(["format", "wall s", "peak RSS MB", "output MB", "exit"]));
  for (const r of results) console.log(row([r.format, r.seconds, r.peakRssMb, r.outputMb, r.exitCode ?? "signal"]));
  console.log(JSON.stringify({ events: args.events, db: args.db, parley: args.parley, node: process.version, results }));
}
