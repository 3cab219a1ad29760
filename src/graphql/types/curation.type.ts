import { JSONResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { CURATION_ACTIONS, type CurationAction } from "../../store/curation.js";
import { Connection } from "./connection.type.js";

export const CurationActionEnum = Object.fromEntries(CURATION_ACTIONS.map((action) => [action, action])) as { [K in CurationAction]: K };

const ACTION_DESCRIPTIONS: Record<CurationAction, string> = {
  MERGE_ENTITIES: "Entities merged into one: the dropped ids now resolve to the kept one, in the graph and in every later ingest.",
  RENAME_ENTITY: "An entity renamed; the old name became an alias. Later reports never change the name back.",
  ADD_ALIAS: "An alias added to an entity.",
  REMOVE_ALIAS: "An alias removed from an entity; later reports do not bring it back.",
  REJECT_EVENT: "An event rejected as wrong: it leaves every query and export, and re-ingesting its articles does not bring it back.",
  RESTORE_EVENT: "A rejected event restored.",
  UPDATE_EVENT: "An event's type, status, date or place corrected; later reports never overwrite the correction.",
};

registerEnumType(CurationActionEnum, {
  name: "CurationAction",
  description: "What a curation did.",
  valuesConfig: Object.fromEntries(CURATION_ACTIONS.map((action) => [action, { description: ACTION_DESCRIPTIONS[action] }])),
});

@ObjectType("Curation", { description: "One row of the append-only curation log: a researcher's correction of the graph." })
export class CurationObject {
  @Field(() => Int, { description: "Position in the log, from 1, in the order the corrections were made." })
  seq!: number;

  @Field(() => CurationActionEnum, { description: "What was done." })
  action!: CurationAction;

  @Field(() => ID, { description: "The entity kept, renamed or given an alias, or the event rejected, restored or updated." })
  targetId!: string;

  @Field(() => [ID], { description: "Other ids the correction touched: the entities a merge dropped (they no longer exist); empty otherwise." })
  relatedIds!: string[];

  @Field(() => JSONResolver, { nullable: true, description: "The target (for a merge, the kept and the dropped entities) before the change; null when it did not exist (a restore)." })
  before!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: "The target after the change; null when it left the graph (a rejection)." })
  after!: unknown;

  @Field(() => String, { nullable: true, description: "Why, as the researcher said it (every correction but a restore needs one)." })
  reason!: string | null;

  @Field(() => String, { description: "Who: the label of the API token that authorised it (`api-token`; `anonymous` on a server without a token), or the `--by` of `parley curate`." })
  by!: string;

  @Field(() => String, { description: "When, as an ISO 8601 timestamp (UTC)." })
  at!: string;
}

@ObjectType("CurationConnection", { description: "A page of the curation log, oldest first." })
export class CurationConnection extends Connection(CurationObject, "Curation") {}
