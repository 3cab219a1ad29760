import { Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../../config.js";
import { runServer } from "../../server/run-server.js";

interface ServeOptions {
  port?: number;
  host?: string;
  db?: string;
  seeds: boolean;
}

function portNumber(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535, got ${JSON.stringify(value)}`);
  return Number(value);
}

/**
 * `parley serve [--port N] [--host H] [--db FILE] [--no-seeds]`: the server `npm start` runs, with
 * flags overriding the environment (PORT, HOST, PARLEY_DB, PARLEY_LOAD_SEEDS).
 */
export function serveCommand(): Command {
  return new Command("serve")
    .description("Start the GraphQL server (playground at /, /timeline, /graph); flags override PORT, HOST, PARLEY_DB and PARLEY_LOAD_SEEDS.")
    .option("--port <N>", "port to listen on (0 picks a free one)", portNumber)
    .option("--host <HOST>", "interface to bind")
    .option("--db <FILE>", "the sqlite file of the embedded store")
    .option("--no-seeds", "do not ingest seeds/ at start")
    .action(async (options: ServeOptions) => {
      const config = loadConfig(process.env);
      await runServer({
        ...config,
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.host ? { host: options.host } : {}),
        ...(options.db ? { dbPath: options.db } : {}),
        loadSeeds: config.loadSeeds && options.seeds,
      });
    });
}
