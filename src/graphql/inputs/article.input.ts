import { IsOptional, IsString, IsUrl, Matches, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { IsDay } from "./date.validator.js";
import { ExactlyOneOf } from "./exactly-one-of.validator.js";

@InputType("ArticleInput", { description: "An article to ingest: its body as plain text or as HTML (exactly one), with what is known about it." })
export class ArticleInput {
  @ExactlyOneOf(["text", "html"])
  @Field(() => String, { nullable: true, description: "The body as plain text. Give either `text` or `html`." })
  text?: string;

  @IsOptional()
  @IsString()
  @Field(() => String, { nullable: true, description: "The page as HTML; the article body is extracted from it. Give either `text` or `html`." })
  html?: string;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ["http", "https"] }, { message: "url must be an http(s) URL" })
  @Field(() => String, { nullable: true, description: "Where the article was published." })
  url?: string;

  @IsOptional()
  @MaxLength(500)
  @Field(() => String, { nullable: true, description: "The headline." })
  title?: string;

  @IsOptional()
  @MaxLength(200)
  @Field(() => String, { nullable: true, description: "The publication or agency." })
  source?: string;

  @IsOptional()
  @IsDay()
  @Field(() => String, { nullable: true, description: "Publication day, `YYYY-MM-DD`; relative dates (\"on Wednesday\") are resolved against it." })
  publishedAt?: string;

  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: "language must be a two-letter code such as en" })
  @Field(() => String, { nullable: true, description: "Two-letter language code; default en." })
  language?: string;
}
