import { type CorrectedEventFields } from "../curation.js";

/** The events row's columns an ingest's merge and a curation's correction both write, from the same fields. */
export function eventColumns(fields: CorrectedEventFields) {
  return {
    type: fields.type,
    status: fields.status,
    dateValue: fields.date?.value ?? null,
    datePrecision: fields.date?.precision ?? null,
    dateEnd: fields.date?.end ?? null,
    dateFirstDay: fields.dateFirstDay,
    dateLastDay: fields.dateLastDay,
    placeId: fields.placeId,
    ploverEvent: fields.ploverEvent,
    ploverMode: fields.ploverMode,
    cameo: fields.cameo,
  };
}
