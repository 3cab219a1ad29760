import { BadInputError, boundToDay } from "../domain/index.js";
import { type PageRequest } from "./graph-store.js";

/** Checks of the arguments every adapter's reads take, so both refuse the same input with the same error. */

/** `first` as given, or a BadInputError when it is not a non-negative integer. */
export function requireFirst(first: number): number {
  if (!Number.isInteger(first) || first < 0) throw new BadInputError(`first must be a non-negative integer, got ${first}`, { path: "first" });
  return first;
}

/** findEvents' ordering: DATE_ASC unless asked otherwise; anything else is a BadInputError. */
export function eventOrderOf(request: PageRequest): "DATE_ASC" | "DATE_DESC" {
  const order = request.orderBy ?? "DATE_ASC";
  if (order !== "DATE_ASC" && order !== "DATE_DESC") throw new BadInputError(`unknown orderBy ${JSON.stringify(order)}`, { path: "orderBy" });
  return order;
}

/** Turns a user's date bound into the day it covers (null when absent), as a BadInputError when it is not a date. */
export function dayOfBound(bound: string | undefined, side: "from" | "to"): string | null {
  if (bound === undefined) return null;
  try {
    return boundToDay(bound, side);
  } catch (error) {
    throw new BadInputError(`${side}: ${error instanceof Error ? error.message : String(error)}`, { path: side });
  }
}
