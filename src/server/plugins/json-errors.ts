import { type ErrorRequestHandler } from "express";

/**
 * Express errors before GraphQL runs (a body over the size limit, malformed JSON) answered as a
 * GraphQL-shaped JSON error instead of express's HTML page with a stack trace.
 */
export function createJsonErrorHandler(): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" ? error.status : 500;
    const type = typeof error === "object" && error !== null && "type" in error ? String(error.type) : "";
    const code = status === 413 ? "PAYLOAD_TOO_LARGE" : type === "entity.parse.failed" ? "BAD_REQUEST" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
    const message = status === 413 ? "request body is too large" : status < 500 && error instanceof Error ? error.message : "Internal server error";
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
