/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new budget line. */
export type CreateBudgetLineInput = {
  /** Account code (up to 64 characters). */
  accountCode?: string | null | undefined;
  /** Action step (global id) of that year's plan. */
  actionStepId: string;
  /** Amount, greater than zero and within what the program has left. */
  amount: string;
  /** What the money buys (1-500 characters). */
  description: string;
  /** Fiscal year, e.g. 2022. */
  fiscalYear: number;
  /** Program paying; must be a funding source of the action step. */
  program: ProgramCode;
  /** School (global id) when spent at one school. */
  schoolId?: string | null | undefined;
};

/** A transfer to undo. */
export type DeleteTransferInput = {
  /** The transfer (global id). */
  id: string;
};

/** A federal program. Codes are stable across districts and years. */
export type ProgramCode =
  /** IDEA Part B, sections 611 and 619 */
  | 'IDEA_B'
  /** McKinney-Vento EHCY subgrant (42 U.S.C. 11433) */
  | 'MCKINNEY_VENTO'
  /** Title III, Part A (ESEA 3111-3115) */
  | 'TITLE_III_A'
  /** Title II, Part A (ESEA 2101-2104) */
  | 'TITLE_II_A'
  /** Title IV, Part A SSAE (ESEA 4101-4110) */
  | 'TITLE_IV_A'
  /** Title I, Part A (ESEA 1111-1118) */
  | 'TITLE_I_A'
  /** Title I, Part A school improvement (ESEA 1003) */
  | 'TITLE_I_A_1003';

/** An ESEA 5103 transfer to record. */
export type TransferFundsInput = {
  /** Amount, at most what the sender has not budgeted. */
  amount: string;
  /** Fiscal year. */
  fiscalYear: number;
  /** Sending program: TITLE_II_A or TITLE_IV_A. */
  from: ProgramCode;
  /** Receiving program allowed by ESEA 5103(b). */
  to: ProgramCode;
};

/** Changes to an award; omitted fields keep their value. */
export type UpdateAwardInput = {
  /** Amount awarded, e.g. from the grant award notice. */
  amount?: string | null | undefined;
  /** Carryover from the prior year. */
  carryoverIn?: string | null | undefined;
  /** The version you read; a newer one refuses the change with CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The award (global id). */
  id: string;
  /** Notes; an empty string clears them. */
  notes?: string | null | undefined;
};

/** Why an input was refused; each is fixable by the caller. */
export type UserErrorCode =
  | 'BELOW_BUDGETED'
  | 'CONFLICT'
  | 'INVALID'
  | 'INVALID_CREDENTIALS'
  | 'NEGATIVE'
  | 'NOT_FOUND'
  | 'NOT_POSITIVE'
  | 'NO_AWARD'
  | 'OVER_AWARD'
  | 'PLAN_IN_USE'
  | 'PLAN_MALFORMED'
  | 'PROGRAM_NOT_ALLOWED'
  | 'TOO_MANY_ATTEMPTS'
  | 'TRANSFER_NOT_ALLOWED';

export type AwardsQueryVariables = Exact<{ [key: string]: never; }>;


export type AwardsQuery = { awards: Array<{ id: string, version: number, amount: string, carryoverIn: string, transfersIn: string, transfersOut: string, available: string, fundingSource: { code: ProgramCode } }> };

export type ProgramsRemainingQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsRemainingQuery = { fundingByActionStep: { programs: Array<{ remaining: string, fundingSource: { code: ProgramCode } }> } | null };

export type TransfersQueryVariables = Exact<{ [key: string]: never; }>;


export type TransfersQuery = { transfers: Array<{ id: string }> };

export type PlanStepsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStepsQuery = { improvementPlan: { needs: Array<{ actionSteps: Array<{ id: string, label: string }> }> } | null };

export type UpdateAwardMutationVariables = Exact<{
  input: UpdateAwardInput;
}>;


export type UpdateAwardMutation = { updateAward: { award: { amount: string, available: string, version: number, notes: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TransferFundsMutationVariables = Exact<{
  input: TransferFundsInput;
}>;


export type TransferFundsMutation = { transferFunds: { transfer: { id: string, amount: string, from: { code: ProgramCode }, to: { code: ProgramCode } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DeleteTransferMutationVariables = Exact<{
  input: DeleteTransferInput;
}>;


export type DeleteTransferMutation = { deleteTransfer: { deletedTransferId: string | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreateBudgetLineMutationVariables = Exact<{
  input: CreateBudgetLineInput;
}>;


export type CreateBudgetLineMutation = { createBudgetLine: { budgetLine: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AwardsDocument = new TypedDocumentString(`
    query Awards {
  awards(fiscalYear: 2022) {
    id
    version
    amount
    carryoverIn
    transfersIn
    transfersOut
    available
    fundingSource {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AwardsQuery, AwardsQueryVariables>;
export const ProgramsRemainingDocument = new TypedDocumentString(`
    query ProgramsRemaining {
  fundingByActionStep(fiscalYear: 2022) {
    programs {
      fundingSource {
        code
      }
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramsRemainingQuery, ProgramsRemainingQueryVariables>;
export const TransfersDocument = new TypedDocumentString(`
    query Transfers {
  transfers(fiscalYear: 2022) {
    id
  }
}
    `) as unknown as TypedDocumentString<TransfersQuery, TransfersQueryVariables>;
export const PlanStepsDocument = new TypedDocumentString(`
    query PlanSteps {
  improvementPlan(fiscalYear: 2022) {
    needs {
      actionSteps {
        id
        label
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStepsQuery, PlanStepsQueryVariables>;
export const UpdateAwardDocument = new TypedDocumentString(`
    mutation UpdateAward($input: UpdateAwardInput!) {
  updateAward(input: $input) {
    award {
      amount
      available
      version
      notes
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateAwardMutation, UpdateAwardMutationVariables>;
export const TransferFundsDocument = new TypedDocumentString(`
    mutation TransferFunds($input: TransferFundsInput!) {
  transferFunds(input: $input) {
    transfer {
      id
      amount
      from {
        code
      }
      to {
        code
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<TransferFundsMutation, TransferFundsMutationVariables>;
export const DeleteTransferDocument = new TypedDocumentString(`
    mutation DeleteTransfer($input: DeleteTransferInput!) {
  deleteTransfer(input: $input) {
    deletedTransferId
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteTransferMutation, DeleteTransferMutationVariables>;
export const CreateBudgetLineDocument = new TypedDocumentString(`
    mutation CreateBudgetLine($input: CreateBudgetLineInput!) {
  createBudgetLine(input: $input) {
    budgetLine {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateBudgetLineMutation, CreateBudgetLineMutationVariables>;