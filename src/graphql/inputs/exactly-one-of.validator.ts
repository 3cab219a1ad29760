import { registerDecorator, type ValidationArguments, type ValidationOptions } from "class-validator";

/**
 * Exactly one of the named properties is set (not undefined/null). Put it on one property only;
 * it runs even when that property is missing, which is the case it exists for.
 */
export function ExactlyOneOf(properties: readonly string[], options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "exactlyOneOf",
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [properties],
      options: { message: `exactly one of ${properties.join(" or ")} must be given`, ...options },
      validator: {
        validate: (_value: unknown, args: ValidationArguments) => {
          const object = args.object as Record<string, unknown>;
          return properties.filter((name) => object[name] !== undefined && object[name] !== null).length === 1;
        },
      },
    });
}
