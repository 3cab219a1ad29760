import { ObjectType } from "type-graphql";
import { ArticleObject } from "./article.type.js";
import { Connection } from "./connection.type.js";
import { OrganizationObject, PersonObject } from "./entity.type.js";
import { EventObject } from "./event.type.js";

@ObjectType("EventConnection", { description: "A page of events with keyset cursors." })
export class EventConnection extends Connection(EventObject, "Event") {}

@ObjectType("PersonConnection", { description: "A page of people, by name." })
export class PersonConnection extends Connection(PersonObject, "Person") {}

@ObjectType("OrganizationConnection", { description: "A page of organisations, by name." })
export class OrganizationConnection extends Connection(OrganizationObject, "Organization") {}

@ObjectType("ArticleConnection", { description: "A page of articles, newest publication first." })
export class ArticleConnection extends Connection(ArticleObject, "Article") {}
