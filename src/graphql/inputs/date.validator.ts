import { registerDecorator, type ValidationOptions } from "class-validator";
import { precisionOf } from "../../domain/index.js";

/** The value is a real calendar day written `YYYY-MM-DD` (2025-02-30 fails). */
export function IsDay(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isDay",
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: "$property must be YYYY-MM-DD (a real calendar day)", ...options },
      validator: { validate: (value: unknown) => typeof value === "string" && precisionOf(value) === "DAY" },
    });
}

/** The value is a date bound at any precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function IsPartialDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: "isPartialDate",
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: "$property must be YYYY, YYYY-MM or YYYY-MM-DD", ...options },
      validator: { validate: (value: unknown) => typeof value === "string" && precisionOf(value) !== undefined },
    });
}
