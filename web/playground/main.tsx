// Workers first: GraphiQL's editors ask MonacoEnvironment for them as soon as they mount.
import "./monaco-workers.js";
import { GraphiQL } from "graphiql";
import { DocsIcon, ToolbarButton, ToolbarMenu, useGraphiQL } from "@graphiql/react";
import { getOperationAST, parse } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "../shared/pages.css";
import "./playground.css";
import { GRAPHQL_PATH } from "../shared/graphql-client.js";
import { PLAYGROUND_EXAMPLES, type PlaygroundExample } from "./examples.js";

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

/**
 * The operation to run and whether it is a subscription. Just after a tab switch GraphiQL can still
 * pass the previous tab's operationName: a name the document does not hold is dropped when the
 * document has one operation. A document that does not parse goes to POST, which says why.
 */
function resolveOperation(params: FetcherParams): { params: FetcherParams; subscription: boolean } {
  try {
    const document = parse(params.query);
    const named = getOperationAST(document, params.operationName ?? undefined);
    const operation = named ?? getOperationAST(document);
    if (!operation) return { params, subscription: false };
    const operationName = named ? params.operationName : (operation.name?.value ?? null);
    return { params: { ...params, operationName }, subscription: operation.operation === "subscription" };
  } catch {
    return { params, subscription: false };
  }
}

let feed: { client: Client; authorization: string } | undefined;

/**
 * The graphql-ws client on the page's own server and path. A browser cannot set headers on a
 * WebSocket: an Authorization typed in the headers editor travels in connection_init, so a new
 * one means a new connection.
 */
function feedClient(headers: Record<string, unknown> | undefined): Client {
  const given = headers?.authorization ?? headers?.Authorization;
  const authorization = typeof given === "string" ? given : "";
  if (feed?.authorization !== authorization) {
    void feed?.client.dispose();
    const url = `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}${GRAPHQL_PATH}`;
    feed = { authorization, client: createClient({ url, connectionParams: authorization ? { authorization } : {} }) };
  }
  return feed.client;
}

/** Posts to the page's own server only; headers typed in the headers editor are passed on. Subscriptions stream over its WebSocket. */
async function fetcher(given: FetcherParams, options?: { headers?: Record<string, unknown> }): Promise<unknown> {
  const { params, subscription } = resolveOperation(given);
  if (subscription) {
    const { query, operationName, variables } = params;
    return feedClient(options?.headers).iterate({ query, ...(operationName ? { operationName } : {}), ...(variables ? { variables: variables as Record<string, unknown> } : {}) });
  }
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...(options?.headers as Record<string, string> | undefined) },
    body: JSON.stringify(params),
  });
  return response.json();
}

/** A toolbar menu that replaces the active tab's operation and variables with an example. */
function ExamplesMenu() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const load = (example: PlaygroundExample) => {
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(example.variables ?? "");
  };
  return (
    <ToolbarMenu
      button={
        <ToolbarButton label="Examples" className="parley-examples-button">
          <DocsIcon className="graphiql-toolbar-icon" aria-hidden="true" />
        </ToolbarButton>
      }
    >
      {PLAYGROUND_EXAMPLES.map((example) => (
        <ToolbarMenu.Item key={example.name} onSelect={() => load(example)}>
          {example.name}
        </ToolbarMenu.Item>
      ))}
    </ToolbarMenu>
  );
}

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher as never}
      defaultTabs={PLAYGROUND_EXAMPLES.map((example) => ({ query: example.query, ...(example.variables ? { variables: example.variables } : {}) }))}
      defaultEditorToolsVisibility={true}
      isHeadersEditorEnabled={true}
    >
      <GraphiQL.Logo>
        <a className="parley-logo" href="/">
          Parley
        </a>
      </GraphiQL.Logo>
      <GraphiQL.Toolbar>
        {({ prettify, copy, merge }) => (
          <>
            {prettify}
            {merge}
            {copy}
            <ExamplesMenu />
          </>
        )}
      </GraphiQL.Toolbar>
    </GraphiQL>
  );
}

const root = document.getElementById("graphiql");
if (!root) throw new Error("the page has no #graphiql element");
createRoot(root).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
