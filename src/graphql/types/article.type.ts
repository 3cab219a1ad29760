import { Field, ObjectType } from "type-graphql";
import { NodeInterface } from "./node.type.js";

@ObjectType("Article", {
  description: "A news article that was ingested; every event and tenure points back to articles as evidence.",
  implements: NodeInterface,
})
export class ArticleObject extends NodeInterface {
  @Field(() => String, { nullable: true, description: "Where the article was published online." })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "The headline." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "The publication or agency." })
  source!: string | null;

  @Field(() => String, { nullable: true, description: "Publication day, `YYYY-MM-DD`; relative dates in the text are read against it." })
  publishedAt!: string | null;

  @Field(() => String, { description: "Language code of the text, e.g. en." })
  language!: string;

  @Field(() => String, { description: "The cleaned body; evidence offsets point into it." })
  text!: string;

  @Field(() => String, { description: "When Parley stored the article (ISO timestamp)." })
  ingestedAt!: string;
}
