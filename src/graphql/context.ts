import { type ArticleGraph } from "../domain/index.js";
import { type ArticleInput } from "../extract/pipeline.js";
import { type EventFeed } from "../feed/event-feed.js";
import { type GraphStore } from "../store/graph-store.js";
import { createLoaders, type Loaders } from "./loaders/create-loaders.js";

/** Turns an article into its graph; the real one is `extractArticle`, tests may pass another. */
export type ExtractFn = (input: ArticleInput) => ArticleGraph;

/** What every resolver sees: the store, this request's loaders, the extractor, the live feed and who is curating. */
export interface ParleyContext {
  store: GraphStore;
  loaders: Loaders;
  extract: ExtractFn;
  /** Where writes announce the events they stored, and where `eventAdded` reads them. */
  feed: EventFeed;
  /** The label curations are logged under: the API token's, `anonymous` on a server without one. */
  curator: string;
}

/** Builds a fresh context for one request (new loaders, so no cache is shared between requests). */
export function createContext(store: GraphStore, extract: ExtractFn, feed: EventFeed, curator = "anonymous"): ParleyContext {
  return { store, loaders: createLoaders(store), extract, feed, curator };
}
