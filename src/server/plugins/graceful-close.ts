import { type Server } from "node:http";

/**
 * Stops accepting connections, lets in-flight requests finish and force-closes whatever is still
 * open after `timeoutMs`. Keep-alive sockets go as soon as they fall idle, so close is not held up
 * by a client that keeps its connection open after its last response.
 */
export async function closeHttpServer(server: Server, timeoutMs = 10_000): Promise<void> {
  if (!server.listening) return;
  await new Promise<void>((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    const reapIdle = setInterval(() => server.closeIdleConnections(), 50);
    server.close((error) => {
      clearTimeout(force);
      clearInterval(reapIdle);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
