import cors from "cors";
import { type RequestHandler } from "express";

/**
 * CORS for an allowlist of origins. With none (the default) no CORS header is ever sent, so
 * browsers keep pages from other origins from reading responses or sending JSON operations.
 */
export function createCorsHandler(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins.map((origin) => origin.toLowerCase()));
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin.toLowerCase())),
    methods: ["GET", "POST"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name"],
    maxAge: 600,
  });
}
