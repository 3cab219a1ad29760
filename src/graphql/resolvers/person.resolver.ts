import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AmbiguousError } from "../../domain/index.js";
import { type EntityRecord, type GraphStore } from "../../store/graph-store.js";
import { peopleNamed } from "../../store/person-by-name.js";
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

/** The one person a name means; null when none, AMBIGUOUS listing the candidates when several. */
async function personNamed(store: GraphStore, name: string): Promise<EntityRecord | null> {
  const people = await peopleNamed(store, name);
  if (people.length <= 1) return people[0] ?? null;
  const candidates = people.slice(0, MAX_LISTED).map((person) => ({ id: person.id, name: person.name, mentionCount: person.mentionCount }));
  const listed = candidates.map((c) => `${c.name} (${c.id}, ${c.mentionCount} mention${c.mentionCount === 1 ? "" : "s"})`).join(", ");
  throw new AmbiguousError(`${JSON.stringify(name)} names ${people.length} people: ${listed}${people.length > MAX_LISTED ? ", …" : ""}; ask for one by id`, { field: "name", name, candidates });
}

/** Candidates an AMBIGUOUS answer lists at most, most mentioned first. */
const MAX_LISTED = 10;

@Resolver(() => PersonObject)
export class PersonResolver {
  @Query(() => PersonObject, {
    nullable: true,
    description:
      "A person by id or by name; null when unknown. Give exactly one of `id` and `name`. A name is matched against names and aliases in any case, " +
      "then without the titles it opens with (\"Mr Blair\", \"President Putin\", \"Dr Vale\" → the surname), then as the last words of a name. " +
      "When it fits several people the answer is an AMBIGUOUS error whose `extensions.candidates` lists them ({id, name, mentionCount}, most mentioned first): ask again by id.",
  })
  async person(@Args(() => PersonLookupArgs) args: PersonLookupArgs, @Ctx() { loaders, store }: ParleyContext) {
    requireExactlyOne({ ...args }, ["id", "name"]);
    if (args.id !== undefined && args.id !== null) return loaders.entity.load(requireIdOfKind(args.id, "PERSON", "id"));
    return personNamed(store, args.name!);
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
