import { byId, el } from "../shared/dom.js";
import { requestGraphql } from "../shared/graphql-client.js";

// The side panel of /timeline: one event's details, or the list of the undated events the filters select.

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

/** Shows an event's participants, status and evidence in the side panel. */
export async function showEvent(eventId: string): Promise<void> {
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
export function showUndatedCount(count: number, filter: Record<string, unknown>): void {
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
