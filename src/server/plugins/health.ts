import { type RequestHandler } from "express";

export interface HealthOptions {
  /** Reported as `version` so a deploy can be checked. @default "unknown" */
  version?: string;
}

/** GET /healthz: 200 with a small JSON body while the process serves requests. */
export function createHealthHandler(options: HealthOptions = {}): RequestHandler {
  const startedAt = Date.now();
  return (_req, res) => {
    res.status(200).json({ status: "ok", version: options.version ?? "unknown", uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) });
  };
}
