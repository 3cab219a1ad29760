import { type DatePrecision, type PartialDate } from "../domain/index.js";

/** A PartialDate from the three parts every adapter stores it as (value, precision, end); null when there is none. */
export function dateOf(value: string | null, precision: DatePrecision | null, end: string | null): PartialDate | null {
  if (value === null || precision === null) return null;
  return end === null ? { value, precision } : { value, precision, end };
}
