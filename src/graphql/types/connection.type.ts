import { type ClassType, Field, Int, ObjectType } from "type-graphql";

@ObjectType("PageInfo", { description: "Relay page information." })
export class PageInfoObject {
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether this page was asked for with `after` (items precede it)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null for an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge: pass it as `after` for the next page." })
  endCursor!: string | null;
}

/** What a connection resolver returns; the factory's classes describe it to GraphQL. */
export interface ConnectionData<TNode> {
  edges: { node: TNode; cursor: string }[];
  pageInfo: PageInfoObject;
  totalCount: number;
}

/**
 * Relay connection factory: `class EventConnection extends Connection(EventObject, "Event") {}`
 * gives `EventConnection { edges { node cursor } pageInfo totalCount }` and an `EventEdge` type.
 */
export function Connection<TNode extends object>(NodeClass: ClassType<TNode>, nodeName: string) {
  @ObjectType(`${nodeName}Edge`, { description: `One ${nodeName} in a page, with its cursor.` })
  class Edge {
    @Field(() => NodeClass, { description: `The ${nodeName}.` })
    node!: TNode;

    @Field(() => String, { description: "Opaque cursor: pass it as `after` to continue after this edge." })
    cursor!: string;
  }

  // Unnamed and never returned by a resolver, so only the concrete subclasses reach the schema.
  @ObjectType()
  abstract class ConnectionClass implements ConnectionData<TNode> {
    @Field(() => [Edge], { description: `The ${nodeName} items of this page, in order.` })
    edges!: Edge[];

    @Field(() => PageInfoObject, { description: "Where this page sits and how to get the next one." })
    pageInfo!: PageInfoObject;

    @Field(() => Int, { description: `How many ${nodeName} items match in all pages together.` })
    totalCount!: number;
  }

  return ConnectionClass;
}
