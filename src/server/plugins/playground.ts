import { type ApolloServerPlugin } from "@apollo/server";
import { type RequestHandler } from "express";
import { renderPlaygroundPage } from "./playground-page.js";

/**
 * Apollo landing-page plugin: a browser's GET /graphql (Accept: text/html) gets the local query
 * page instead of Apollo's default, which loads Sandbox from a CDN and is blank offline.
 */
export function createPlaygroundPlugin(): ApolloServerPlugin {
  const html = renderPlaygroundPage();
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}

/** GET / serves the same page. */
export function createPlaygroundHandler(): RequestHandler {
  const html = renderPlaygroundPage();
  return (_req, res) => {
    res.type("html").send(html);
  };
}
