import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ExtractFn } from "../../src/graphql/context.js";
import { createParleyServer, type ParleyServer } from "../../src/server/create-server.js";
import { type GraphStore } from "../../src/store/graph-store.js";
import { openSqliteStore } from "../../src/store/sqlite/index.js";
import { type ArticleGraph } from "../../src/domain/index.js";

/** A fresh temp directory, removed by the returned function. */
export async function makeTempDir(prefix = "parley-test-"): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface TestServer {
  server: ParleyServer;
  store: GraphStore;
  dbPath: string;
  /** Runs an operation through Apollo (no HTTP) and returns the single result. */
  run<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: TData | null; errors?: readonly GraphQLErrorJson[] }>;
  /** Closes the server (and the store) and removes the temp database. */
  dispose(): Promise<void>;
}

export interface GraphQLErrorJson {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown> & { code?: string };
}

const noExtractor: ExtractFn = () => {
  throw new Error("this test server was started without an extractor");
};

/** A server over a temp sqlite file holding the given graphs. */
export async function startTestServer(options: { graphs?: ArticleGraph[]; extract?: ExtractFn; environment?: string; store?: GraphStore } = {}): Promise<TestServer> {
  const temp = await makeTempDir();
  const dbPath = join(temp.dir, "parley.db");
  const store = options.store ?? (await openSqliteStore({ path: dbPath }));
  for (const graph of options.graphs ?? []) await store.ingestArticle(graph);
  const server = await createParleyServer({
    store,
    environment: options.environment ?? "test",
    extract: options.extract ?? noExtractor,
  });
  return {
    server,
    store,
    dbPath,
    async run(query, variables) {
      const response = await server.executeOperation({ query, ...(variables ? { variables } : {}) });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      return response.body.singleResult as never;
    },
    async dispose() {
      await server.close();
      await temp.remove();
    },
  };
}
