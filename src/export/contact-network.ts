import { EVENT_TYPES, type EventType } from "../domain/index.js";
import { type GraphStore } from "../store/graph-store.js";
import { eventPages } from "./read-pages.js";

/**
 * The contact network behind the dyad exports: every unordered pair of entities that take part in
 * an event together, with their shared events. Its order — most shared events first — is known only
 * once every event has been seen, so this is the one export state that grows with the store. It is
 * kept in typed arrays, not objects: per event its id (packed UTF-8), type and date; per pair, a
 * count and a linked list of its events: 19 MB measured on the 100 k-event bench graph (130 k pairs,
 * 333 k pair references), about 130 MB estimated at 1 M events (0.7 M pairs, 3.3 M references),
 * where the whole object graph took 0.7–1 GB at 100 k. Entity ids are held once each; names are
 * looked up when the rows are written.
 */

/** Append-only Int32 storage that doubles when full. */
class Int32List {
  array: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.array = new Int32Array(capacity);
  }
  push(value: number): number {
    if (this.length === this.array.length) {
      const grown = new Int32Array(this.array.length * 2);
      grown.set(this.array);
      this.array = grown;
    }
    this.array[this.length] = value;
    return this.length++;
  }
  get(index: number): number {
    return this.array[index]!;
  }
  set(index: number, value: number): void {
    this.array[index] = value;
  }
}

/** Append-only strings packed as UTF-8 in one growing buffer. */
class PackedStrings {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private readonly ends = new Int32List();

  push(text: string): number {
    const needed = Buffer.byteLength(text);
    if (this.used + needed > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + needed));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.used += this.bytes.write(text, this.used);
    return this.ends.push(this.used);
  }

  get(index: number): string {
    return this.bytes.toString("utf8", index === 0 ? 0 : this.ends.get(index - 1), this.ends.get(index));
  }
}

/** A pair of entities that share events; `source` < `target` by code units. */
export interface Dyad {
  source: string;
  target: string;
  /** Shared events, in the store's event order (oldest first, undated last). */
  eventIds: string[];
  countsByType: Map<EventType, number>;
  /** Earliest and latest date values (as precise as known), compared as text; undefined when none is dated. */
  firstDate: string | undefined;
  lastDate: string | undefined;
}

