import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

import { formatMoney, MoneyFormatError, parseMoney } from "@allot/engine";

/**
 * US dollars as a decimal string with two places ("4180273.00"). Inside, integer cents: never a
 * float, never a 32-bit Int (which tops out at $21.4M in cents).
 */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: "Money",
  description:
    'US dollars as a decimal string with exactly two places on output ("4180273.00"); input accepts up to two places ("12", "12.5", "12.50"). Exact: never a float.',
  serialize(value) {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      throw new GraphQLError("Money must be serialised from integer cents");
    }
    return formatMoney(value);
  },
  parseValue(value) {
    if (typeof value !== "string") {
      throw new GraphQLError('Money must be a string like "1250.00", not a number, to stay exact');
    }
    return parse(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Money must be a string like "1250.00", not a number, to stay exact');
    }
    return parse(ast.value);
  },
});

function parse(text: string): number {
  try {
    return parseMoney(text);
  } catch (e) {
    if (e instanceof MoneyFormatError || e instanceof RangeError) throw new GraphQLError(e.message);
    throw e;
  }
}
