import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
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
