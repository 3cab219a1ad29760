import { type RequestHandler } from "express";

/**
 * Before the body is read: a POST to the GraphQL endpoint must be JSON. Anything else is answered
 * 415 with a GraphQL-shaped error, instead of reaching Apollo with no parsed body.
 */
export function createJsonOnlyHandler(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== "POST") return next();
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type === "application/json") return next();
    res.status(415).json({
      errors: [{ message: `POST bodies must be application/json; got ${type ? JSON.stringify(type) : "no content-type"}`, extensions: { code: "BAD_REQUEST" } }],
    });
  };
}
