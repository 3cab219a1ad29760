import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { NotFoundError, type Evidence } from "../../domain/index.js";
import { type EventCountryRecord, type ParticipantRecord, type TenureRecord } from "../../store/graph-store.js";
import { type ParleyContext } from "../context.js";
import { ArticleObject } from "../types/article.type.js";
import { CountryObject, OfficeObject, PersonObject } from "../types/entity.type.js";
import { EventCountryObject, EvidenceObject, ParticipantObject } from "../types/event.type.js";
import { EntityInterface } from "../types/node.type.js";
import { TenureObject } from "../types/tenure.type.js";
import { loadExisting } from "../loaders/create-loaders.js";

/** A reference the store itself wrote must resolve; a miss means a broken graph, not bad input. */
async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const loaded = await value;
  if (loaded === null) throw new NotFoundError(`${what} is missing from the store`);
  return loaded;
}

@Resolver(() => ParticipantObject)
export class ParticipantResolver {
  @FieldResolver(() => EntityInterface, { description: "The person, country or organisation taking part." })
  entity(@Root() participant: ParticipantRecord, @Ctx() { loaders }: ParleyContext) {
    return required(loaders.entity.load(participant.entityId), `participant ${participant.entityId}`);
  }
}

@Resolver(() => EventCountryObject)
export class EventCountryResolver {
  @FieldResolver(() => CountryObject, { description: "The country." })
  country(@Root() involved: EventCountryRecord, @Ctx() { loaders }: ParleyContext) {
    return required(loaders.entity.load(involved.countryId), `country ${involved.countryId}`);
  }

  @FieldResolver(() => [EntityInterface], { description: "The participants acting for the country: holders, at the time, of one of its executive or diplomatic offices (empty when none, as for a country that only takes part itself)." })
  async through(@Root() involved: EventCountryRecord, @Ctx() { loaders }: ParleyContext) {
    return loadExisting(loaders.entity, involved.throughIds);
  }
}

@Resolver(() => EvidenceObject)
export class EvidenceResolver {
  @FieldResolver(() => ArticleObject, { description: "The article the quote is from." })
  article(@Root() evidence: Evidence, @Ctx() { loaders }: ParleyContext) {
    return required(loaders.article.load(evidence.articleId), `article ${evidence.articleId}`);
  }
}

@Resolver(() => TenureObject)
export class TenureResolver {
  @FieldResolver(() => PersonObject, { description: "Who held the office." })
  person(@Root() tenure: TenureRecord, @Ctx() { loaders }: ParleyContext) {
    return required(loaders.entity.load(tenure.personId), `person ${tenure.personId}`);
  }

  @FieldResolver(() => OfficeObject, { description: "The office held." })
  office(@Root() tenure: TenureRecord, @Ctx() { loaders }: ParleyContext) {
    return required(loaders.entity.load(tenure.officeId), `office ${tenure.officeId}`);
  }
}
