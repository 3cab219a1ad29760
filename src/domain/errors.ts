/**
 * Typed errors. Each carries the GraphQL `extensions.code` it is reported with, so the API layer
 * maps them without knowing where they came from.
 */
export abstract class ParleyError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    /** Extra fields for `extensions` (for example the input field that was wrong). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller sent something unusable: an empty article, a malformed date, an unknown id form. */
export class BadInputError extends ParleyError {
  readonly code = "BAD_USER_INPUT";
}

/** A named thing does not exist. */
export class NotFoundError extends ParleyError {
  readonly code = "NOT_FOUND";
}

/** The store failed or rejected a write; the write was rolled back. */
export class StoreError extends ParleyError {
  readonly code = "STORE_ERROR";
}

/** The store cannot be reached (Neo4j down, database file unopenable). */
export class StoreUnavailableError extends ParleyError {
  readonly code = "STORE_UNAVAILABLE";
}

/** A name fits several things and the caller must choose one; `details.candidates` lists them. */
export class AmbiguousError extends ParleyError {
  readonly code = "AMBIGUOUS";
}

/** A live-feed subscriber fell so far behind the writes that its queue was dropped; it may subscribe again. */
export class SubscriberBehindError extends ParleyError {
  readonly code = "SUBSCRIBER_BEHIND";
}
