import { pino, type Logger } from "pino";
import { type ParleyConfig } from "../config.js";
import { startParley, type RunningParley } from "./start-parley.js";

/** Logs for people on a terminal (pino-pretty), JSON lines for everything else (files, collectors). */
export function createLogger(level: ParleyConfig["logLevel"], terminal = process.stdout.isTTY === true): Logger {
  return terminal ? pino({ level, transport: { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } } }) : pino({ level });
}

/**
 * Starts Parley with a configuration and stops it gracefully on SIGINT/SIGTERM: no new
 * connections, in-flight requests finish, then the store closes. Used by `npm start` and `parley serve`.
 */
export async function runServer(config: ParleyConfig): Promise<RunningParley> {
  const logger = createLogger(config.logLevel);
  const running = await startParley(config, logger);
  logger.info(`Parley GraphQL listening on ${running.address.url}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    running.server.close().then(
      () => logger.info("stopped"),
      (error: unknown) => {
        logger.error({ err: error }, "error while shutting down");
        process.exitCode = 1;
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return running;
}
