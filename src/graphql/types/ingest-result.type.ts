import { Field, ID, Int, ObjectType } from "type-graphql";
import { IngestStatusEnum, type IngestStatus } from "./enums.type.js";

@ObjectType("IngestResult", { description: "What ingesting one article stored." })
export class IngestResultObject {
  @Field(() => ID, { description: "Id of the article (`article:<hash of its cleaned text>`)." })
  articleId!: string;

  @Field(() => IngestStatusEnum, { description: "ADDED the first time, UNCHANGED when the same text was already stored." })
  status!: IngestStatus;

  @Field(() => Int, { description: "Entities the article's graph holds." })
  entityCount!: number;

  @Field(() => Int, { description: "Events the article's graph holds." })
  eventCount!: number;

  @Field(() => Int, { description: "Tenures the article's graph holds." })
  tenureCount!: number;

  /** Event ids of the article's graph, resolved to stored events by a field resolver. */
  eventIds!: string[];
}
