import { type ArticleGraph } from "../domain/index.js";

/** What a caller hands the extractor: plain text or HTML, with whatever metadata it knows. */
export interface ArticleInput {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  source?: string;
  /** `YYYY-MM-DD`; relative dates ("on Wednesday") are resolved against it. */
  publishedAt?: string;
  language?: string;
}

/**
 * Turns one article into its ArticleGraph (DESIGN §3). Pure: no I/O.
 * Throws BadInputError (naming the field) for empty or unusable input.
 */
export function extractArticle(input: ArticleInput): ArticleGraph {
  throw new Error(`extractArticle is being written (got ${Object.keys(input).join(", ")})`);
}
