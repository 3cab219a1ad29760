// Workers first: GraphiQL's editors ask MonacoEnvironment for them as soon as they mount.
import "./monaco-workers.js";
import { GraphiQL } from "graphiql";
import { DocsIcon, ToolbarButton, ToolbarMenu, useGraphiQL } from "@graphiql/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "../shared/pages.css";
import "./playground.css";
import { GRAPHQL_PATH } from "../shared/graphql-client.js";
import { PLAYGROUND_EXAMPLES, type PlaygroundExample } from "./examples.js";

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

/** Posts to the page's own server only; headers typed in the headers editor are passed on. */
async function fetcher(params: FetcherParams, options?: { headers?: Record<string, unknown> }): Promise<unknown> {
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
