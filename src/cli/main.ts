import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { actorsFileSetting } from "../config.js";
import { ParleyError } from "../domain/index.js";

/**
 * `parley` — the command-line entry (composition root). `bin/parley.js` runs the compiled
 * `dist/cli/main.js`; `npm run parley -- …` and `npm run eval -- …` run this source through tsx.
 */

const EXIT_CODES = `
Exit codes:
  0  success
  1  runtime failure (the extractor threw; for eval: on at least one item, which is scored as a miss)
  2  bad usage or input (unknown option, bad --published, missing, empty or malformed file)`;

/** Error codes that mean the caller's input was at fault (exit 2), not Parley (exit 1). */
const BAD_INPUT_CODES = new Set(["BAD_CONFIG", "BAD_ACTOR_FILE", "BAD_USER_INPUT", "BAD_CONLL_FILE", "BAD_RAMS_FILE", "BAD_GOLD_FILE", "MISSING_ARTICLE", "BAD_SEED_FILE"]);

interface CommandEntry {
  /** The arguments shown in `parley --help` (the command's own help has the full usage). */
  args?: string;
  /** One line for the list in `parley --help`. */
  summary: string;
  /** Imports the command's module: only the command that runs is loaded, so `parley export` loads no extractor. */
  load: () => Promise<Command>;
}

const COMMANDS: Record<string, CommandEntry> = {
  extract: { args: "<FILE>", summary: "print an article's ArticleGraph as JSON", load: async () => (await import("./commands/extract.js")).extractCommand() },
  eval: { summary: "score the extractor against gold annotations (conll, rams, gold, speed, baseline)", load: async () => (await import("./commands/eval.js")).evalCommand() },
  ingest: { args: "<PATH...>", summary: "extract and store articles from files, folders or stdin", load: async () => (await import("./commands/ingest.js")).ingestCommand() },
  export: { summary: "write the stored graph as GraphML, Cytoscape JSON, TimelineJS, CSV dyads or JSON Lines", load: async () => (await import("./commands/export.js")).exportCommand() },
  curate: { summary: "correct the graph (merge, rename, aliases, reject, restore, update events) with an audit log", load: async () => (await import("./commands/curate.js")).curateCommand() },
  stats: { summary: "count what the store holds", load: async () => (await import("./commands/stats.js")).statsCommand() },
  serve: { summary: "start the GraphQL server", load: async () => (await import("./commands/serve.js")).serveCommand() },
};

/** The command the arguments name (`parley help X` names X); undefined for `parley`, `parley --help`, typos. */
function namedCommand(args: readonly string[]): string | undefined {
  const words = args.filter((arg) => !arg.startsWith("-"));
  const name = words[0] === "help" ? words[1] : words[0];
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

/** The program with the named command loaded and every other command as a stub that only lists itself. */
async function buildProgram(args: readonly string[]): Promise<Command> {
  const program = new Command("parley").description(
    "Parley: news articles in, a knowledge graph of people, offices, countries, organisations, places and diplomatic events out.",
  );
  const loaded = namedCommand(args);
  for (const [name, entry] of Object.entries(COMMANDS)) {
    const command = name === loaded ? await entry.load() : new Command(name);
    if (name !== loaded && entry.args) command.arguments(entry.args);
    program.addCommand(command.summary(entry.summary));
  }
  // Every command: usage errors throw (mapped to exit 2 below), help lists the exit codes.
  const configure = (command: Command): void => {
    command.exitOverride().showHelpAfterError("(add --help for usage)").addHelpText("after", EXIT_CODES);
    command.commands.forEach(configure);
  };
  configure(program);
  return program;
}

function exitCodeOf(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof ParleyError && BAD_INPUT_CODES.has(error.code)) return 2;
  return 1;
}

try {
  // The one setting every command shares: the user's actors, merged over the shipped knowledge base.
  // The knowledge module loads only when a file is set, and then before any command uses it.
  const { actorsFile } = actorsFileSetting(process.env);
  if (actorsFile) (await import("../knowledge/index.js")).configureActorKnowledge({ userFile: actorsFile });
  const program = await buildProgram(process.argv.slice(2));
  await program.parseAsync(process.argv);
} catch (error) {
  const code = exitCodeOf(error);
  // Commander has already printed its own message (or the help).
  if (!(error instanceof CommanderError)) {
    const known = error instanceof ParleyError;
    process.stderr.write(`parley: ${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = code;
}
