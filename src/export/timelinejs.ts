import { type ArticleRecord, type GraphStore } from "../store/graph-store.js";
import { jsonArray, jsonAt, jsonClose, jsonKey } from "./json-text.js";
import { eventPages, type ExportedEvent } from "./read-pages.js";

function html(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A PartialDate value as a TimelineJS date: only the parts the text gave (no invented day). */
function timelineJsDate(value: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = value.split("-").map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

function slide(event: ExportedEvent & { date: NonNullable<ExportedEvent["date"]> }, names: Map<string, string>, articles: Map<string, ArticleRecord>) {
  const people = event.participants.map((participant) => `${html(names.get(participant.entityId) ?? participant.entityId)} (${participant.role.toLowerCase()})`).join(", ");
  const quotes = event.evidence
    .map((evidence) => {
      const article = articles.get(evidence.articleId);
      const source = article ? [article.title, article.source, article.publishedAt].filter(Boolean).join(" · ") : evidence.articleId;
      const cite = article?.url ? `<a href="${html(article.url)}">${html(source)}</a>` : html(source);
      return `<blockquote>${html(evidence.quote)}</blockquote><p>${cite}</p>`;
    })
    .join("");
  return {
    unique_id: event.id.replace(/[^A-Za-z0-9_-]/g, "-"),
    start_date: timelineJsDate(event.date.value),
    ...(event.date.end ? { end_date: timelineJsDate(event.date.end) } : {}),
    display_date: event.date.end ? `${event.date.value} – ${event.date.end}` : event.date.value,
    group: event.type,
    text: { headline: html(event.summary), text: `<p>${event.status.toLowerCase()} · ${people}</p>${quotes}` },
  };
}

/** One page's dated events as slides, with the names and articles they cite looked up for the page. */
async function slides(store: GraphStore, events: ExportedEvent[]) {
  const dated = events.filter((event): event is ExportedEvent & { date: NonNullable<ExportedEvent["date"]> } => event.date !== null);
  const entityIds = [...new Set(dated.flatMap((event) => event.participants.map((participant) => participant.entityId)))];
  const articleIds = [...new Set(dated.flatMap((event) => event.evidence.map((evidence) => evidence.articleId)))];
  const [entities, articles] = await Promise.all([entityIds.length ? store.entitiesByIds(entityIds) : [], articleIds.length ? store.articlesByIds(articleIds) : []]);
  const names = new Map(entities.flatMap((entity) => (entity ? [[entity.id, entity.name] as const] : [])));
  const byId = new Map(articles.flatMap((article) => (article ? [[article.id, article] as const] : [])));
  return dated.map((event) => slide(event, names, byId));
}

/**
 * A TimelineJS 3 document (https://timeline.knightlab.com/docs/json-format.html): one slide per
 * dated event, grouped by type, its participants and evidence quotes as the slide's text. Undated
 * events are left out (TimelineJS needs a start date). The title's counts come from the store's
 * totals first; the slides are then written page by page (dated events come before undated ones,
 * so reading stops at the first undated event).
 */
export async function* timelineJs(store: GraphStore): AsyncGenerator<string> {
  // Every dated event overlaps a range that starts in year 1; an undated one overlaps none.
  const [{ totalCount: dated }, { totalCount: articles }] = await Promise.all([store.findEvents({ from: "0001" }, { first: 0 }), store.findArticles({ first: 0 })]);
  const title = { text: { headline: "Parley: diplomatic events", text: `${dated} dated events from ${articles} articles` } };
  async function* pages(): AsyncGenerator<unknown[]> {
    for await (const page of eventPages(store, { participants: true, evidence: true })) {
      yield await slides(store, page);
      if (page.some((event) => event.date === null)) return;
    }
  }
  yield `{${jsonKey("title", 1, true)}${jsonAt(title, 1)}${jsonKey("events", 1, false)}`;
  yield* jsonArray(pages(), 1);
  yield `${jsonClose(0)}\n`;
}
