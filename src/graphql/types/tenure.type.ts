import { Field, Float, ObjectType } from "type-graphql";
import { type PartialDate } from "../../domain/index.js";
import { EvidenceObject } from "./event.type.js";
import { PartialDateObject } from "./partial-date.type.js";

@ObjectType("Tenure", { description: "A person holding an office, as far as the articles say when." })
export class TenureObject {
  @Field(() => PartialDateObject, { nullable: true, description: "When the tenure began, if an article says." })
  from!: PartialDate | null;

  @Field(() => PartialDateObject, { nullable: true, description: "When it ended, if an article says; null while it lasts or when unknown." })
  to!: PartialDate | null;

  @Field(() => Float, { description: "How sure the extractor is, from 0 to 1." })
  confidence!: number;

  @Field(() => [EvidenceObject], { description: "The sentences that say the person held the office." })
  evidence!: EvidenceObject[];
}
