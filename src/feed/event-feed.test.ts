import { describe, expect, it } from "vitest";
import { SubscriberBehindError } from "../domain/index.js";
import { createEventFeed, eachEventOf } from "./event-feed.js";

describe("event feed", () => {
  it("delivers each batch to every subscriber, ids once each, and drops a batch with no event", async () => {
    const feed = createEventFeed();
    const first = feed.eventsAdded();
    const second = feed.eventsAdded();
    const nextOfFirst = first.next();
    const nextOfSecond = second.next();
    expect(feed.subscriberCount).toBe(2);
    feed.publishEventsAdded({ eventIds: [] });
    feed.publishEventsAdded({ eventIds: ["event:a", "event:b", "event:a"], articleId: "article:1" });
    expect((await nextOfFirst).value).toEqual({ eventIds: ["event:a", "event:b"], articleId: "article:1" });
    expect((await nextOfSecond).value).toEqual({ eventIds: ["event:a", "event:b"], articleId: "article:1" });
    await first.return();
    await second.return();
    expect(feed.subscriberCount).toBe(0);
  });

  it("ends a subscriber that leaves too many batches unread, without troubling the publisher or the others", async () => {
    const feed = createEventFeed({ maxPendingBatches: 3 });
    const idle = feed.eventsAdded();
    const reader = feed.eventsAdded();
    void idle.next();
    const read: string[][] = [];
    const reading = (async () => {
      for await (const batch of reader) if (read.push(batch.eventIds) === 6) break;
    })();
    for (let i = 1; i <= 6; i += 1) {
      // Writes come apart in time (each awaits its store): the reader gets a turn between them, the idle one never reads.
      await new Promise((resolve) => setImmediate(resolve));
      expect(() => feed.publishEventsAdded({ eventIds: [`event:${i}`] })).not.toThrow();
    }
    await reading;
    expect(read).toEqual([1, 2, 3, 4, 5, 6].map((i) => [`event:${i}`]));
    const heard: unknown[] = [];
    await expect(
      (async () => {
        for await (const batch of idle) heard.push(batch);
      })(),
    ).rejects.toBeInstanceOf(SubscriberBehindError);
    expect(heard.length).toBeLessThanOrEqual(3);
    expect(feed.subscriberCount).toBe(0);
  });

  it("eachEventOf ends at once when its consumer leaves while it waits for a batch", async () => {
    const feed = createEventFeed();
    const events = eachEventOf(feed.eventsAdded(), async (batch) => batch.eventIds);
    const first = events.next();
    feed.publishEventsAdded({ eventIds: ["event:x", "event:y"] });
    expect((await first).value).toBe("event:x");
    expect((await events.next()).value).toBe("event:y");
    const waiting = events.next();
    await expect(events.return()).resolves.toEqual({ done: true, value: undefined });
    await expect(waiting).resolves.toMatchObject({ done: true });
    expect(feed.subscriberCount).toBe(0);
  });
});
