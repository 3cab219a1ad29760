import { Repeater } from "@graphql-yoga/subscription";
import { SubscriberBehindError } from "../domain/index.js";

/** One write's worth of events for the live feed: the events it stored or changed, and the article when one brought them. */
export interface EventsAdded {
  eventIds: string[];
  articleId?: string;
}

/**
 * The live feed behind the `eventAdded` subscription: one per server process, in memory. Writers
 * publish after their transaction commits, from the application layer (ingest, and curation when
 * it lands), never from a store adapter, so every store feeds it alike.
 */
export interface EventFeed {
  /**
   * Tells every subscriber that these events were stored or changed. Call it only once the write
   * has committed, and not at all for a write that changed nothing; a batch with no event is dropped.
   */
  publishEventsAdded(batch: EventsAdded): void;
  /**
   * Every batch published from now on, until the consumer returns the iterator. A consumer that
   * leaves `maxPendingBatches` batches unread gets a SubscriberBehindError instead of more.
   */
  eventsAdded(): Repeater<EventsAdded>;
  /** Consumers listening now; one counts from its first read (a subscription as soon as graphql-ws starts it). */
  readonly subscriberCount: number;
}

export interface EventFeedOptions {
  /** Batches one subscriber may leave unread before it is cut off. @default 256 */
  maxPendingBatches?: number;
}

/**
 * A feed for one process. Not graphql-yoga's createPubSub: a subscriber that stops reading would
 * make its Repeater throw past 1 024 queued values inside the publisher's call (that is, inside an
 * ingest); here that subscriber alone is ended with an error.
 */
export function createEventFeed(options: EventFeedOptions = {}): EventFeed {
  const { maxPendingBatches = 256 } = options;
  const subscribers = new Set<(batch: EventsAdded) => void>();
  return {
    get subscriberCount() {
      return subscribers.size;
    },
    publishEventsAdded(batch) {
      if (batch.eventIds.length === 0) return;
      const published: EventsAdded = { ...batch, eventIds: [...new Set(batch.eventIds)] };
      for (const deliver of subscribers) deliver(published);
    },
    eventsAdded: () =>
      new Repeater<EventsAdded>((push, stop) => {
        let pending = 0;
        const deliver = (batch: EventsAdded): void => {
          if (pending >= maxPendingBatches) {
            subscribers.delete(deliver);
            stop(new SubscriberBehindError(`this subscription left ${pending} batches of events unread and was ended; subscribe again to follow new events`));
            return;
          }
          pending += 1;
          // push settles when the consumer takes the value (or the repeater has stopped).
          const settled = (): void => void (pending -= 1);
          push(batch).then(settled, settled);
        };
        subscribers.add(deliver);
        void stop.then(() => subscribers.delete(deliver));
      }),
  };
}

/**
 * Each batch of `batches` read through `read` (which picks the events a subscriber asked for), one
 * event at a time. A Repeater rather than an async generator so that a client leaving (or the server
 * closing) ends it at once, even while it waits for the next batch.
 */
export function eachEventOf<T>(batches: Repeater<EventsAdded>, read: (batch: EventsAdded) => Promise<readonly T[]>): Repeater<T> {
  return new Repeater<T>(async (push, stop) => {
    // Returning the source settles its pending `next`, so the loop below ends.
    void stop.then(() => batches.return());
    for await (const batch of batches) {
      for (const item of await read(batch)) await push(item);
    }
    stop();
  });
}
