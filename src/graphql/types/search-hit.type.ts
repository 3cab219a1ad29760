import { Field, Float, ID, ObjectType } from "type-graphql";
import { type NodeKind } from "../../domain/index.js";
import { NodeKindEnum } from "./enums.type.js";

@ObjectType("SearchHit", { description: "One result of a full-text search, best first." })
export class SearchHitObject {
  @Field(() => ID, { description: "Id of the node that matched." })
  id!: string;

  @Field(() => NodeKindEnum, { description: "Kind of the node that matched." })
  kind!: NodeKind;

  @Field(() => String, { description: "The name, summary or title that matched." })
  label!: string;

  @Field(() => Float, {
    description:
      "Relevance; higher is better, and the same on every store: hundreds for the match quality (5 a country named by code, 4 exact, 3 prefix, 2 words, 1 typo), " +
      "tens for the kind (entities 2, events 1, articles 0), the rest for prominence. On the embedded store, when more than 1 000 event summaries (or article titles) match, " +
      "those are listed newest first with score 0, after every ranked hit.",
  })
  score!: number;
}
