import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { type Logger } from "pino";
import { type ParleyConfig } from "../config.js";
import { actorKnowledge, configureActorKnowledge } from "../knowledge/index.js";
import { extractArticle } from "../extract/pipeline.js";
import { createEventFeed } from "../feed/event-feed.js";
import { type ExtractFn } from "../graphql/context.js";
import { openStore } from "../store/open-store.js";
import { createParleyServer, type ListeningAddress, type ParleyServer } from "./create-server.js";
import { loadSeeds, type SeedLoadResult } from "./seed-loader.js";

export interface RunningParley {
  server: ParleyServer;
  address: ListeningAddress;
  /** Null when seed loading is turned off. */
  seeds: SeedLoadResult | null;
}

/**
 * Opens the configured store (Neo4j when NEO4J_URI is set, else the sqlite file), loads the seeds (idempotent), and starts the HTTP server. On any failure
 * after the store is open, the store is closed before the error is rethrown.
 */
export async function startParley(config: ParleyConfig, logger?: Logger, extract: ExtractFn = extractArticle): Promise<RunningParley> {
  // The user's actors are merged over the shipped ones before any article is read; a bad file stops the start here.
  if (config.actorsFile) {
    configureActorKnowledge({ userFile: config.actorsFile });
    const people = actorKnowledge().actors.length;
    logger?.info({ actorsFile: config.actorsFile, people }, "actor knowledge base loaded with the user's actors");
  }
  if (!config.neo4j) await mkdir(dirname(config.dbPath), { recursive: true });
  const store = await openStore({ sqlitePath: config.dbPath, sqliteCacheMb: config.sqliteCacheMb, ...(config.neo4j ? { neo4j: config.neo4j } : {}) });
  let server: ParleyServer | undefined;
  // One feed for every in-process writer: the seeds here, then ingestArticle.
  const feed = createEventFeed();
  try {
    const seeds = config.loadSeeds ? await loadSeeds({ dir: config.seedsDir, store, extract, feed, ...(logger ? { logger } : {}) }) : null;
    if (seeds) logger?.info(seeds, `seeds: ${seeds.added} added, ${seeds.unchanged} already stored`);
    server = await createParleyServer({ store, extract, feed, environment: config.nodeEnv, ...(config.security ? { security: config.security } : {}), ...(logger ? { logger } : {}) });
    const address = await server.listen(config.port, config.host);
    return { server, address, seeds };
  } catch (error) {
    if (server) await server.close();
    else await store.close();
    throw error;
  }
}
