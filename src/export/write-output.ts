import { fstatSync, type WriteStream } from "node:fs";
import { open, unlink } from "node:fs/promises";
import { type Writable } from "node:stream";
import { BadInputError, ParleyError } from "../domain/index.js";

/** Writing the export failed part way (a full disk, a reader that went away): exit 1, not bad input. */
export class ExportOutputError extends ParleyError {
  readonly code = "EXPORT_OUTPUT_FAILED";
}

/** Where an export goes: a stream, what to call it in messages, and how to finish or abandon it. */
export interface ExportOutput {
  stream: Writable;
  name: string;
  /** Flushes and closes (a file) or just flushes (stdout). */
  finish(): Promise<void>;
  /** After a failure: closes, and removes a partly written regular file. Returns whether it did. */
  abandon(): Promise<boolean>;
}

/** Chunks handed to the stream at once: fewer, larger writes. */
const CHUNK_CHARS = 64 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: "its directory does not exist",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Opens `--out FILE` for writing before anything is read, so an unwritable path is a usage error
 * (exit 2) with the reason, not a failure after minutes of reading.
 */
export async function openFileOutput(path: string): Promise<ExportOutput> {
  let handle;
  try {
    handle = await open(path, "w");
  } catch (error) {
    throw new BadInputError(`cannot write --out ${path}: ${reasonOf(error)}`, { field: "out" });
  }
  const regular = fstatSync(handle.fd).isFile();
  const stream: WriteStream = handle.createWriteStream({ highWaterMark: 1024 * 1024 });
  const closed = new Promise<void>((resolve) => stream.once("close", () => resolve()));
  return {
    stream,
    name: path,
    async finish() {
      await new Promise<void>((resolve, reject) => {
        stream.once("error", reject);
        stream.end(() => resolve());
      });
      await closed;
    },
    async abandon() {
      stream.destroy();
      await closed;
      if (!regular) return false;
      await unlink(path).catch(() => undefined);
      return true;
    },
  };
}

/** Standard output: flushed at the end, never closed. */
export function stdoutOutput(): ExportOutput {
  const stream = process.stdout;
  return {
    stream,
    name: "stdout",
    async finish() {
      if (stream.writableNeedDrain) await drained(stream);
    },
    async abandon() {
      return false;
    },
  };
}

/** Resolves on 'drain'; rejects when the stream fails or closes first. */
function drained(stream: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off("drain", onDrain).off("error", onError).off("close", onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(stream.errored ?? new Error("the output was closed"));
    stream.on("drain", onDrain).on("error", onError).on("close", onClose);
  });
}

function failure(output: ExportOutput, error: unknown, removed: boolean): ExportOutputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const what =
    code === "EPIPE" || code === "ERR_STREAM_DESTROYED"
      ? `${output.name} was closed before the export was complete (${code === "EPIPE" ? "EPIPE" : "output closed"})`
      : `could not write ${output.name}: ${reasonOf(error)}`;
  return new ExportOutputError(`export stopped: ${what}${removed ? "; the partial file was removed" : ""}`, { output: output.name });
}

/**
 * Writes the pieces to the output as they come, gathered into chunks of about 64 K characters, and
 * waits for 'drain' whenever the stream's buffer is full, so reading never runs ahead of writing by
 * more than a buffer. A write error (EPIPE when the reader of stdout went away, ENOSPC, …) stops
 * the reading and is thrown as an ExportOutputError. On any failure a partly written file is removed.
 */
export async function writeExport(pieces: AsyncIterable<string>, output: ExportOutput): Promise<void> {
  const { stream } = output;
  let failed: unknown = null;
  // Stays attached after a failure: the stream may still emit its error after this returns.
  const onError = (error: unknown) => {
    failed ??= error;
  };
  stream.on("error", onError);
  const outputError = (): unknown => failed ?? stream.errored;
  const write = async (chunk: string): Promise<void> => {
    const more = stream.write(chunk);
    // A failed write is known at once (stream.errored) even though 'error' is emitted later.
    if (outputError()) throw outputError();
    if (!more) await drained(stream);
  };
  try {
    let chunk = "";
    for await (const piece of pieces) {
      chunk += piece;
      if (chunk.length >= CHUNK_CHARS) {
        await write(chunk);
        chunk = "";
      }
    }
    if (chunk) await write(chunk);
    await output.finish();
    if (outputError()) throw outputError();
  } catch (error) {
    const cause = outputError();
    const removed = await output.abandon();
    throw cause ? failure(output, cause, removed) : error;
  }
  stream.off("error", onError);
}
