/** The kinds of entity an article can mention. Events and articles are nodes too, but not entities. */
export const ENTITY_KINDS = ["PERSON", "OFFICE", "COUNTRY", "ORGANIZATION", "PLACE"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Every kind of node the graph holds, as returned by `node(id)` and `search`. */
export const NODE_KINDS = [...ENTITY_KINDS, "EVENT", "ARTICLE"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

const ID_PREFIX_TO_KIND: Record<string, NodeKind> = {
  person: "PERSON",
  office: "OFFICE",
  country: "COUNTRY",
  org: "ORGANIZATION",
  place: "PLACE",
  event: "EVENT",
  article: "ARTICLE",
};

/** The kind a node id names, read from its prefix (`person:…` → PERSON); undefined for a malformed id. */
export function kindOfId(id: string): NodeKind | undefined {
  const colon = id.indexOf(":");
  if (colon <= 0) return undefined;
  return ID_PREFIX_TO_KIND[id.slice(0, colon)];
}

export function isEntityKind(kind: string): kind is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(kind);
}
