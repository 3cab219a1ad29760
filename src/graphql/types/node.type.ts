import { Field, ID, InterfaceType, Int } from "type-graphql";
import { kindOfId, type EntityKind, type NodeKind } from "../../domain/index.js";
import { EntityKindEnum } from "./enums.type.js";

/** The GraphQL object type name for each node kind, used to resolve the Node and Entity interfaces. */
export const TYPE_NAME_BY_KIND: Readonly<Record<NodeKind, string>> = {
  PERSON: "Person",
  OFFICE: "Office",
  COUNTRY: "Country",
  ORGANIZATION: "Organization",
  PLACE: "Place",
  EVENT: "Event",
  ARTICLE: "Article",
};

/** Store records are plain objects, so the concrete type is read from the id prefix rather than `instanceof`. */
function typeNameOf(value: { id: string }): string | undefined {
  const kind = kindOfId(value.id);
  return kind ? TYPE_NAME_BY_KIND[kind] : undefined;
}

@InterfaceType("Node", {
  description: "Anything in the graph with a stable, deterministic id (for example `person:donald-trump`).",
  resolveType: typeNameOf,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: "Stable id; its prefix names the kind (`person:`, `country:`, `event:`, `article:` …)." })
  id!: string;
}

@InterfaceType("Entity", {
  description: "A person, office, country, organisation or place that articles mention.",
  implements: NodeInterface,
  resolveType: typeNameOf,
})
export abstract class EntityInterface extends NodeInterface {
  @Field(() => EntityKindEnum, { description: "Which kind of entity this is." })
  kind!: EntityKind;

  @Field(() => String, { description: "The canonical name." })
  name!: string;

  @Field(() => [String], { description: "Other names the entity is known by (surnames, short forms, other spellings)." })
  aliases!: string[];

  @Field(() => Int, { description: "How many times stored articles mention the entity." })
  mentionCount!: number;
}
