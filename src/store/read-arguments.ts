import { BadInputError, boundToDay, isEntityKind, kindOfId, type EntityKind } from "../domain/index.js";
import { type EventFilter, type EventOrder, type PageRequest, type PathQuery } from "./graph-store.js";

/** Checks of the arguments every adapter's reads take, so both refuse the same input with the same error. */

/** `first` as given, or a BadInputError when it is not a non-negative integer. */
export function requireFirst(first: number): number {
  if (!Number.isInteger(first) || first < 0) throw new BadInputError(`first must be a non-negative integer, got ${first}`, { path: "first" });
  return first;
}

const EVENT_ORDERS: readonly EventOrder[] = ["DATE_ASC", "DATE_DESC", "SOURCES_DESC"];

/** findEvents' ordering: DATE_ASC unless asked otherwise; anything else is a BadInputError. */
export function eventOrderOf(request: PageRequest): EventOrder {
  const order = request.orderBy ?? "DATE_ASC";
  if (!EVENT_ORDERS.includes(order)) throw new BadInputError(`unknown orderBy ${JSON.stringify(order)}`, { path: "orderBy" });
  return order;
}

/** Turns a user's date bound into the day it covers (null when absent), as a BadInputError when it is not a date. */
export function dayOfBound(bound: string | undefined, side: "from" | "to", argument: string = side): string | null {
  if (bound === undefined) return null;
  try {
    return boundToDay(bound, side);
  } catch (error) {
    throw new BadInputError(`${argument}: ${error instanceof Error ? error.message : String(error)}`, { path: argument });
  }
}

/** `dated: false` selects undated events, which have no days: a from/to bound with it could never hold, so it is refused. */
export function requireDatedAgrees(filter: EventFilter): void {
  if (filter.dated === false && (filter.from !== undefined || filter.to !== undefined)) {
    throw new BadInputError("dated: false selects undated events, which from and to cannot bound: leave from and to out", { path: "dated" });
  }
}

/** The most events a path may cross, and the most a caller may ask for. */
export const MAX_PATH_HOPS = 6;

/** maxHops as given when it is an integer in 1–MAX_PATH_HOPS, else a BadInputError. */
export function requireMaxHops(maxHops: number): number {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw new BadInputError(`maxHops must be an integer from 1 to ${MAX_PATH_HOPS}, got ${maxHops}`, { path: "maxHops" });
  }
  return maxHops;
}

/** path's restrictions, checked: the days its events must reach, and which entities it may pass through. */
export interface PathLimits {
  /** First day an event must reach (from `after`), or null. */
  fromDay: string | null;
  /** Last day an event may start on (from `before`), or null. */
  toDay: string | null;
  /** Undefined when every kind may be passed through. */
  mayPassThrough?: (id: string) => boolean;
}

/** The limits of a PathQuery, or a BadInputError naming the argument that is no date or no entity kind. */
export function pathLimitsOf(query: PathQuery): PathLimits {
  const fromDay = dayOfBound(query.after, "from", "after");
  const toDay = dayOfBound(query.before, "to", "before");
  if (query.through === undefined) return { fromDay, toDay };
  const bad = query.through.find((kind) => !isEntityKind(kind));
  if (bad !== undefined) throw new BadInputError(`through: ${JSON.stringify(bad)} is no entity kind`, { path: "through" });
  const kinds = new Set<EntityKind>(query.through);
  return { fromDay, toDay, mayPassThrough: (id) => kinds.has(kindOfId(id) as EntityKind) };
}
