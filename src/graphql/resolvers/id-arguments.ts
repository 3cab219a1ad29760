import { BadInputError, kindOfId, type NodeKind } from "../../domain/index.js";

/** The kind an id argument names; a BAD_USER_INPUT naming the argument when it is no Parley id. */
export function kindOfIdArgument(id: string, field: string): NodeKind {
  const kind = kindOfId(id);
  if (!kind) {
    throw new BadInputError(`${field} ${JSON.stringify(id)} is not a Parley id (expected e.g. person:donald-trump or country:USA; search(query:) and person(name:) find ids by name)`, { field });
  }
  return kind;
}

/** Checks that an id argument names a node of the expected kind (a country id passed as a person fails). */
export function requireIdOfKind(id: string, expected: NodeKind, field: string): string {
  const kind = kindOfIdArgument(id, field);
  if (kind !== expected) throw new BadInputError(`${field} ${JSON.stringify(id)} is of kind ${kind}; expected kind ${expected}`, { field });
  return id;
}

/** Exactly one of two lookup arguments (`id` or `name`) must be given. */
export function requireExactlyOne(args: Record<string, unknown>, names: readonly [string, string]): void {
  const given = names.filter((name) => args[name] !== undefined && args[name] !== null);
  if (given.length !== 1) {
    throw new BadInputError(`give exactly one of ${names.join(" or ")} (got ${given.length === 0 ? "neither" : "both"})`, { fields: [...names] });
  }
}
