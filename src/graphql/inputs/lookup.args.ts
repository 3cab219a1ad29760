import { IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";

@ArgsType()
export class PersonLookupArgs {
  @IsOptional()
  @Field(() => ID, { nullable: true, description: "The person's id, e.g. `person:donald-trump`. Give `id` or `name`, not both." })
  id?: string;

  @IsOptional()
  @MaxLength(200)
  @Field(() => String, {
    nullable: true,
    description: "A name or alias, matched case-insensitively, titles set aside (\"Putin\", \"Vladimir Putin\", \"President Putin\"); several matches are an AMBIGUOUS error. Give `id` or `name`, not both.",
  })
  name?: string;
}

@ArgsType()
export class CountryLookupArgs {
  @IsOptional()
  @Field(() => ID, { nullable: true, description: "The country's id, e.g. `country:UKR`. Give `id` or `code`, not both." })
  id?: string;

  @IsOptional()
  @MaxLength(3)
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 or alpha-3 code, any case (`ua`, `UKR`). Give `id` or `code`, not both." })
  code?: string;
}
