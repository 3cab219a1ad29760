import { DataSet } from "vis-data/peer";
import { Timeline, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import "../shared/pages.css";
import "./timeline.css";
import { byId, el, showStatus } from "../shared/dom.js";
import { requestGraphql } from "../shared/graphql-client.js";

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
interface EventDetails {
  id: string;
  type: string;
  status: string;
  summary: string;
  date: { value: string; precision: string; end: string | null } | null;
  place: { name: string } | null;
  plover: { event: string; mode: string | null };
  cameo: string | null;
  participants: { role: string; entity: { id: string; name: string; kind: string } }[];
  evidence: { quote: string; article: { id: string; title: string | null; source: string | null; publishedAt: string | null; url: string | null } }[];
}

const TIMELINE_QUERY = `query Timeline($filter: EventFilter, $groupBy: TimelineGroupBy!) {
  timeline(filter: $filter, groupBy: $groupBy) {
    undatedCount
    groups { id content }
    items { id eventId content start end type group className title }
  }
}`;

/** Undated events have no place on the axis; they are listed in the side panel instead (the first page of them). */
const UNDATED_QUERY = `query UndatedEvents($filter: EventFilter) {
  events(filter: $filter, first: 100) {
    totalCount
    edges { node { id type status summary participants { entity { name } } } }
  }
}`;

interface UndatedEvent {
  id: string;
  type: string;
  status: string;
  summary: string;
  participants: { entity: { name: string } }[];
}

const EVENT_QUERY = `query EventDetails($id: ID!) {
  event(id: $id) {
    id type status summary
    date { value precision end }
    place { name }
    plover { event mode }
    cameo
    participants { role entity { id name kind } }
    evidence { quote article { id title source publishedAt url } }
  }
}`;

const CHOICES_QUERY = `query Choices {
  countries { id name }
  eventTypes: __type(name: "EventType") { enumValues { name description } }
}`;

const PEOPLE_QUERY = `query People($after: String) {
  people(first: 100, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } }
}`;

/** Name → id of every person, for the person box (a datalist of names). */
const peopleByName = new Map<string, string>();

/** What vis-timeline is given: the API's item with `end` left out for points. */
type DrawnItem = Omit<TimelineItemJson, "end"> & { end?: string };

const items = new DataSet<DrawnItem>();
const groups = new DataSet<TimelineGroupJson>();

const options: TimelineOptions = {
  stack: true,
  zoomable: true,
  orientation: "top",
  // Expose the item id in the DOM (data-id) so a reader, or a test, can tell drawn items apart.
  dataAttributes: ["id"],
  // Texts from the API are already HTML-escaped; the xss filter stays on for anything else.
  tooltip: { followMouse: true },
  margin: { item: 6 },
};

const timeline = new Timeline(byId("timeline"), items, groups, options);

/** The EventFilter the controls describe; throws naming the control when the person is unknown. */
function currentFilter(): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const participants: string[] = [];
  const personName = byId<HTMLInputElement>("filter-person").value.trim();
  if (personName) {
    const id = peopleByName.get(personName.toLowerCase());
    if (!id) throw new Error(`no person called ${JSON.stringify(personName)} in the graph: pick one from the list`);
    participants.push(id);
  }
  if (participants.length) filter.participants = participants;
  // The country rule, as everywhere: the country takes part or a participant acts for it.
  const country = byId<HTMLSelectElement>("filter-country").value;
  if (country) filter.countries = [country];
  const type = byId<HTMLSelectElement>("filter-type").value;
  if (type) filter.types = [type];
  const from = byId<HTMLInputElement>("filter-from").value.trim();
  const to = byId<HTMLInputElement>("filter-to").value.trim();
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/** Fetches the timeline for the controls and redraws it. */
async function load(): Promise<void> {
  let filter: Record<string, unknown>;
  try {
    filter = currentFilter();
  } catch (error) {
    showStatus((error as Error).message, "error");
    return;
  }
  const groupBy = byId<HTMLSelectElement>("group-by").value;
  showStatus("Loading…");
  document.body.dataset.state = "loading";
  try {
    const data = await requestGraphql<{ timeline: { undatedCount: number; groups: TimelineGroupJson[]; items: TimelineItemJson[] } }>(TIMELINE_QUERY, { filter, groupBy });
    groups.clear();
    items.clear();
    groups.add(data.timeline.groups);
    items.add(data.timeline.items.map(({ end, ...item }): DrawnItem => (end ? { ...item, end } : item)));
    if (data.timeline.items.length) timeline.fit({ animation: false });
    const n = data.timeline.items.length;
    showStatus(n ? `${n} item${n === 1 ? "" : "s"} in ${data.timeline.groups.length} row${data.timeline.groups.length === 1 ? "" : "s"}` : "No dated events match these filters.");
    document.body.dataset.itemCount = String(n);
    showUndatedCount(data.timeline.undatedCount, filter);
  } catch (error) {
    showStatus(`Could not load the timeline: ${(error as Error).message}`, "error");
  } finally {
    document.body.dataset.state = "ready";
    // Counts finished loads, so a reader (or a test) can wait for the answer to a given click.
    document.body.dataset.loads = String(Number(document.body.dataset.loads ?? "0") + 1);
  }
}

/** Shows an event's participants, status and evidence in the side panel. */
async function showEvent(eventId: string): Promise<void> {
  const panel = byId("details");
  panel.replaceChildren(el("p", "Loading…", "meta"));
  try {
    const { event } = await requestGraphql<{ event: EventDetails | null }>(EVENT_QUERY, { id: eventId });
    if (!event) {
      panel.replaceChildren(el("p", "This event is no longer in the graph.", "meta"));
      return;
    }
    const date = event.date ? `${event.date.value}${event.date.end ? ` – ${event.date.end}` : ""} (${event.date.precision.toLowerCase()})` : "undated";
    const parts: HTMLElement[] = [
      el("h2", event.summary),
      el("p", `${event.type} · ${event.status} · ${date}${event.place ? ` · ${event.place.name}` : ""}`, "meta"),
      el("p", `PLOVER ${event.plover.event}${event.plover.mode ? `/${event.plover.mode}` : ""}${event.cameo ? ` · CAMEO ${event.cameo}` : ""}`, "meta"),
      el("h3", "Participants"),
    ];
    const list = el("ul");
    for (const participant of event.participants) list.append(el("li", `${participant.entity.name} — ${participant.role.toLowerCase()} (${participant.entity.kind.toLowerCase()})`));
    parts.push(list, el("h3", `Evidence (${event.evidence.length})`));
    for (const evidence of event.evidence) {
      parts.push(el("blockquote", evidence.quote));
      const source = el("p", "", "meta");
      const label = [evidence.article.title ?? evidence.article.id, evidence.article.source, evidence.article.publishedAt].filter(Boolean).join(" · ");
      if (evidence.article.url) {
        const link = el("a", label);
        link.href = evidence.article.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        source.append(link);
      } else {
        source.textContent = label;
      }
      parts.push(source);
    }
    panel.replaceChildren(...parts);
    panel.dataset.eventId = event.id;
    delete panel.dataset.list;
  } catch (error) {
    panel.replaceChildren(el("p", `Could not load the event: ${(error as Error).message}`, "meta"));
  }
}

/** The filter of the undated events the timeline could not draw: the same conditions, dates set aside. */
function undatedFilter(filter: Record<string, unknown>): Record<string, unknown> {
  const { from: _from, to: _to, ...rest } = filter;
  return { ...rest, dated: false };
}

/** Says how many undated events the filters select, with a button that lists them. */
function showUndatedCount(count: number, filter: Record<string, unknown>): void {
  const box = byId("undated");
  box.dataset.count = String(count);
  if (count === 0) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const bounded = filter.from !== undefined || filter.to !== undefined;
  const text = `${count} undated event${count === 1 ? "" : "s"} ${count === 1 ? "matches" : "match"} these filters${bounded ? " (dates set aside)" : ""} and cannot be placed on the time axis.`;
  const button = el("button", count === 1 ? "Show it" : "List them");
  button.type = "button";
  button.id = "list-undated";
  button.addEventListener("click", () => void listUndated(filter));
  box.replaceChildren(el("span", text), button);
  box.hidden = false;
}

/** Lists the undated events in the side panel; each opens its details. */
async function listUndated(filter: Record<string, unknown>): Promise<void> {
  const panel = byId("details");
  panel.replaceChildren(el("p", "Loading…", "meta"));
  delete panel.dataset.eventId;
  try {
    const { events } = await requestGraphql<{ events: { totalCount: number; edges: { node: UndatedEvent }[] } }>(UNDATED_QUERY, { filter: undatedFilter(filter) });
    const shown = events.edges.length;
    const list = el("ul", undefined, "undated-list");
    for (const { node } of events.edges) {
      const item = el("li");
      const open = el("button", node.summary);
      open.type = "button";
      open.dataset.eventId = node.id;
      open.addEventListener("click", () => void showEvent(node.id));
      const names = node.participants.map((participant) => participant.entity.name).join(", ");
      item.append(open, el("div", `${node.type} · ${node.status}${names ? ` · ${names}` : ""}`, "meta"));
      list.append(item);
    }
    panel.replaceChildren(
      el("h2", `Undated events (${events.totalCount})`),
      el("p", `${shown < events.totalCount ? `The first ${shown}. ` : ""}No article dates them, so they have no place on the time axis. Click one for its participants and evidence.`, "meta"),
      list,
    );
    panel.dataset.list = "undated";
  } catch (error) {
    panel.replaceChildren(el("p", `Could not list the undated events: ${(error as Error).message}`, "meta"));
  }
}

timeline.on("select", (properties: { items: (string | number)[] }) => {
  const id = properties.items[0];
  const item = id === undefined ? null : items.get(String(id));
  if (item) void showEvent(item.eventId);
});

/** Fills the person, country and type controls from the graph. */
async function loadChoices(): Promise<void> {
  const data = await requestGraphql<{ countries: { id: string; name: string }[]; eventTypes: { enumValues: { name: string; description: string | null }[] } | null }>(CHOICES_QUERY);
  const countrySelect = byId<HTMLSelectElement>("filter-country");
  for (const country of data.countries) countrySelect.append(new Option(country.name, country.id));
  const typeSelect = byId<HTMLSelectElement>("filter-type");
  for (const value of data.eventTypes?.enumValues ?? []) {
    const option = new Option(value.name.toLowerCase().replace(/_/g, " "), value.name);
    if (value.description) option.title = value.description;
    typeSelect.append(option);
  }
  const datalist = byId<HTMLDataListElement>("people");
  let after: string | null = null;
  // Bounded: at most 20 pages of 100 people feed the suggestions.
  for (let page = 0; page < 20; page += 1) {
    const result: { people: { edges: { node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await requestGraphql(PEOPLE_QUERY, after ? { after } : {});
    for (const { node } of result.people.edges) {
      peopleByName.set(node.name.toLowerCase(), node.id);
      datalist.append(new Option(node.name));
    }
    if (!result.people.pageInfo.hasNextPage) break;
    after = result.people.pageInfo.endCursor;
  }
}

/** Reads the initial filter from the address (?person=…&country=…&type=…&from=…&to=…&groupBy=…). */
function applyAddress(): void {
  const params = new URLSearchParams(location.search);
  const set = (id: string, key: string) => {
    const value = params.get(key);
    if (value !== null) (byId<HTMLInputElement | HTMLSelectElement>(id)).value = value;
  };
  set("filter-person", "person");
  set("filter-country", "country");
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
  void load();
});

loadChoices()
  .then(() => applyAddress())
  .catch((error: unknown) => showStatus(`Could not load the filter choices: ${(error as Error).message}`, "error"))
  .finally(() => void load());
