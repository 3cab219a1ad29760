import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ParleyError } from "../domain/index.js";

const STORE_FAILURES = new Set(["STORE_ERROR", "STORE_UNAVAILABLE"]);

export interface FormatErrorOptions {
  /** Show unexpected errors' messages and stack traces (development only). @default false */
  exposeInternals?: boolean;
  /** Where unexpected errors are reported before they are masked. */
  onUnexpectedError?: (error: unknown) => void;
}

/**
 * Apollo `formatError`: domain errors (each with `.code`) become `extensions.code` plus their
 * details; GraphQL's own errors (syntax, validation, variables) keep their code; anything else is
 * an INTERNAL_SERVER_ERROR whose message is masked unless `exposeInternals`.
 */
export function createFormatError(options: FormatErrorOptions = {}) {
  const { exposeInternals = false, onUnexpectedError } = options;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const keepStack = exposeInternals && stacktrace !== undefined ? { stacktrace } : {};
    // Store failures carry driver text (SQL, file paths, URIs): logged, never shown outside development.
    if (original instanceof ParleyError && STORE_FAILURES.has(original.code) && !exposeInternals) {
      onUnexpectedError?.(original);
      return { message: "the store could not complete the request; nothing was written", ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: original.code } };
    }
    if (original instanceof ParleyError) {
      return { ...formatted, message: original.message, extensions: { ...original.details, code: original.code, ...keepStack } };
    }
    const code = extensions.code;
    const isExpected = original instanceof GraphQLError && typeof code === "string" && code !== "INTERNAL_SERVER_ERROR";
    if (isExpected) return { ...formatted, extensions: { ...extensions, ...keepStack } };
    onUnexpectedError?.(original);
    if (exposeInternals) return { ...formatted, extensions: { ...extensions, code: "INTERNAL_SERVER_ERROR", ...keepStack } };
    return { message: "Internal server error", ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
