import { Command } from "commander";
import { BadInputError } from "../../domain/index.js";
import { addMetadataFlags, type MetadataFlags, runMetadataOf } from "../../ingest/metadata-flags.js";
import { type ArticleRead, isRejected, readArticleSource } from "../../ingest/read-article-file.js";
import { prepareArticle } from "../../server/article-guard.js";

interface ExtractOptions extends MetadataFlags {
  html?: boolean;
}

/**
 * The one article in FILE, read exactly as `parley ingest` reads it. Throws BadInputError (exit 2)
 * naming the file when it cannot be read, holds no article or holds more than one.
 */
export async function readOneArticle(file: string, options: ExtractOptions): Promise<ArticleRead> {
  const items = await readArticleSource({ path: file }, { ...runMetadataOf(options), ...(options.html ? { format: "html" as const } : {}) });
  const bad = items.find(isRejected);
  if (bad) throw new BadInputError(`${bad.label}: ${bad.error}`, { field: "FILE" });
  const [first, ...more] = items as ArticleRead[];
  if (!first) throw new BadInputError(`${file === "-" ? "stdin" : file}: no article in it`, { field: "FILE" });
  if (more.length > 0) throw new BadInputError(`${file === "-" ? "stdin" : file} holds ${items.length} articles; extract takes one (parley ingest reads them all)`, { field: "FILE" });
  return first;
}

/** `parley extract FILE`: one article in, its ArticleGraph (DESIGN §3) out as JSON on stdout. */
export function extractCommand(): Command {
  const command = new Command("extract")
    .description(
      "Extract the ArticleGraph of one article and print it as JSON (2-space indent) on stdout. The file is read as `parley ingest` reads it (same title, text, metadata and article id); metadata in the file wins over the flags.",
    )
    .argument("<FILE>", "article file: .txt (header format or BBC style), .html/.htm, a .jsonl with one line; - reads stdin")
    .option("--html", "treat the input as an HTML page (default for .html/.htm files and for input starting with <)")
    .option("--title <T>", "article title, when the file has none");
  return addMetadataFlags(command).action(async (file: string, options: ExtractOptions) => {
    const { input, overridden, origins, notes } = await readOneArticle(file, options);
    const label = file === "-" ? "stdin" : file;
    for (const note of notes) process.stderr.write(`parley: note: ${label}: ${note}\n`);
    for (const field of overridden) {
      const flag = field === "publishedAt" ? "--published" : `--${field}`;
      const own = origins[field] === "filename" ? "the date in its file name" : `its own ${field}`;
      process.stderr.write(`parley: note: ${label}: ${flag} not used; the article carries ${own}\n`);
    }
    // Loaded on use so `--help` works even while the extractor is broken.
    const { extractArticle } = await import("../../extract/pipeline.js");
    const graph = extractArticle(prepareArticle(input));
    process.stdout.write(`${JSON.stringify(graph, null, 2)}\n`);
  });
}
