import { PLAYGROUND_EXAMPLES, type PlaygroundExample } from "./playground-examples.js";

/** JSON safe to put inside an inline <script>: no `</script>` or `<!--` can close it early. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

const STYLE = `
  :root { font-family: system-ui, sans-serif; color: #1d2430; background: #f6f7f9; }
  body { margin: 0; display: flex; flex-direction: column; height: 100vh; }
  header { padding: .6rem 1rem; background: #1d2430; color: #fff; display: flex; gap: 1rem; align-items: center; }
  header h1 { font-size: 1.1rem; margin: 0; }
  header select, header button { font: inherit; padding: .25rem .5rem; }
  header button { background: #3b82f6; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  main { flex: 1; display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; padding: .5rem; min-height: 0; }
  section { display: flex; flex-direction: column; min-height: 0; }
  label { font-size: .8rem; color: #596273; margin: .2rem 0; }
  textarea, pre { font: 13px/1.4 ui-monospace, monospace; border: 1px solid #cfd5de; border-radius: 4px; padding: .5rem; background: #fff; margin: 0; }
  textarea { resize: none; }
  #query { flex: 3; } #variables { flex: 1; }
  pre { flex: 1; overflow: auto; white-space: pre-wrap; }
  .status { font-size: .8rem; margin-left: auto; }
`;

// Plain DOM and fetch only: the page must work with no network beyond this server.
const SCRIPT = `
  const examples = JSON.parse(document.getElementById("examples").textContent);
  const select = document.getElementById("example");
  const query = document.getElementById("query");
  const variables = document.getElementById("variables");
  const output = document.getElementById("output");
  const status = document.getElementById("status");
  examples.forEach((example, index) => select.add(new Option(example.name, String(index))));
  function load(index) {
    const example = examples[index];
    query.value = example.query;
    variables.value = example.variables ? JSON.stringify(example.variables, null, 2) : "";
  }
  async function run() {
    let vars;
    try { vars = variables.value.trim() ? JSON.parse(variables.value) : undefined; }
    catch (error) { output.textContent = "Variables are not valid JSON: " + error.message; return; }
    status.textContent = "running…";
    const started = performance.now();
    try {
      const response = await fetch(location.pathname === "/" ? "graphql" : location.pathname, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query: query.value, variables: vars }),
      });
      const text = await response.text();
      try { output.textContent = JSON.stringify(JSON.parse(text), null, 2); } catch { output.textContent = text; }
      status.textContent = "HTTP " + response.status + " in " + Math.round(performance.now() - started) + " ms";
    } catch (error) {
      output.textContent = String(error);
      status.textContent = "failed";
    }
  }
  select.addEventListener("change", () => load(Number(select.value)));
  document.getElementById("run").addEventListener("click", run);
  document.addEventListener("keydown", (event) => { if ((event.ctrlKey || event.metaKey) && event.key === "Enter") run(); });
  load(0);
`;

/** The self-contained query page served at `/` and to browsers at GET /graphql. */
export function renderPlaygroundPage(examples: readonly PlaygroundExample[] = PLAYGROUND_EXAMPLES): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley GraphQL</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>Parley GraphQL</h1>
  <select id="example" aria-label="Example operation"></select>
  <button id="run" type="button" title="Ctrl+Enter">Run ▶</button>
  <span id="status" class="status"></span>
</header>
<main>
  <section>
    <label for="query">Operation</label>
    <textarea id="query" spellcheck="false"></textarea>
    <label for="variables">Variables (JSON)</label>
    <textarea id="variables" spellcheck="false"></textarea>
  </section>
  <section>
    <label for="output">Result</label>
    <pre id="output" aria-live="polite"></pre>
  </section>
</main>
<script type="application/json" id="examples">${inlineJson(examples)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
