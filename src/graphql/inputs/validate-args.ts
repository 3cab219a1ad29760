import { validate, type ValidationError } from "class-validator";
import { BadInputError } from "../../domain/index.js";

interface Violation {
  field: string;
  message: string;
}

function flatten(errors: readonly ValidationError[], prefix = ""): Violation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validated objects are class instances (input types and args classes); scalars are left to GraphQL. */
function isClassInstance(value: unknown): value is object {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) !== Object.prototype;
}

/**
 * type-graphql `validateFn`: runs class-validator on input and args objects and throws a
 * BadInputError (BAD_USER_INPUT) whose message names every wrong field, e.g.
 * `publishedAt must be YYYY-MM-DD (a real calendar day)`, with `extensions.fields` listing them.
 */
export async function validateArgs(argValue: unknown): Promise<void> {
  const values = Array.isArray(argValue) ? argValue : [argValue];
  const violations: Violation[] = [];
  for (const value of values) {
    if (!isClassInstance(value)) continue;
    // Missing properties are validated too: that is how "exactly one of text or html" sees a missing pair.
    violations.push(...flatten(await validate(value, { forbidUnknownValues: false, skipMissingProperties: false })));
  }
  if (violations.length === 0) return;
  throw new BadInputError(violations.map((v) => v.message).join("; "), {
    fields: [...new Set(violations.map((v) => v.field))],
    violations,
  });
}