/** One key for an unordered pair of entity ids. */
function pairKeyOf(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/** Entities above this many could not share one numeric pair key. */
const MAX_ENTITIES = 2 ** 26;

export class ContactNetwork {
  // Entities that take part in at least one event.
  private readonly entityIndex = new Map<string, number>();
  private readonly entityIds: string[] = [];
  // Events, by the order they were read.
  private readonly eventIds = new PackedStrings();
  private readonly eventTypes = new Int32List();
  private readonly eventDates = new Int32List();
  private readonly dateIndex = new Map<string, number>();
  private readonly dates: string[] = [];
  // Pairs: count, first and last reference; references: event and next reference of the same pair.
  private readonly pairIndex = new Map<number, number>();
  private readonly pairSource = new Int32List();
  private readonly pairTarget = new Int32List();
  private readonly pairCount = new Int32List();
  private readonly pairHead = new Int32List();
  private readonly pairTail = new Int32List();
  private readonly refEvent = new Int32List();
  private readonly refNext = new Int32List();

  /**
   * Reads every event of the store, with its participants, a page at a time. With `countries`, the
   * countries each event involves by the country rule join its participants (countriesByEventIds),
   * except that a participant and a country it acts for are no pair: the pair is the country's.
   */
  static async read(store: GraphStore, options: { countries?: boolean } = {}): Promise<ContactNetwork> {
    const network = new ContactNetwork();
    for await (const page of eventPages(store, { participants: true })) {
      const countries = options.countries ? await store.countriesByEventIds(page.map((event) => event.id)) : [];
      page.forEach((event, index) => {
        const involved = countries[index] ?? [];
        const ids = event.participants.map((participant) => participant.entityId).concat(involved.map((country) => country.countryId));
        const apart = new Set(involved.flatMap((country) => country.throughIds.map((through) => pairKeyOf(through, country.countryId))));
        network.add(event.id, event.type, event.date?.value, ids, apart);
      });
    }
    return network;
  }

  /** Whether the entity takes part in any event read. */
  takesPart(entityId: string): boolean {
    return this.entityIndex.has(entityId);
  }

  /** Adds one event and a pair for every two of `participantIds`, but those whose pairKeyOf is in `apart`. */
  add(eventId: string, type: EventType, date: string | undefined, participantIds: readonly string[], apart: ReadonlySet<string> = new Set()): void {
    const event = this.eventIds.push(eventId);
    this.eventTypes.push(EVENT_TYPES.indexOf(type));
    this.eventDates.push(date === undefined ? -1 : this.internDate(date));
    const ids = [...new Set(participantIds)].sort().map((id) => this.internEntity(id));
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        if (apart.size > 0 && apart.has(pairKeyOf(this.entityIds[ids[i]!]!, this.entityIds[ids[j]!]!))) continue;
        this.addReference(ids[i]!, ids[j]!, event);
      }
    }
  }

  /**
   * The pairs whose both entities `keep` accepts (the entities the store lists), most shared events
   * first, then by source and target id (localeCompare), `batch` at a time.
   */
  async *dyads(keep: (entityIds: readonly string[]) => Promise<ReadonlySet<string>>, batch = 500): AsyncGenerator<Dyad[]> {
    const order = this.pairOrder();
    for (let at = 0; at < order.length; at += batch) {
      const pairs = Array.from(order.subarray(at, at + batch));
      const kept = await keep([...new Set(pairs.flatMap((pair) => [this.entityIds[this.pairSource.get(pair)]!, this.entityIds[this.pairTarget.get(pair)]!]))]);
      const dyads = pairs.map((pair) => this.dyad(pair)).filter((dyad) => kept.has(dyad.source) && kept.has(dyad.target));
      if (dyads.length > 0) yield dyads;
    }
  }

  private internEntity(id: string): number {
    let index = this.entityIndex.get(id);
    if (index === undefined) {
      if (this.entityIds.length >= MAX_ENTITIES) throw new RangeError(`the contact network holds more than ${MAX_ENTITIES} entities`);
      index = this.entityIds.push(id) - 1;
      this.entityIndex.set(id, index);
    }
    return index;
  }

  private internDate(value: string): number {
    let index = this.dateIndex.get(value);
    if (index === undefined) {
      index = this.dates.push(value) - 1;
      this.dateIndex.set(value, index);
    }
    return index;
  }

  private addReference(source: number, target: number, event: number): void {
    const key = source * MAX_ENTITIES + target;
    const ref = this.refEvent.push(event);
    this.refNext.push(-1);
    const pair = this.pairIndex.get(key);
    if (pair === undefined) {
      this.pairIndex.set(key, this.pairSource.push(source));
      this.pairTarget.push(target);
      this.pairCount.push(1);
      this.pairHead.push(ref);
      this.pairTail.push(ref);
      return;
    }
    this.refNext.set(this.pairTail.get(pair), ref);
    this.pairTail.set(pair, ref);
    this.pairCount.set(pair, this.pairCount.get(pair) + 1);
  }

  /** Pair indexes by count descending, then source id, then target id, each as `localeCompare` orders them, then first seen first. */
  private pairOrder(): Uint32Array {
    // Rank the entity ids once; ids localeCompare holds equal share a rank, so ties fall through as they would.
    const byLocale = this.entityIds.map((_, index) => index).sort((a, b) => this.entityIds[a]!.localeCompare(this.entityIds[b]!));
    const rank = new Int32Array(this.entityIds.length);
    byLocale.forEach((entity, position) => {
      const previous = byLocale[position - 1];
      rank[entity] = previous !== undefined && this.entityIds[previous]!.localeCompare(this.entityIds[entity]!) === 0 ? rank[previous]! : position;
    });
    const count = this.pairCount.array;
    const source = this.pairSource.array;
    const target = this.pairTarget.array;
    const order = new Uint32Array(this.pairCount.length);
    for (let pair = 0; pair < order.length; pair += 1) order[pair] = pair;
    return order.sort((a, b) => count[b]! - count[a]! || rank[source[a]!]! - rank[source[b]!]! || rank[target[a]!]! - rank[target[b]!]! || a - b);
  }

  private dyad(pair: number): Dyad {
    const eventIds: string[] = [];
    const countsByType = new Map<EventType, number>();
    let firstDate: string | undefined;
    let lastDate: string | undefined;
    for (let ref = this.pairHead.get(pair); ref !== -1; ref = this.refNext.get(ref)) {
      const event = this.refEvent.get(ref);
      eventIds.push(this.eventIds.get(event));
      const type = EVENT_TYPES[this.eventTypes.get(event)]!;
      countsByType.set(type, (countsByType.get(type) ?? 0) + 1);
      const dateIndex = this.eventDates.get(event);
      if (dateIndex === -1) continue;
      const date = this.dates[dateIndex]!;
      if (firstDate === undefined || date < firstDate) firstDate = date;
      if (lastDate === undefined || date > lastDate) lastDate = date;
    }
    return { source: this.entityIds[this.pairSource.get(pair)]!, target: this.entityIds[this.pairTarget.get(pair)]!, eventIds, countsByType, firstDate, lastDate };
  }
}
