import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { BadInputError, countryId, iso3OfCountryId } from "../../domain/index.js";
import { type EntityRecord } from "../../store/graph-store.js";
import { type ParleyContext } from "../context.js";
import { iso2FromIso3, iso3FromCode } from "../country-codes.js";
import { CountryLookupArgs } from "../inputs/lookup.args.js";
import { PageArgs } from "../inputs/page.args.js";
import { loadExisting } from "../loaders/create-loaders.js";
import { OrganizationConnection } from "../types/connections.type.js";
import { CountryObject } from "../types/entity.type.js";
import { EventObject } from "../types/event.type.js";
import { requireExactlyOne, requireIdOfKind } from "./id-arguments.js";
import { keysetConnection } from "./keyset-connection.js";

@Resolver(() => CountryObject)
export class CountryResolver {
  @Query(() => CountryObject, { nullable: true, description: "A country by id or by ISO code (alpha-2 or alpha-3, any case); null when no article mentions it. Give exactly one of `id` and `code`." })
  country(@Args(() => CountryLookupArgs) args: CountryLookupArgs, @Ctx() { loaders }: ParleyContext) {
    requireExactlyOne({ ...args }, ["id", "code"]);
    if (args.id !== undefined && args.id !== null) return loaders.entity.load(requireIdOfKind(args.id, "COUNTRY", "id"));
    const iso3 = iso3FromCode(args.code!);
    if (!iso3) throw new BadInputError(`code ${JSON.stringify(args.code)} is not an ISO 3166-1 alpha-2 or alpha-3 country code`, { field: "code" });
    return loaders.entity.load(countryId(iso3));
  }

  @Query(() => [CountryObject], { description: "Every country the stored articles mention, by name." })
  async countries(@Ctx() { store }: ParleyContext) {
    const countries: EntityRecord[] = [];
    let after: string | undefined;
    // ~250 countries at most: page through them all rather than make clients paginate.
    for (;;) {
      const page = await store.findEntities({ kind: "COUNTRY", first: 100, ...(after ? { after } : {}) });
      countries.push(...page.items);
      if (!page.hasNextPage || !page.endCursor) return countries;
      after = page.endCursor;
    }
  }

  @Query(() => OrganizationConnection, { description: "Organisations, by name." })
  organizations(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { store }: ParleyContext) {
    return keysetConnection((page) => store.findEntities({ kind: "ORGANIZATION", ...page }), first, after);
  }

  @FieldResolver(() => String, { description: "ISO 3166-1 alpha-3 code, e.g. UKR." })
  iso3(@Root() country: EntityRecord) {
    return iso3OfCountryId(country.id) ?? country.id.slice("country:".length);
  }

  @FieldResolver(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code, e.g. UA; null for a code that is not a current country." })
  iso2(@Root() country: EntityRecord) {
    const iso3 = iso3OfCountryId(country.id);
    return iso3 ? (iso2FromIso3(iso3) ?? null) : null;
  }

  @FieldResolver(() => [EventObject], { description: "Events the country takes part in as a participant, by date." })
  async events(@Root() country: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    return loadExisting(loaders.event, await loaders.eventIdsByEntity.load(country.id));
  }
}
