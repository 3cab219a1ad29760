import { BadInputError, NotFoundError, isEntityKind, type NodeKind } from "../../domain/index.js";
import { type EntityRecord } from "../../store/graph-store.js";
import { type ParleyContext } from "../context.js";
import { kindOfIdArgument } from "./id-arguments.js";

/** How many ids a NOT_FOUND suggests for an unknown one. */
const SUGGESTIONS = 3;

/**
 * The entities an id argument names, loaded in one batch through the request's loader. An id of an
 * event or article (or of another kind than `kinds`, when given) is BAD_USER_INPUT; an id the store
 * does not hold is NOT_FOUND with `extensions.field`, `id` (the first unknown one), `ids` (every
 * unknown one) and `suggestions`: ids of the same kind whose names are like its slug
 * ("person:tony-blare" → person:tony-blair).
 */
export async function requireEntities(context: ParleyContext, ids: readonly string[], field: string, kinds?: readonly NodeKind[]): Promise<EntityRecord[]> {
  for (const id of ids) {
    const kind = kindOfIdArgument(id, field);
    const allowed = kinds ? kinds.includes(kind) : isEntityKind(kind);
    if (!allowed) throw new BadInputError(`${field} ${JSON.stringify(id)} is of kind ${kind}; expected ${kinds ? `kind ${kinds.join(" or ")}` : "an entity (person, country, organisation, office or place)"}`, { field });
  }
  const loaded = await context.loaders.entity.loadMany(ids);
  const failure = loaded.find((value): value is Error => value instanceof Error);
  if (failure) throw failure;
  const missing = ids.filter((_, i) => loaded[i] === null);
  if (missing.length === 0) return loaded as EntityRecord[];
  const id = missing[0]!;
  const suggestions = await suggestionsFor(context, id);
  const others = missing.length > 1 ? ` (and ${missing.length - 1} more: ${missing.slice(1).map((other) => JSON.stringify(other)).join(", ")})` : "";
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(", ")}?` : "";
  throw new NotFoundError(`${field}: no entity with id ${JSON.stringify(id)}${others}${hint}`, { field, id, ids: missing, suggestions });
}

/** Ids of the same kind as `id` whose names are closest to the words of its slug. */
async function suggestionsFor({ store }: ParleyContext, id: string): Promise<string[]> {
  const kind = kindOfIdArgument(id, "id");
  const slug = id.slice(id.lastIndexOf(":") + 1).replace(/[-_]+/g, " ").trim();
  if (!slug) return [];
  const hits = await store.search({ text: slug, kinds: [kind], first: SUGGESTIONS });
  return hits.map((hit) => hit.id);
}
