import { type ArticleGraph } from "../domain/index.js";
import { type ArticleInput } from "../extract/pipeline.js";
import { type GraphStore } from "../store/graph-store.js";
import { createLoaders, type Loaders } from "./loaders/create-loaders.js";

/** Turns an article into its graph; the real one is `extractArticle`, tests may pass another. */
export type ExtractFn = (input: ArticleInput) => ArticleGraph;

/** What every resolver sees: the store, this request's loaders and the extractor. */
export interface ParleyContext {
  store: GraphStore;
  loaders: Loaders;
  extract: ExtractFn;
}

/** Builds a fresh context for one request (new loaders, so no cache is shared between requests). */
export function createContext(store: GraphStore, extract: ExtractFn): ParleyContext {
  return { store, loaders: createLoaders(store), extract };
}
