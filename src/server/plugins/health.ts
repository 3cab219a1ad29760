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

export interface ReadinessOptions {
  /** A cheap read that proves the store answers. */
  probeStore: () => Promise<unknown>;
  /** True once a graceful stop has begun: the load balancer should send no more traffic. */
  isClosing: () => boolean;
  /** A store that does not answer within this many milliseconds counts as down. @default 2000 */
  timeoutMs?: number;
}

/**
 * GET /readyz: 200 when the store answers and the server is not stopping, else 503 with the reason.
 * /healthz says the process is alive; /readyz says it should get traffic.
 */
export function createReadinessHandler(options: ReadinessOptions): RequestHandler {
  const timeoutMs = options.timeoutMs ?? 2000;
  return async (_req, res) => {
    if (options.isClosing()) {
      res.status(503).json({ status: "stopping" });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        options.probeStore(),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`the store did not answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      res.status(200).json({ status: "ready" });
    } catch (error) {
      res.status(503).json({ status: "unavailable", reason: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
    }
  };
}
