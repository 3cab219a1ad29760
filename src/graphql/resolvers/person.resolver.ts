import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { type EntityRecord } from "../../store/graph-store.js";
import { type ParleyContext } from "../context.js";
import { loadExisting } from "../loaders/create-loaders.js";
import { PersonLookupArgs } from "../inputs/lookup.args.js";
import { PageArgs } from "../inputs/page.args.js";
import { ArticleObject } from "../types/article.type.js";
import { PersonConnection } from "../types/connections.type.js";
import { CountryObject, PersonObject } from "../types/entity.type.js";
import { EventObject } from "../types/event.type.js";
import { TenureObject } from "../types/tenure.type.js";
import { requireExactlyOne, requireIdOfKind } from "./id-arguments.js";
import { keysetConnection } from "./keyset-connection.js";

/** Of several people matching a name, the one whose name is exactly it, else the most mentioned. */
function bestNameMatch(people: EntityRecord[], name: string): EntityRecord | null {
  const wanted = name.trim().toLowerCase();
  const exact = people.find((person) => person.name.toLowerCase() === wanted);
  return exact ?? [...people].sort((a, b) => b.mentionCount - a.mentionCount)[0] ?? null;
}

@Resolver(() => PersonObject)
export class PersonResolver {
  @Query(() => PersonObject, { nullable: true, description: "A person by id or by name (name or alias, any case); null when unknown. Give exactly one of `id` and `name`." })
  async person(@Args(() => PersonLookupArgs) args: PersonLookupArgs, @Ctx() { loaders, store }: ParleyContext) {
    requireExactlyOne({ ...args }, ["id", "name"]);
    if (args.id !== undefined && args.id !== null) return loaders.entity.load(requireIdOfKind(args.id, "PERSON", "id"));
    const page = await store.findEntities({ kind: "PERSON", name: args.name!, first: 10 });
    return bestNameMatch(page.items, args.name!);
  }

  @Query(() => PersonConnection, { description: "People, by name." })
  people(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { store }: ParleyContext) {
    return keysetConnection((page) => store.findEntities({ kind: "PERSON", ...page }), first, after);
  }

  @FieldResolver(() => [TenureObject], { description: "Offices the person held or holds, with dates and evidence." })
  offices(@Root() person: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    return loaders.tenuresByPerson.load(person.id);
  }

  @FieldResolver(() => [EventObject], { description: "Events the person takes part in, by date." })
  async events(@Root() person: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    return loadExisting(loaders.event, await loaders.eventIdsByEntity.load(person.id));
  }

  @FieldResolver(() => [ArticleObject], { description: "Articles that mention the person." })
  async articles(@Root() person: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    return loadExisting(loaders.article, await loaders.articleIdsByEntity.load(person.id));
  }

  @FieldResolver(() => CountryObject, { nullable: true, description: "The person's country: as extracted, else the country of an office they held." })
  async country(@Root() person: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    if (person.countryId) return loaders.entity.load(person.countryId);
    const tenures = await loaders.tenuresByPerson.load(person.id);
    const offices = await loadExisting(loaders.entity, tenures.map((tenure) => tenure.officeId));
    const countryId = offices.find((office) => office.countryId)?.countryId;
    return countryId ? loaders.entity.load(countryId) : null;
  }
}
