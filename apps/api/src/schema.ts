import "reflect-metadata";

import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { lexicographicSortSchema, parse, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";

import { AuditResolver } from "./modules/audit/audit.resolver.js";
import { AuthResolver } from "./modules/auth/auth.resolver.js";
import { awardNodes } from "./modules/award/award.nodes.js";
import { AwardResolver } from "./modules/award/award.resolver.js";
import { BudgetLineFieldsResolver } from "./modules/budget-line/budget-line-fields.resolver.js";
import { budgetLineNodes } from "./modules/budget-line/budget-line.nodes.js";
import { BudgetLineResolver } from "./modules/budget-line/budget-line.resolver.js";
import { BudgetResolver } from "./modules/budget/budget.resolver.js";
import { districtNodes } from "./modules/district/district.nodes.js";
import { DistrictResolver } from "./modules/district/district.resolver.js";
import { fundingSourceNodes } from "./modules/funding-source/funding-source.nodes.js";
import { FundingSourceResolver } from "./modules/funding-source/funding-source.resolver.js";
import { FundingResolver } from "./modules/funding/funding.resolver.js";
import { ImportsResolver } from "./modules/imports/imports.resolver.js";
import { GoalMeasureResolver } from "./modules/improvement-plan/goal-measure.js";
import { improvementPlanNodes } from "./modules/improvement-plan/improvement-plan.nodes.js";
import { ImprovementPlanResolver } from "./modules/improvement-plan/improvement-plan.resolver.js";
import { StepProgramsResolver } from "./modules/improvement-plan/step-programs.js";
import { StrategicLinksResolver } from "./modules/improvement-plan/strategic-links.js";
import { MonitoringResolver } from "./modules/monitoring/monitoring.resolver.js";
import { MonitoringWindowsResolver } from "./modules/monitoring/windows.js";
import { planAmendmentNodes } from "./modules/plan-amendment/plan-amendment.nodes.js";
import { PlanAmendmentResolver } from "./modules/plan-amendment/plan-amendment.resolver.js";
import { PlanFundingResolver } from "./modules/plan-funding/plan-funding.resolver.js";
import { positionNodes } from "./modules/position/position.nodes.js";
import { PositionResolver } from "./modules/position/position.resolver.js";
import { ScenarioFieldsResolver } from "./modules/scenario/scenario-fields.resolver.js";
import { scenarioNodes } from "./modules/scenario/scenario.nodes.js";
import { ScenarioResolver } from "./modules/scenario/scenario.resolver.js";
import { SchoolAllocationsResolver } from "./modules/scenario/school-allocations.resolver.js";
import { schoolReference } from "./modules/school/school-reference.js";
import { schoolNodes } from "./modules/school/school.nodes.js";
import { SchoolResolver } from "./modules/school/school.resolver.js";
import { strategicPlanNodes } from "./modules/strategic-plan/strategic-plan.nodes.js";
import { StrategicPlanResolver } from "./modules/strategic-plan/strategic-plan.resolver.js";
import { nodeResolver } from "./platform/node/node.resolver.js";

// Every type `node(id:)` can fetch, by its global id's type name.
const NodeResolver = nodeResolver({
  ...districtNodes,
  ...fundingSourceNodes,
  ...schoolNodes,
  ...awardNodes,
  ...scenarioNodes,
  ...improvementPlanNodes,
  ...budgetLineNodes,
  ...positionNodes,
  ...strategicPlanNodes,
  ...planAmendmentNodes,
});

export const RESOLVERS = [
  AuditResolver,
  AuthResolver,
  AwardResolver,
  BudgetLineResolver,
  BudgetResolver,
  DistrictResolver,
  PositionResolver,
  FundingResolver,
  FundingSourceResolver,
  ImprovementPlanResolver,
  GoalMeasureResolver,
  StepProgramsResolver,
  StrategicLinksResolver,
  PlanAmendmentResolver,
  PlanFundingResolver,
  MonitoringResolver,
  MonitoringWindowsResolver,
  NodeResolver,
  ScenarioResolver,
  ScenarioFieldsResolver,
  BudgetLineFieldsResolver,
  SchoolAllocationsResolver,
  ImportsResolver,
  SchoolResolver,
  StrategicPlanResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

type SubgraphResolvers = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>["resolvers"]
>;

/** Apollo Federation 2: the API is a subgraph a gateway can compose with others (docs/API.md). */
const FEDERATION =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

/** type-graphql's schema; its object types read fields as plain properties (common/object-type.ts). */
function buildSimpleSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false, skipCheck: true });
}

/**
 * The GraphQL schema, built once per process: type-graphql's schema made an Apollo Federation
 * subgraph (it adds `_service` and `_entities`, and resolves references to a School by NCES id).
 */
export function createSchema(): Promise<GraphQLSchema> {
  cached ??= buildSimpleSchema().then((base) => {
    // type-graphql's resolver map (scalars and enums included) plus the entity reference resolver.
    const resolvers = createResolversMap(base) as SubgraphResolvers;
    const schema = buildSubgraphSchema({
      typeDefs: parse(`${FEDERATION}\n${printSchemaWithDirectives(base)}`),
      resolvers: {
        ...resolvers,
        School: { ...(resolvers.School as object), ...schoolReference } as never,
      },
    });
    // type-graphql has no option for the root types' descriptions.
    const query = schema.getQueryType();
    const mutation = schema.getMutationType();
    if (query) query.description = "Reads, all scoped to the district of the request.";
    if (mutation)
      mutation.description =
        "Writes. Each takes one `input` and returns `userErrors`; when there is any, nothing was written.";
    return schema;
  });
  return cached;
}

/** The schema as SDL, sorted so the checked-in schema.graphql diffs cleanly. */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
