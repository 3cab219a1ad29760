import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

/**
 * `PanelPeriod`: a bound of a dyad panel, written as a year number (`2015`) or as text (`"2015"`,
 * `"2015-03"`), so `dyadPanel(…, from: 2015, to: 2025)` reads as a researcher would write it. The
 * scalar only turns a year number into text; whether the text is a year or month the interval
 * accepts is checked by the panel itself (a BAD_USER_INPUT naming the bound).
 */
export const PanelPeriodScalar = new GraphQLScalarType<string, string>({
  name: "PanelPeriod",
  description: "A year (`2015` or `\"2015\"`) or, for MONTH panels, a month (`\"2015-03\"`); a year bound of a MONTH panel stands for its January (`from`) or December (`to`).",
  serialize: (value) => String(value),
  parseValue: (value) => fromInput(value),
  parseLiteral: (node: ValueNode) => {
    if (node.kind === Kind.INT) return fromInput(Number(node.value));
    if (node.kind === Kind.STRING) return node.value;
    throw new GraphQLError(`PanelPeriod is a year (2015) or a text year or month ("2015", "2015-03"), not ${node.kind === Kind.FLOAT ? node.value : node.kind.toLowerCase()}`);
  },
});

function fromInput(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isInteger(value)) return value >= 0 && value <= 9999 ? String(value).padStart(4, "0") : String(value);
  throw new GraphQLError(`PanelPeriod is a year (2015) or a text year or month ("2015", "2015-03"), not ${JSON.stringify(value)}`);
}
