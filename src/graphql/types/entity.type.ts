import { ObjectType } from "type-graphql";
import { EntityInterface, NodeInterface } from "./node.type.js";

// The entity kinds share their fields through the Entity interface; relations are field resolvers.

@ObjectType("Person", {
  description: "A person: a head of state, minister, envoy or spokesperson.",
  implements: [NodeInterface, EntityInterface],
})
export class PersonObject extends EntityInterface {}

@ObjectType("Office", {
  description: "An office of a country, such as its presidency or foreign ministry, and who held it.",
  implements: [NodeInterface, EntityInterface],
})
export class OfficeObject extends EntityInterface {}

@ObjectType("Country", {
  description: "A sovereign country, identified by `country:<ISO 3166-1 alpha-3>`.",
  implements: [NodeInterface, EntityInterface],
})
export class CountryObject extends EntityInterface {}

@ObjectType("Organization", {
  description: "An organisation: an alliance, an international body, an agency, a company or a party.",
  implements: [NodeInterface, EntityInterface],
})
export class OrganizationObject extends EntityInterface {}

@ObjectType("Place", {
  description: "A city or other named place where events happen.",
  implements: [NodeInterface, EntityInterface],
})
export class PlaceObject extends EntityInterface {}
