import { formatPartialDate } from "../domain/index.js";
import { type EventRecord } from "../store/graph-store.js";
import { type TimelineJSDateObject, type TimelineJSObject } from "./types/research.type.js";

// TimelineJS renders headline and text as HTML: escape what came from articles.
const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** A TimelineJS3 date from `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: month and day only when the value has them. */
export function timelineJSDate(value: string): TimelineJSDateObject {
  const [year, month, day] = value.split("-").map(Number);
  return { year: year!, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/** Dated events (in the order given) as a TimelineJS3 document; undated ones are left out. */
export function toTimelineJS(events: readonly EventRecord[]): Omit<TimelineJSObject, "undatedCount"> {
  return {
    events: events.flatMap((event) =>
      event.date
        ? [
            {
              start_date: timelineJSDate(event.date.value),
              end_date: event.date.end ? timelineJSDate(event.date.end) : null,
              text: {
                headline: escapeHtml(event.summary),
                text: escapeHtml(`${event.type.toLowerCase()} · ${event.status.toLowerCase()} · ${formatPartialDate(event.date)}`),
              },
              group: event.type,
              unique_id: event.id,
            },
          ]
        : [],
    ),
  };
}
