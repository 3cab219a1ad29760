import { DataSet } from "vis-data/peer";
import { Timeline, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import "../shared/pages.css";
import "./timeline.css";
import { byId, el, showStatus } from "../shared/dom.js";
import { createEntityPicker } from "../shared/entity-picker.js";
import { requestGraphql } from "../shared/graphql-client.js";
import { showEvent, showUndatedCount } from "./details-panel.js";

interface TimelineItemJson {
  id: string;
  eventId: string;
  content: string;
  start: string;
  end: string | null;
  type: "point" | "range";
  group: string;
  className: string;
  title: string;
}
interface TimelineGroupJson {
  id: string;
  content: string;
}

const TIMELINE_QUERY = `query Timeline($filter: EventFilter, $groupBy: TimelineGroupBy!) {
  timeline(filter: $filter, groupBy: $groupBy) {
    undatedCount
    groups { id content }
    items { id eventId content start end type group className title }
  }
}`;

const TYPES_QUERY = `query EventTypes {
  eventTypes: __type(name: "EventType") { enumValues { name description } }
}`;

/** What vis-timeline is given: the API's item with `end` left out for points. */
type DrawnItem = Omit<TimelineItemJson, "end"> & { end?: string };

const items = new DataSet<DrawnItem>();
const groups = new DataSet<TimelineGroupJson>();

const options: TimelineOptions = {
  stack: true,
  zoomable: true,
  orientation: "top",
  // The timeline keeps to the page's height and scrolls its rows, instead of growing one long column.
  height: "100%",
  verticalScroll: true,
  // Expose the item id in the DOM (data-id) so a reader, or a test, can tell drawn items apart.
  dataAttributes: ["id"],
  // Texts from the API are already HTML-escaped; the xss filter stays on for anything else.
  tooltip: { followMouse: true },
  margin: { item: 4 },
  // Busy stretches of a row become one item with a count; zooming in (or a double click) opens them.
  cluster: {
    maxItems: 3,
    titleTemplate: "{count} events: zoom in or double-click to see them",
    showStipes: false,
    fitOnDoubleClick: true,
  },
};

const timeline = new Timeline(byId("timeline"), items, groups, options);
// The timeline for the browser console and the browser tests (its window, to zoom in).
(globalThis as unknown as { parleyTimeline: Timeline }).parleyTimeline = timeline;

const personPicker = createEntityPicker(byId("filter-person"), byId("person-options"), ["PERSON"], "person");
const countryPicker = createEntityPicker(byId("filter-country"), byId("country-options"), ["COUNTRY"], "country");

/** The EventFilter the controls describe; throws naming the control when the person or country is unknown. */
async function currentFilter(): Promise<Record<string, unknown>> {
  const filter: Record<string, unknown> = {};
  const person = await personPicker.resolve();
  if (person) filter.participants = [person.id];
  // A country takes part, or a participant acts for it: the API's one country rule, not direct participation only.
  const country = await countryPicker.resolve();
  if (country) filter.countries = [country.id];
  const type = byId<HTMLSelectElement>("filter-type").value;
  if (type) filter.types = [type];
  const from = byId<HTMLInputElement>("filter-from").value.trim();
  const to = byId<HTMLInputElement>("filter-to").value.trim();
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Fetches the timeline for the controls and redraws it. */
async function load(): Promise<void> {
  document.body.dataset.state = "loading";
  try {
    let filter: Record<string, unknown>;
    try {
      filter = await currentFilter();
    } catch (error) {
      showStatus((error as Error).message, "error");
      return;
    }
    const groupBy = byId<HTMLSelectElement>("group-by").value;
    showStatus("Loading…");
    const data = await requestGraphql<{ timeline: { undatedCount: number; groups: TimelineGroupJson[]; items: TimelineItemJson[] } }>(TIMELINE_QUERY, { filter, groupBy });
    groups.clear();
    items.clear();
    groups.add(data.timeline.groups);
    items.add(data.timeline.items.map(({ end, ...item }): DrawnItem => (end ? { ...item, end } : item)));
    if (data.timeline.items.length) timeline.fit({ animation: false });
    const n = data.timeline.items.length;
    showStatus(n ? `${plural(n, "item")} in ${plural(data.timeline.groups.length, "row")}; busy stretches are drawn as one item with a count until you zoom in.` : "No dated events match these filters.");
    document.body.dataset.itemCount = String(n);
    byId("type-legend").hidden = groupBy === "TYPE";
    showUndatedCount(data.timeline.undatedCount, filter);
  } catch (error) {
    showStatus(`Could not load the timeline: ${(error as Error).message}`, "error");
  } finally {
    document.body.dataset.state = "ready";
    // Counts finished loads, so a reader (or a test) can wait for the answer to a given click.
    document.body.dataset.loads = String(Number(document.body.dataset.loads ?? "0") + 1);
  }
}

timeline.on("select", (properties: { items: (string | number)[] }) => {
  const id = properties.items[0];
  // A cluster is no item of ours: it has no event to show (a double click opens it).
  const item = id === undefined ? null : items.get(String(id));
  if (item) void showEvent(item.eventId);
});

/** Fills the type menu, and the colour legend that names the type when the rows are not types. */
async function loadTypes(): Promise<void> {
  const data = await requestGraphql<{ eventTypes: { enumValues: { name: string; description: string | null }[] } | null }>(TYPES_QUERY);
  const typeSelect = byId<HTMLSelectElement>("filter-type");
  const legend = byId("type-legend");
  for (const value of data.eventTypes?.enumValues ?? []) {
    const label = value.name.toLowerCase().replace(/_/g, " ");
    const option = new Option(label, value.name);
    if (value.description) option.title = value.description;
    typeSelect.append(option);
    legend.append(el("span", label, `legend-type ${value.name.toLowerCase().replace(/_/g, "-")}`));
  }
}

/** A name for the picker from the address: a name as it is, an id read back as words ("person:tony-blair" → "tony blair", "country:RUS" → "RUS"). */
function pickerText(value: string): string {
  return value.replace(/^(person|country):/, "").replace(/-/g, " ");
}

/** Reads the initial filter from the address (?person=…&country=…&type=…&from=…&to=…&groupBy=…). */
function applyAddress(): void {
  const params = new URLSearchParams(location.search);
  const set = (id: string, key: string) => {
    const value = params.get(key);
    if (value !== null) byId<HTMLInputElement | HTMLSelectElement>(id).value = value;
  };
  const person = params.get("person");
  if (person) personPicker.setText(pickerText(person));
  const country = params.get("country");
  if (country) countryPicker.setText(pickerText(country));
  set("filter-type", "type");
  set("filter-from", "from");
  set("filter-to", "to");
  set("group-by", "groupBy");
}

byId<HTMLFormElement>("filters").addEventListener("submit", (event) => {
  event.preventDefault();
  void load();
});
byId("reset-filters").addEventListener("click", () => {
  byId<HTMLFormElement>("filters").reset();
  personPicker.clear();
  countryPicker.clear();
  void load();
});

loadTypes()
  .then(() => applyAddress())
  .catch((error: unknown) => showStatus(`Could not load the event types: ${(error as Error).message}`, "error"))
  .finally(() => void load());
