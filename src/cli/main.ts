import "reflect-metadata";
import { Command, CommanderError } from "commander";
import { actorsFileSetting } from "../config.js";
import { ParleyError } from "../domain/index.js";
import { configureActorKnowledge } from "../knowledge/index.js";
import { evalCommand } from "./commands/eval.js";
import { extractCommand } from "./commands/extract.js";
import { exportCommand } from "./commands/export.js";
import { ingestCommand } from "./commands/ingest.js";
import { serveCommand } from "./commands/serve.js";
import { statsCommand } from "./commands/stats.js";

/**
 * `parley` — the command-line entry (composition root). `bin/parley.js` runs it through tsx;
 * `npm run parley -- …` and `npm run eval -- …` run it too.
 */

const EXIT_CODES = `
Exit codes:
  0  success
  1  runtime failure (the extractor threw; for eval: on at least one item, which is scored as a miss)
  2  bad usage or input (unknown option, bad --published, missing, empty or malformed file)`;

/** Error codes that mean the caller's input was at fault (exit 2), not Parley (exit 1). */
const BAD_INPUT_CODES = new Set(["BAD_CONFIG", "BAD_ACTOR_FILE", "BAD_USER_INPUT", "BAD_CONLL_FILE", "BAD_RAMS_FILE", "BAD_GOLD_FILE", "MISSING_ARTICLE", "BAD_SEED_FILE"]);

function buildProgram(): Command {
  const program = new Command("parley")
    .description("Parley: news articles in, a knowledge graph of people, offices, countries, organisations, places and diplomatic events out.")
    .addCommand(extractCommand())
    .addCommand(evalCommand())
    .addCommand(ingestCommand())
    .addCommand(exportCommand())
    .addCommand(statsCommand())
    .addCommand(serveCommand());
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
  const { actorsFile } = actorsFileSetting(process.env);
  if (actorsFile) configureActorKnowledge({ userFile: actorsFile });
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  const code = exitCodeOf(error);
  // Commander has already printed its own message (or the help).
  if (!(error instanceof CommanderError)) {
    const known = error instanceof ParleyError;
    process.stderr.write(`parley: ${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = code;
}
