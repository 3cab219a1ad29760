import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { BadInputError, precisionOf } from "../../domain/index.js";
import type { ArticleInput } from "../../extract/pipeline.js";
import { decodeText } from "../../eval/run-gold.js";

interface ExtractOptions {
  published?: string;
  html?: boolean;
  title?: string;
  url?: string;
  source?: string;
}

/** Commander parser for `--published`: a real calendar day written YYYY-MM-DD. */
export function parsePublishedOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || precisionOf(value) !== "DAY") {
    throw new InvalidArgumentError(`expected a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Reads an article file (or stdin for `-`) as text, naming the problem when it is missing,
 * unreadable or empty. Throws BadInputError.
 */
export async function readArticleSource(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = file === "-" ? await readStdin() : await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new BadInputError(`cannot read ${file}: ${why}`, { field: "FILE" });
  }
  const text = decodeText(bytes);
  if (!text.trim()) throw new BadInputError(`${file === "-" ? "stdin" : file} is empty: there is no article to extract`, { field: "FILE" });
  return text;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `parley extract FILE`: one article in, its ArticleGraph (DESIGN §3) out as JSON on stdout. */
export function extractCommand(): Command {
  return new Command("extract")
    .description("Extract the ArticleGraph of one article and print it as JSON (2-space indent) on stdout.")
    .argument("<FILE>", "article file (plain text, or HTML with --html / a .html or .htm name); - reads stdin")
    .option("--published <YYYY-MM-DD>", "publication date; relative dates (\"on Wednesday\") resolve against it", parsePublishedOption)
    .option("--html", "treat the input as an HTML page (default for .html/.htm files)")
    .option("--title <T>", "article title")
    .option("--url <U>", "article URL")
    .option("--source <S>", "publisher or outlet name")
    .action(async (file: string, options: ExtractOptions) => {
      const raw = await readArticleSource(file);
      const isHtml = options.html === true || [".html", ".htm"].includes(extname(file).toLowerCase());
      const input: ArticleInput = {
        ...(isHtml ? { html: raw } : { text: raw }),
        ...(options.published ? { publishedAt: options.published } : {}),
        ...(options.title ? { title: options.title } : {}),
        ...(options.url ? { url: options.url } : {}),
        ...(options.source ? { source: options.source } : {}),
      };
      // Loaded on use so `--help` works even while the extractor is broken.
      const { extractArticle } = await import("../../extract/pipeline.js");
      const graph = extractArticle(input);
      process.stdout.write(`${JSON.stringify(graph, null, 2)}\n`);
    });
}
