import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { officeHoldersAt } from "../../store/office-holders.js";
import { OfficeHoldersArgs } from "../inputs/research.args.js";
import { OfficeHoldingObject } from "../types/research.type.js";
import { requireIdOfKind } from "./id-arguments.js";
import { requireEntities } from "./require-entities.js";
import { type EntityRecord } from "../../store/graph-store.js";
import { type ParleyContext } from "../context.js";
import { loadExisting } from "../loaders/create-loaders.js";
import { CountryObject, OfficeObject, OrganizationObject, PlaceObject } from "../types/entity.type.js";
import { EventObject } from "../types/event.type.js";
import { TenureObject } from "../types/tenure.type.js";

@Resolver(() => OfficeObject)
export class OfficeResolver {
  @FieldResolver(() => CountryObject, { nullable: true, description: "The country whose office it is." })
  country(@Root() office: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    return office.countryId ? loaders.entity.load(office.countryId) : null;
  }

  @Query(() => [OfficeHoldingObject], {
    description:
      "Who held an office. Without `at`, every tenure. With `at`, tenures whose [from, to] covers that date (an unknown end leaves it open), plus undated tenures flagged `undated`. " +
      "An office the graph does not hold is a NOT_FOUND error naming it.",
  })
  async officeHolders(@Args(() => OfficeHoldersArgs) args: OfficeHoldersArgs, @Ctx() context: ParleyContext) {
    const [office] = await requireEntities(context, [requireIdOfKind(args.office, "OFFICE", "office")], "office");
    return officeHoldersAt(await context.loaders.tenuresByOffice.load(office!.id), args.at);
  }

  @FieldResolver(() => [TenureObject], { description: "Who held the office, with dates and evidence." })
  holders(@Root() office: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    return loaders.tenuresByOffice.load(office.id);
  }
}

@Resolver(() => OrganizationObject)
export class OrganizationResolver {
  @FieldResolver(() => CountryObject, { nullable: true, description: "The country the organisation belongs to, if it is national." })
  country(@Root() organization: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    return organization.countryId ? loaders.entity.load(organization.countryId) : null;
  }

  @FieldResolver(() => [EventObject], { description: "Events the organisation takes part in, by date." })
  async events(@Root() organization: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    return loadExisting(loaders.event, await loaders.eventIdsByEntity.load(organization.id));
  }
}

@Resolver(() => PlaceObject)
export class PlaceResolver {
  @FieldResolver(() => CountryObject, { nullable: true, description: "The country the place is in." })
  country(@Root() place: EntityRecord, @Ctx() { loaders }: ParleyContext) {
    return place.countryId ? loaders.entity.load(place.countryId) : null;
  }
}
