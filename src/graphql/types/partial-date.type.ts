import { Field, ObjectType } from "type-graphql";
import { type DatePrecision } from "../../domain/index.js";
import { DatePrecisionEnum } from "./enums.type.js";

@ObjectType("PartialDate", {
  description: "A date known only as precisely as the text gives it: a day, a month or a year, never filled in.",
})
export class PartialDateObject {
  @Field(() => String, { description: "`YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `precision`." })
  value!: string;

  @Field(() => DatePrecisionEnum, { description: "How precisely the date is known." })
  precision!: DatePrecision;

  @Field(() => String, { nullable: true, description: "Last day, month or year of a span (\"12–14 February\"), in the same format as `value`." })
  end?: string;
}
