import { ObjectType as TypeGraphQLObjectType, type ObjectTypeOptions } from "type-graphql";

/**
 * type-graphql's @ObjectType with its documented `simpleResolvers` option on: fields are read as
 * plain properties, the way graphql-js reads them, without a middleware wrapper per field. There
 * are no global middlewares or auth checker here (roles are checked in a plugin), and a
 * scenario's results are thousands of fields. Every object type of the API uses this one.
 */
export function ObjectType(name: string, options?: ObjectTypeOptions): ClassDecorator;
export function ObjectType(options?: ObjectTypeOptions): ClassDecorator;
export function ObjectType(
  nameOrOptions?: string | ObjectTypeOptions,
  options?: ObjectTypeOptions,
): ClassDecorator {
  return typeof nameOrOptions === "string"
    ? TypeGraphQLObjectType(nameOrOptions, { simpleResolvers: true, ...options })
    : TypeGraphQLObjectType({ simpleResolvers: true, ...nameOrOptions });
}
