/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Awards {\n    awards(fiscalYear: 2022) {\n      id\n      version\n      amount\n      carryoverIn\n      transfersIn\n      transfersOut\n      available\n      fundingSource {\n        code\n      }\n    }\n  }\n": typeof types.AwardsDocument,
    "\n  query ProgramsRemaining {\n    fundingByActionStep(fiscalYear: 2022) {\n      programs {\n        fundingSource {\n          code\n        }\n        remaining\n      }\n    }\n  }\n": typeof types.ProgramsRemainingDocument,
    "\n  query Transfers {\n    transfers(fiscalYear: 2022) {\n      id\n    }\n  }\n": typeof types.TransfersDocument,
    "\n  query PlanSteps {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.PlanStepsDocument,
    "\n  mutation UpdateAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        amount\n        available\n        version\n        notes\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateAwardDocument,
    "\n  mutation TransferFunds($input: TransferFundsInput!) {\n    transferFunds(input: $input) {\n      transfer {\n        id\n        amount\n        from {\n          code\n        }\n        to {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.TransferFundsDocument,
    "\n  mutation DeleteTransfer($input: DeleteTransferInput!) {\n    deleteTransfer(input: $input) {\n      deletedTransferId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeleteTransferDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateBudgetLineDocument,
};
const documents: Documents = {
    "\n  query Awards {\n    awards(fiscalYear: 2022) {\n      id\n      version\n      amount\n      carryoverIn\n      transfersIn\n      transfersOut\n      available\n      fundingSource {\n        code\n      }\n    }\n  }\n": types.AwardsDocument,
    "\n  query ProgramsRemaining {\n    fundingByActionStep(fiscalYear: 2022) {\n      programs {\n        fundingSource {\n          code\n        }\n        remaining\n      }\n    }\n  }\n": types.ProgramsRemainingDocument,
    "\n  query Transfers {\n    transfers(fiscalYear: 2022) {\n      id\n    }\n  }\n": types.TransfersDocument,
    "\n  query PlanSteps {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.PlanStepsDocument,
    "\n  mutation UpdateAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        amount\n        available\n        version\n        notes\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateAwardDocument,
    "\n  mutation TransferFunds($input: TransferFundsInput!) {\n    transferFunds(input: $input) {\n      transfer {\n        id\n        amount\n        from {\n          code\n        }\n        to {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.TransferFundsDocument,
    "\n  mutation DeleteTransfer($input: DeleteTransferInput!) {\n    deleteTransfer(input: $input) {\n      deletedTransferId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeleteTransferDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateBudgetLineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Awards {\n    awards(fiscalYear: 2022) {\n      id\n      version\n      amount\n      carryoverIn\n      transfersIn\n      transfersOut\n      available\n      fundingSource {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramsRemaining {\n    fundingByActionStep(fiscalYear: 2022) {\n      programs {\n        fundingSource {\n          code\n        }\n        remaining\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProgramsRemainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transfers {\n    transfers(fiscalYear: 2022) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').TransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanSteps {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        amount\n        available\n        version\n        notes\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').UpdateAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferFunds($input: TransferFundsInput!) {\n    transferFunds(input: $input) {\n      transfer {\n        id\n        amount\n        from {\n          code\n        }\n        to {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').TransferFundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTransfer($input: DeleteTransferInput!) {\n    deleteTransfer(input: $input) {\n      deletedTransferId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').DeleteTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateBudgetLineDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
