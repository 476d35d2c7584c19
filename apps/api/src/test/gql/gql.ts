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
    "\n  query AuditEvents($t: String, $id: String) {\n    auditEvents(entityType: $t, entityId: $id) {\n      totalCount\n      nodes {\n        actor\n        action\n        entityType\n        entityId\n        before\n        after\n        requestId\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  mutation AuditAddLine($i: CreateBudgetLineInput!) {\n    createBudgetLine(input: $i) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.AuditAddLineDocument,
    "\n          mutation AuditCreateScenario {\n            createScenario(input: { fiscalYear: 2022, name: \"Audited run\", source: EMPTY }) {\n              scenario {\n                id\n              }\n            }\n          }\n        ": typeof types.AuditCreateScenarioDocument,
    "\n          mutation AuditRunScenario($i: ScenarioActionInput!) {\n            runScenario(input: $i) {\n              scenario {\n                lastRunAt\n                result {\n                  schools {\n                    total\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.AuditRunScenarioDocument,
    "\n          mutation AuditCreateBudgetLine($i: CreateBudgetLineInput!) {\n            createBudgetLine(input: $i) {\n              budgetLine {\n                id\n                version\n              }\n            }\n          }\n        ": typeof types.AuditCreateBudgetLineDocument,
    "\n          mutation AuditUpdateBudgetLine($i: UpdateBudgetLineInput!) {\n            updateBudgetLine(input: $i) {\n              budgetLine {\n                version\n              }\n            }\n          }\n        ": typeof types.AuditUpdateBudgetLineDocument,
    "\n        mutation AuditDeleteBudgetLine($i: DeleteBudgetLineInput!) {\n          deleteBudgetLine(input: $i) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": typeof types.AuditDeleteBudgetLineDocument,
    "\n        query AuditQuery {\n          __typename\n        }\n      ": typeof types.AuditQueryDocument,
    "\n        mutation AuditSignOut {\n          signOut {\n            signedOut\n          }\n        }\n      ": typeof types.AuditSignOutDocument,
    "\n  mutation AuthSignIn($i: SignInInput!) {\n    signIn(input: $i) {\n      viewer {\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AuthSignInDocument,
    "\n            query AuthMe {\n              me {\n                role\n              }\n            }\n          ": typeof types.AuthMeDocument,
    "\n        mutation AuthSignOut {\n          signOut {\n            signedOut\n          }\n        }\n      ": typeof types.AuthSignOutDocument,
    "\n            query AuthMe2 {\n              me {\n                role\n              }\n            }\n          ": typeof types.AuthMe2Document,
    "\n            query AuthSchools {\n              schools {\n                totalCount\n              }\n            }\n          ": typeof types.AuthSchoolsDocument,
    "\n          mutation AuthCreateApiToken {\n            createApiToken(input: { name: \"Sign-in prober\", role: VIEWER, scope: READ }) {\n              token\n            }\n          }\n        ": typeof types.AuthCreateApiTokenDocument,
    "\n          mutation AuthSignIn2 {\n            signIn(input: { email: \"finance@demo.allot.example\", password: \"allot-demo-2022\" }) {\n              userErrors {\n                code\n              }\n            }\n          }\n        ": typeof types.AuthSignIn2Document,
    "\n  mutation AuthCreateToken($i: CreateApiTokenInput!) {\n    createApiToken(input: $i) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        role\n        scope\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.AuthCreateTokenDocument,
    "\n              query AuthApiTokens {\n                apiTokens {\n                  name\n                  prefix\n                }\n              }\n            ": typeof types.AuthApiTokensDocument,
    "\n          query AuthMe3 {\n            me {\n              kind\n              name\n              role\n            }\n          }\n        ": typeof types.AuthMe3Document,
    "\n        mutation AuthCreateScenario {\n          createScenario(input: { fiscalYear: 2022, name: \"From the ERP\", source: EMPTY }) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": typeof types.AuthCreateScenarioDocument,
    "\n            query AuthSchools2 {\n              schools {\n                totalCount\n              }\n            }\n          ": typeof types.AuthSchools2Document,
    "\n        mutation AuthCreateScenario2 {\n          createScenario(input: { fiscalYear: 2022, name: \"x\", source: EMPTY }) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": typeof types.AuthCreateScenario2Document,
    "\n        mutation AuthPreviewAllocation {\n          previewAllocation(\n            input: {\n              fiscalYear: 2022\n              parameters: {\n                titleI: { ppa: { kind: EVEN }, reservations: { familyEngagement: \"300000.00\" } }\n              }\n            }\n          ) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": typeof types.AuthPreviewAllocationDocument,
    "\n            query AuthMe4 {\n              me {\n                name\n              }\n            }\n          ": typeof types.AuthMe4Document,
    "\n            query AuthMe5 {\n              me {\n                name\n              }\n            }\n          ": typeof types.AuthMe5Document,
    "\n          mutation AuthRevokeApiToken($i: RevokeApiTokenInput!) {\n            revokeApiToken(input: $i) {\n              apiToken {\n                revokedAt\n              }\n            }\n          }\n        ": typeof types.AuthRevokeApiTokenDocument,
    "\n        query AuthMe6 {\n          me {\n            name\n          }\n        }\n      ": typeof types.AuthMe6Document,
    "\n            query AuthMe7 {\n              me {\n                name\n              }\n            }\n          ": typeof types.AuthMe7Document,
    "\n            query AuthMe8 {\n              me {\n                name\n              }\n            }\n          ": typeof types.AuthMe8Document,
    "\n            query AuthMe9 {\n              me {\n                name\n              }\n            }\n          ": typeof types.AuthMe9Document,
    "\n  query Awards {\n    awards(fiscalYear: 2022) {\n      id\n      version\n      amount\n      carryoverIn\n      transfersIn\n      transfersOut\n      available\n      fundingSource {\n        code\n      }\n    }\n  }\n": typeof types.AwardsDocument,
    "\n  query ProgramsRemaining {\n    fundingByActionStep(fiscalYear: 2022) {\n      programs {\n        fundingSource {\n          code\n        }\n        remaining\n      }\n    }\n  }\n": typeof types.ProgramsRemainingDocument,
    "\n  query Transfers {\n    transfers(fiscalYear: 2022) {\n      id\n    }\n  }\n": typeof types.TransfersDocument,
    "\n  query PlanSteps {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.PlanStepsDocument,
    "\n  mutation UpdateAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        amount\n        available\n        version\n        notes\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateAwardDocument,
    "\n  mutation TransferFunds($input: TransferFundsInput!) {\n    transferFunds(input: $input) {\n      transfer {\n        id\n        amount\n        from {\n          code\n        }\n        to {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.TransferFundsDocument,
    "\n  mutation DeleteTransfer($input: DeleteTransferInput!) {\n    deleteTransfer(input: $input) {\n      deletedTransferId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeleteTransferDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateBudgetLineDocument,
    "\n  mutation BudgetLinesCreate($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        amount\n        version\n        description\n        accountCode\n        functionCode\n        objectCode\n        use\n        quantity\n        unitPrice\n        vendor\n        narrative\n        fundingSource {\n          code\n        }\n        actionStep {\n          label\n        }\n        school {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.BudgetLinesCreateDocument,
    "\n  mutation BudgetLinesUpdate($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budgetLine {\n        id\n        amount\n        version\n        quantity\n        unitPrice\n        functionCode\n        school {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.BudgetLinesUpdateDocument,
    "\n  mutation BudgetLinesDelete($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      deletedBudgetLineId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.BudgetLinesDeleteDocument,
    "\n  query BudgetLinesProgramTotals {\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n      programs {\n        fundingSource {\n          code\n        }\n        budgeted\n        remaining\n      }\n    }\n  }\n": typeof types.BudgetLinesProgramTotalsDocument,
    "\n        query BudgetLinesImprovementPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n              }\n            }\n          }\n        }\n      ": typeof types.BudgetLinesImprovementPlanDocument,
    "\n        query BudgetLinesSchools {\n          schools(first: 1) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.BudgetLinesSchoolsDocument,
    "\n      query BudgetLinesNewest($step: ID!) {\n        budgetLines(fiscalYear: 2022, actionStepId: $step, first: 1, newestFirst: true) {\n          nodes {\n            description\n          }\n        }\n      }\n    ": typeof types.BudgetLinesNewestDocument,
    "\n      query BudgetLinesFiltered(\n        $functionCode: String\n        $objectCode: String\n        $schoolId: ID\n        $updatedSince: String\n      ) {\n        budgetLines(\n          fiscalYear: 2022\n          first: 100\n          functionCode: $functionCode\n          objectCode: $objectCode\n          schoolId: $schoolId\n          updatedSince: $updatedSince\n        ) {\n          totalCount\n          nodes {\n            description\n            functionCode\n            objectCode\n            school {\n              id\n            }\n          }\n        }\n      }\n    ": typeof types.BudgetLinesFilteredDocument,
    "\n          query BudgetLinesNode($id: ID!) {\n            node(id: $id) {\n              ... on BudgetLine {\n                amount\n                version\n              }\n            }\n          }\n        ": typeof types.BudgetLinesNodeDocument,
    "\n  query DraftsSchoolBudget($schoolId: ID!) {\n    schoolBudget(fiscalYear: 2022, schoolId: $schoolId) {\n      program\n      envelope\n      approved\n      drafts\n      left\n    }\n  }\n": typeof types.DraftsSchoolBudgetDocument,
    "\n  mutation DraftsCreate($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        version\n        status\n        draftedBy\n        amount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DraftsCreateDocument,
    "\n  mutation DraftsApprove($input: DeleteBudgetLineInput!) {\n    approveBudgetLine(input: $input) {\n      budgetLine {\n        status\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DraftsApproveDocument,
    "\n  mutation DraftsUpdate($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budgetLine {\n        amount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DraftsUpdateDocument,
    "\n  query DraftsList {\n    budgetLines(fiscalYear: 2022, status: DRAFT, first: 100) {\n      nodes {\n        id\n        description\n        status\n      }\n    }\n  }\n": typeof types.DraftsListDocument,
    "\n        query DraftsMe {\n          me {\n            schoolId\n          }\n        }\n      ": typeof types.DraftsMeDocument,
    "\n        query DraftsSetup {\n          schools(first: 2) {\n            nodes {\n              id\n            }\n          }\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                allowedFundingSources {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.DraftsSetupDocument,
    "\n        mutation DraftsScenario {\n          createScenario(input: { fiscalYear: 2022, name: \"Adopted\", source: EMPTY }) {\n            scenario {\n              id\n            }\n          }\n        }\n      ": typeof types.DraftsScenarioDocument,
    "\n  query AccountAwards {\n    awards(fiscalYear: 2022) {\n      id\n      version\n      fundCode\n      programCode\n      fundingSource {\n        code\n      }\n    }\n  }\n": typeof types.AccountAwardsDocument,
    "\n  query AccountLines($program: ProgramCode) {\n    budgetLines(fiscalYear: 2022, program: $program, first: 100) {\n      nodes {\n        functionCode\n        objectCode\n        school {\n          stateSchoolId\n        }\n        account {\n          value\n          missing\n          segments {\n            key\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountLinesDocument,
    "\n  mutation AccountUpdateAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        fundCode\n        programCode\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AccountUpdateAwardDocument,
    "\n  mutation AccountOffice($code: String!) {\n    setOfficeFacilityCode(input: { code: $code }) {\n      district {\n        officeFacilityCode\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.AccountOfficeDocument,
    "\n  query BudgetComplianceReport($fiscalYear: Int!) {\n    budgetCompliance(fiscalYear: $fiscalYear) {\n      fiscalYear\n      allPass\n      failed\n      notChecked\n      checks {\n        ruleId\n        citation\n        program\n        status\n        detail\n        missing\n      }\n    }\n  }\n": typeof types.BudgetComplianceReportDocument,
    "\n  mutation BudgetTransfer($input: TransferFundsInput!) {\n    transferFunds(input: $input) {\n      transfer {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.BudgetTransferDocument,
    "\n  mutation BudgetUndoTransfer($input: DeleteTransferInput!) {\n    deleteTransfer(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.BudgetUndoTransferDocument,
    "\n  query BudgetGrid($fiscalYear: Int!, $program: ProgramCode) {\n    budgetByFunctionAndObject(fiscalYear: $fiscalYear, program: $program) {\n      program\n      function {\n        code\n        name\n      }\n      object {\n        code\n        name\n      }\n      amount\n      lineCount\n    }\n    fundingByActionStep(fiscalYear: $fiscalYear) {\n      total\n    }\n    chartOfAccounts(fiscalYear: $fiscalYear) {\n      state\n      edition\n      functions {\n        code\n        name\n      }\n      administrationFunctions\n    }\n  }\n": typeof types.BudgetGridDocument,
    "\n  mutation BudgetCreateLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        version\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.BudgetCreateLineDocument,
    "\n  mutation BudgetDeleteLine($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.BudgetDeleteLineDocument,
    "\n  query BudgetMoneyPicture($fiscalYear: Int!) {\n    moneyPicture(fiscalYear: $fiscalYear) {\n      program\n      available\n      reserved\n      toSchools\n      districtLines\n      districtLinesBeyondReservations\n      schoolLines\n      unbudgeted\n      adopted\n    }\n  }\n": typeof types.BudgetMoneyPictureDocument,
    "\n        query BudgetPlanSteps {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n                allowedFundingSources {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.BudgetPlanStepsDocument,
    "\n  query IdeaRule {\n    budgetCompliance(fiscalYear: 2022) {\n      checks {\n        ruleId\n        status\n        citation\n        detail\n        missing\n      }\n    }\n    awards(fiscalYear: 2022) {\n      id\n      version\n      amount\n      preschool\n      fundingSource {\n        code\n      }\n    }\n  }\n": typeof types.IdeaRuleDocument,
    "\n  mutation IdeaLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        version\n        subgrant\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.IdeaLineDocument,
    "\n  mutation IdeaDelete($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.IdeaDeleteDocument,
    "\n  mutation IdeaAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        preschool\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.IdeaAwardDocument,
    "\n        query IdeaSteps {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                allowedFundingSources {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.IdeaStepsDocument,
    "\n        query DistrictsSchools {\n          schools(first: 1) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.DistrictsSchoolsDocument,
    "\n        query DistrictsImprovementPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.DistrictsImprovementPlanDocument,
    "\n        mutation DistrictsCreateBudgetLine($i: CreateBudgetLineInput!) {\n          createBudgetLine(input: $i) {\n            budgetLine {\n              id\n              version\n            }\n          }\n        }\n      ": typeof types.DistrictsCreateBudgetLineDocument,
    "\n          query DistrictsSchools2 {\n            schools {\n              totalCount\n            }\n          }\n        ": typeof types.DistrictsSchools2Document,
    "\n          query DistrictsOtherSchools {\n            schools {\n              totalCount\n              nodes {\n                name\n              }\n            }\n          }\n        ": typeof types.DistrictsOtherSchoolsDocument,
    "\n      query DistrictsNodeId($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": typeof types.DistrictsNodeIdDocument,
    "\n          query DistrictsOtherLines {\n            budgetLines(fiscalYear: 2022) {\n              totalCount\n            }\n          }\n        ": typeof types.DistrictsOtherLinesDocument,
    "\n          mutation DistrictsOtherUpdate($i: UpdateBudgetLineInput!) {\n            updateBudgetLine(input: $i) {\n              budgetLine {\n                id\n              }\n              userErrors {\n                code\n              }\n            }\n          }\n        ": typeof types.DistrictsOtherUpdateDocument,
    "\n          mutation DistrictsOtherDelete($i: DeleteBudgetLineInput!) {\n            deleteBudgetLine(input: $i) {\n              userErrors {\n                code\n              }\n            }\n          }\n        ": typeof types.DistrictsOtherDeleteDocument,
    "\n          query DistrictsNode($id: ID!) {\n            node(id: $id) {\n              ... on BudgetLine {\n                amount\n              }\n            }\n          }\n        ": typeof types.DistrictsNodeDocument,
    "\n        mutation ExportsCreateApiToken {\n          createApiToken(input: { name: \"Warehouse\", role: VIEWER, scope: READ }) {\n            token\n          }\n        }\n      ": typeof types.ExportsCreateApiTokenDocument,
    "\n        mutation ExportsCreateScenario {\n          createScenario(input: { fiscalYear: 2022, name: \"Board draft\", source: EMPTY }) {\n            scenario {\n              id\n            }\n          }\n        }\n      ": typeof types.ExportsCreateScenarioDocument,
    "\n        mutation ExportsRunScenario($i: ScenarioActionInput!) {\n          runScenario(input: $i) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": typeof types.ExportsRunScenarioDocument,
    "\n          query ExportsFundingByActionStep {\n            fundingByActionStep(fiscalYear: 2022) {\n              total\n              rows {\n                total\n              }\n              programs {\n                award\n                remaining\n              }\n            }\n          }\n        ": typeof types.ExportsFundingByActionStepDocument,
    "\n          query ExportsScenario($id: ID!) {\n            scenario(id: $id) {\n              result {\n                schools {\n                  total\n                }\n                compliance {\n                  citation\n                }\n              }\n            }\n          }\n        ": typeof types.ExportsScenarioDocument,
    "\n            query ExportsBudgetTotal {\n              fundingByActionStep(fiscalYear: 2022) {\n                total\n              }\n            }\n          ": typeof types.ExportsBudgetTotalDocument,
    "\n          query ExportsPositions {\n            positions(fiscalYear: 2022, first: 100) {\n              nodes {\n                code\n                totalCost\n                localCost\n                fundings {\n                  program\n                  amount\n                }\n              }\n            }\n          }\n        ": typeof types.ExportsPositionsDocument,
    "\n          mutation ExportsLeaderToken($i: CreateApiTokenInput!) {\n            createApiToken(input: $i) {\n              token\n            }\n          }\n        ": typeof types.ExportsLeaderTokenDocument,
    "\n                  query ExportsFirstSchool {\n                    schools(first: 1) {\n                      nodes {\n                        id\n                      }\n                    }\n                  }\n                ": typeof types.ExportsFirstSchoolDocument,
    "\n          query ExportsFundingByActionStep2 {\n            fundingByActionStep(fiscalYear: 2022) {\n              total\n            }\n          }\n        ": typeof types.ExportsFundingByActionStep2Document,
    "\n  query MonitoringExportStep {\n    stepProgress(fiscalYear: 2022) {\n      actionStep {\n        id\n        label\n      }\n    }\n  }\n": typeof types.MonitoringExportStepDocument,
    "\n  mutation MonitoringExportRecord($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.MonitoringExportRecordDocument,
    "\n          query FileImportsAwards($year: Int!) {\n            awards(fiscalYear: $year) {\n              fundingSource {\n                code\n              }\n              amount\n              carryoverIn\n              version\n            }\n          }\n        ": typeof types.FileImportsAwardsDocument,
    "\n        query FileImportsBudgetLines($since: String) {\n          budgetLines(fiscalYear: 2022, first: 100, updatedSince: $since) {\n            totalCount\n            nodes {\n              description\n              amount\n              accountCode\n              version\n              school {\n                ncesSchoolId\n              }\n              actionStep {\n                label\n              }\n            }\n          }\n        }\n      ": typeof types.FileImportsBudgetLinesDocument,
    "\n        query FileImportsSchools {\n          schools(first: 100) {\n            nodes {\n              ncesSchoolId\n              stateSchoolId\n              enrollment\n              directCertified\n              lowIncome\n            }\n          }\n        }\n      ": typeof types.FileImportsSchoolsDocument,
    "\n            query FileImportsCodes($since: String) {\n              budgetLines(\n                fiscalYear: 2022\n                first: 100\n                functionCode: \"1000\"\n                objectCode: \"642\"\n                updatedSince: $since\n              ) {\n                nodes {\n                  description\n                  amount\n                }\n              }\n            }\n          ": typeof types.FileImportsCodesDocument,
    "\n        mutation FileImportsImportBudgetLines($i: DistrictFileInput!) {\n          importBudgetLines(input: $i) {\n            written\n          }\n        }\n      ": typeof types.FileImportsImportBudgetLinesDocument,
    "\n  mutation PositionsImport($i: DistrictFileInput!) {\n    importPositions(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      changes {\n        record\n        field\n        before\n        after\n      }\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.PositionsImportDocument,
    "\n  query PositionsImportRead {\n    positions(fiscalYear: 2022, first: 100) {\n      nodes {\n        code\n        title\n        salary\n        salarySchedule\n        fte\n        status\n        personName\n        totalCost\n        version\n        jobClass {\n          code\n        }\n        school {\n          ncesSchoolId\n        }\n        fundings {\n          program\n          amount\n        }\n      }\n    }\n  }\n": typeof types.PositionsImportReadDocument,
    "\n  mutation SchoolAwardsImport($i: DistrictFileInput!) {\n    importSchoolAwards(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.SchoolAwardsImportDocument,
    "\n  query SchoolAwardsRead {\n    schoolAwards(fiscalYear: 2022) {\n      amount\n      school {\n        ncesSchoolId\n        stateSchoolId\n        name\n      }\n      fundingSource {\n        code\n      }\n    }\n    budgetCompliance(fiscalYear: 2022) {\n      checks {\n        ruleId\n        status\n        citation\n        detail\n      }\n    }\n  }\n": typeof types.SchoolAwardsReadDocument,
    "\n  mutation SchoolImportImport($i: ImportSchoolsInput!) {\n    importSchools(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      changes {\n        row\n        record\n        field\n        before\n        after\n      }\n      problems {\n        row\n        column\n        message\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SchoolImportImportDocument,
    "\n        query SchoolImportSchools {\n          schools(first: 1) {\n            totalCount\n          }\n        }\n      ": typeof types.SchoolImportSchoolsDocument,
    "\n        query SchoolImportSchools2 {\n          schools(first: 100) {\n            nodes {\n              ncesSchoolId\n              name\n              enrollment\n              lowIncome\n              illustrative\n            }\n          }\n        }\n      ": typeof types.SchoolImportSchools2Document,
    "\n          query SchoolImportAuditEvents {\n            auditEvents(first: 5, entityType: \"School\") {\n              nodes {\n                action\n                entityType\n                after\n              }\n            }\n          }\n        ": typeof types.SchoolImportAuditEventsDocument,
    "\n          query SchoolImportSchools3 {\n            schools(first: 100) {\n              nodes {\n                ncesSchoolId\n                stateSchoolId\n              }\n            }\n          }\n        ": typeof types.SchoolImportSchools3Document,
    "\n  query GoalsRead {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        id\n        number\n        goalMeasure {\n          measure\n          dataSource\n          unit\n          baseline\n          baselineYear\n          target\n          targetYear\n          annualChange\n          missing\n          version\n          values {\n            year\n            kind\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.GoalsReadDocument,
    "\n  mutation GoalsUpdate($input: UpdateGoalMeasureInput!) {\n    updateGoalMeasure(input: $input) {\n      goalMeasure {\n        baselineYear\n        dataSource\n        missing\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.GoalsUpdateDocument,
    "\n  mutation GoalsRecord($input: RecordGoalValueInput!) {\n    recordGoalValue(input: $input) {\n      goalMeasure {\n        values {\n          year\n          kind\n          value\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.GoalsRecordDocument,
    "\n  mutation GoalsImport($input: ImportImprovementPlanInput!) {\n    importImprovementPlan(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.GoalsImportDocument,
    "\n  mutation PlanImportImport($input: ImportImprovementPlanInput!) {\n    importImprovementPlan(input: $input) {\n      improvementPlan {\n        id\n        fiscalYear\n        needs {\n          number\n          actionSteps {\n            id\n            label\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.PlanImportImportDocument,
    "\n  mutation PlanImportRecordProgress($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      monitoring {\n        version\n      }\n    }\n  }\n": typeof types.PlanImportRecordProgressDocument,
    "\n  mutation PlanImportDeleteProgress($input: DeleteStepMonitoringInput!) {\n    deleteStepMonitoring(input: $input) {\n      deleted\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PlanImportDeleteProgressDocument,
    "\n        query PlanImportImprovementPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n                description\n              }\n            }\n          }\n        }\n      ": typeof types.PlanImportImprovementPlanDocument,
    "\n          query PlanImportFiscalYears {\n            fiscalYears {\n              year\n              startsOn\n              endsOn\n            }\n          }\n        ": typeof types.PlanImportFiscalYearsDocument,
    "\n  query StepProgramsRead {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n          allowedFundingSources {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.StepProgramsReadDocument,
    "\n  mutation StepProgramsSet($input: SetActionStepProgramsInput!) {\n    setActionStepPrograms(input: $input) {\n      actionStep {\n        label\n        allowedFundingSources {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.StepProgramsSetDocument,
    "\n  query ArtifactStoreStep {\n    stepProgress(fiscalYear: 2022) {\n      actionStep {\n        id\n        label\n      }\n    }\n  }\n": typeof types.ArtifactStoreStepDocument,
    "\n  mutation ArtifactStoreRecord($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ArtifactStoreRecordDocument,
    "\n  mutation ArtifactStoreAttach($input: AttachMonitoringArtifactInput!) {\n    attachMonitoringArtifact(input: $input) {\n      artifact {\n        id\n        sha256\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.ArtifactStoreAttachDocument,
    "\n  mutation MonitoringRecord($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      monitoring {\n        window\n        status\n        evidence\n        recordedBy\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.MonitoringRecordDocument,
    "\n  mutation MonitoringAttach($input: AttachMonitoringArtifactInput!) {\n    attachMonitoringArtifact(input: $input) {\n      artifact {\n        id\n        fileName\n        sizeBytes\n        sha256\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.MonitoringAttachDocument,
    "\n  query MonitoringProgress {\n    stepProgress(fiscalYear: 2022) {\n      actionStep {\n        id\n        label\n      }\n      budgeted\n      windows {\n        window\n        status\n        evidence\n        recordedBy\n        artifacts {\n          id\n          fileName\n          contentType\n        }\n      }\n    }\n  }\n": typeof types.MonitoringProgressDocument,
    "\n  query MonitoringWindowsRead {\n    monitoringWindows(fiscalYear: 2022) {\n      window\n      opensOn\n      closesOn\n      setByDistrict\n    }\n  }\n": typeof types.MonitoringWindowsReadDocument,
    "\n  mutation MonitoringWindowsSet($input: SetMonitoringWindowsInput!) {\n    setMonitoringWindows(input: $input) {\n      windows {\n        window\n        opensOn\n        closesOn\n        setByDistrict\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.MonitoringWindowsSetDocument,
    "\n  query AmendPlanRead {\n    improvementPlan(fiscalYear: 2022) {\n      revision\n      approvedAt\n      approvedBy\n      needs {\n        id\n        number\n        rootCauses\n        actionSteps {\n          id\n          label\n          timeline\n          systems\n          description\n        }\n      }\n    }\n  }\n": typeof types.AmendPlanReadDocument,
    "\n  mutation AmendPlanEdit($input: EditImprovementPlanInput!) {\n    editImprovementPlan(input: $input) {\n      amendment {\n        id\n        number\n        status\n        reason\n        proposedBy\n        version\n        changes {\n          section\n          current\n          amended\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AmendPlanEditDocument,
    "\n  mutation AmendPlanApprove($input: ApproveImprovementPlanInput!) {\n    approveImprovementPlan(input: $input) {\n      improvementPlan {\n        approvedAt\n        approvedBy\n        revision\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AmendPlanApproveDocument,
    "\n  mutation AmendPlanDecide($input: DecidePlanAmendmentInput!) {\n    decidePlanAmendment(input: $input) {\n      amendment {\n        number\n        status\n        decidedBy\n        decisionNote\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AmendPlanDecideDocument,
    "\n  query AmendPlanHistory {\n    planAmendments(fiscalYear: 2022) {\n      number\n      status\n      reason\n      changes {\n        section\n      }\n    }\n  }\n": typeof types.AmendPlanHistoryDocument,
    "\n  query AmendPlanPrograms {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n          allowedFundingSources {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.AmendPlanProgramsDocument,
    "\n  mutation AmendPlanSetPrograms($input: SetActionStepProgramsInput!) {\n    setActionStepPrograms(input: $input) {\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": typeof types.AmendPlanSetProgramsDocument,
    "\n  query PlanStructureFunding {\n    planStructureFunding(fiscalYear: 2022) {\n      total\n      byEquityIntervention {\n        key\n        budgeted\n        steps\n      }\n      bySystem {\n        key\n        budgeted\n        steps\n      }\n      bySubgroup {\n        key\n        budgeted\n        steps\n      }\n      byStrategicGoal {\n        key\n        budgeted\n        steps\n      }\n    }\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n      rows {\n        actionStep {\n          label\n          systems\n        }\n        total\n      }\n    }\n  }\n": typeof types.PlanStructureFundingDocument,
    "\n  mutation PositionsCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        code\n        version\n        salary\n        totalCost\n        localCost\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.PositionsCreateDocument,
    "\n  mutation PositionsFund($input: SetPositionFundingInput!) {\n    setPositionFunding(input: $input) {\n      position {\n        id\n        version\n        totalCost\n        localCost\n        cost {\n          name\n          objectCode\n          amount\n        }\n        fundings {\n          program\n          functionCode\n          shareBasisPoints\n          amount\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.PositionsFundDocument,
    "\n  mutation PositionsUpdate($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        id\n        version\n        totalCost\n        fundings {\n          program\n          amount\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.PositionsUpdateDocument,
    "\n  mutation PositionsDelete($input: DeletePositionInput!) {\n    deletePosition(input: $input) {\n      deletedPositionId\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.PositionsDeleteDocument,
    "\n  mutation PositionsRate($input: SetBenefitRateInput!) {\n    setBenefitRate(input: $input) {\n      benefitRate {\n        name\n        version\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.PositionsRateDocument,
    "\n  query PositionsBudgeted {\n    fundingByActionStep(fiscalYear: 2022) {\n      programs {\n        fundingSource {\n          code\n        }\n        budgeted\n      }\n    }\n  }\n": typeof types.PositionsBudgetedDocument,
    "\n        query PositionsPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n              }\n            }\n          }\n        }\n      ": typeof types.PositionsPlanDocument,
    "\n        query PositionsSchool {\n          schools(first: 1) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": typeof types.PositionsSchoolDocument,
    "\n        mutation PositionsJobClass($input: CreateJobClassInput!) {\n          createJobClass(input: $input) {\n            jobClass {\n              id\n            }\n            userErrors {\n              field\n              message\n            }\n          }\n        }\n      ": typeof types.PositionsJobClassDocument,
    "\n          query PositionsCostByProgram {\n            positionCostByProgram(fiscalYear: 2022) {\n              program\n              amount\n              positions\n            }\n            positions(fiscalYear: 2022, first: 100) {\n              totalCount\n              nodes {\n                fundings {\n                  program\n                  amount\n                }\n              }\n            }\n          }\n        ": typeof types.PositionsCostByProgramDocument,
    "\n          query PositionsLines($schoolId: ID!) {\n            budgetLines(\n              fiscalYear: 2022\n              first: 100\n              program: TITLE_II_A\n              functionCode: \"2213\"\n              schoolId: $schoolId\n            ) {\n              nodes {\n                id\n                description\n                functionCode\n                objectCode\n              }\n            }\n          }\n        ": typeof types.PositionsLinesDocument,
    "\n          mutation PositionsEditLine($input: UpdateBudgetLineInput!) {\n            updateBudgetLine(input: $input) {\n              userErrors {\n                message\n              }\n            }\n          }\n        ": typeof types.PositionsEditLineDocument,
    "\n  mutation SchedulesSet($input: SetSalaryScheduleInput!) {\n    setSalarySchedule(input: $input) {\n      salarySchedule {\n        name\n        positionCount\n        version\n        steps {\n          step\n          salary\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SchedulesSetDocument,
    "\n  mutation SchedulesCreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        version\n        salary\n        salarySchedule\n        scheduleStep\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SchedulesCreatePositionDocument,
    "\n  mutation SchedulesFund($input: SetPositionFundingInput!) {\n    setPositionFunding(input: $input) {\n      position {\n        version\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.SchedulesFundDocument,
    "\n  mutation SchedulesUpdate($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        salary\n        salarySchedule\n        scheduleStep\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.SchedulesUpdateDocument,
    "\n  query SchedulesRead($id: ID!) {\n    node(id: $id) {\n      ... on Position {\n        salary\n        version\n        salarySchedule\n        fundings {\n          amount\n        }\n      }\n    }\n    salarySchedules(fiscalYear: 2022) {\n      name\n      positionCount\n    }\n  }\n": typeof types.SchedulesReadDocument,
    "\n  query SchedulesLines {\n    budgetLines(fiscalYear: 2022, program: TITLE_I_A, first: 100, functionCode: \"2213\") {\n      nodes {\n        description\n        amount\n      }\n    }\n  }\n": typeof types.SchedulesLinesDocument,
    "\n        query SchedulesPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n              }\n            }\n          }\n          jobClasses {\n            id\n            category\n          }\n        }\n      ": typeof types.SchedulesPlanDocument,
    "\n  mutation GuidancePreview($input: PreviewAllocationInput!) {\n    previewAllocation(input: $input) {\n      result {\n        programs {\n          reserved\n          toSchools\n          unallocated\n          reservations {\n            kind\n            amount\n          }\n        }\n        compliance {\n          ruleId\n          status\n        }\n      }\n      schools {\n        key\n        name\n        total\n        allocations {\n          program\n          amount\n          explanation\n        }\n        titleI {\n          served\n          rank\n          perChild\n          publicAmount\n          privateAmount\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.GuidancePreviewDocument,
    "\n  mutation InputPropertiesPreview($input: PreviewAllocationInput!) {\n    previewAllocation(input: $input) {\n      result {\n        programs {\n          available\n          reserved\n          toSchools\n          unallocated\n          reservations {\n            amount\n          }\n        }\n        compliance {\n          status\n          missing\n        }\n        notChecked\n        allPass\n        failures\n      }\n      schools {\n        key\n        total\n        titleI {\n          served\n          perChild\n          publicAmount\n          privateAmount\n          lowIncomeChildren\n          rank\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.InputPropertiesPreviewDocument,
    "\n  mutation InputPropertiesImport($i: ImportSchoolsInput!) {\n    importSchools(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      changes {\n        row\n        field\n      }\n      problems {\n        row\n        column\n        message\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": typeof types.InputPropertiesImportDocument,
    "\n            query InputPropertiesSchools {\n              schools(first: 1) {\n                totalCount\n              }\n            }\n          ": typeof types.InputPropertiesSchoolsDocument,
    "\n          query ScenariosSchools {\n            schools(first: 1) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": typeof types.ScenariosSchoolsDocument,
    "\n          query ScenariosNode($id: ID!) {\n            node(id: $id) {\n              ... on Scenario {\n                version\n                stale\n              }\n            }\n          }\n        ": typeof types.ScenariosNodeDocument,
    "\n          query ScenariosScenarios {\n            scenarios(fiscalYear: 2022) {\n              id\n            }\n          }\n        ": typeof types.ScenariosScenariosDocument,
    "\n          mutation ScenariosPreviewAllocation($input: PreviewAllocationInput!) {\n            previewAllocation(input: $input) {\n              result {\n                failures\n                programs {\n                  toSchools\n                }\n              }\n              userErrors {\n                field\n                message\n                code\n              }\n            }\n          }\n        ": typeof types.ScenariosPreviewAllocationDocument,
    "\n            query ScenariosScenarios2 {\n              scenarios(fiscalYear: 2022) {\n                id\n              }\n            }\n          ": typeof types.ScenariosScenarios2Document,
    "\n          query ScenariosCompareScenarios($a: ID!, $b: ID!) {\n            compareScenarios(a: $a, b: $b) {\n              schools {\n                program\n                difference\n              }\n              programs {\n                program\n                difference\n              }\n              measures {\n                measure\n                a\n                b\n              }\n            }\n          }\n        ": typeof types.ScenariosCompareScenariosDocument,
    "\n          query ScenariosImprovementPlan {\n            improvementPlan(fiscalYear: 2022) {\n              needs {\n                actionSteps {\n                  id\n                  label\n                }\n              }\n            }\n          }\n        ": typeof types.ScenariosImprovementPlanDocument,
    "\n          query ScenariosFundingByActionStep($id: ID!) {\n            fundingByActionStep(fiscalYear: 2022, scenarioId: $id) {\n              rows {\n                actionStep {\n                  label\n                }\n                amounts {\n                  fundingSource {\n                    code\n                  }\n                  amount\n                }\n              }\n            }\n          }\n        ": typeof types.ScenariosFundingByActionStepDocument,
    "\n          query ScenariosNode2($id: ID!) {\n            node(id: $id) {\n              ... on Scenario {\n                status\n              }\n            }\n          }\n        ": typeof types.ScenariosNode2Document,
    "\n  query StrategicRead {\n    strategicPlan {\n      title\n      prioritiesChosenOn\n      priorityCount\n      goals {\n        number\n        objectives {\n          id\n          code\n          priority\n          initiatives {\n            actionSteps {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n          strategicActionSteps {\n            id\n            code\n          }\n        }\n      }\n    }\n    planStructureFunding(fiscalYear: 2022) {\n      byStrategicGoal {\n        key\n        steps\n      }\n    }\n  }\n": typeof types.StrategicReadDocument,
    "\n  mutation StrategicPriorities($input: SetPriorityObjectivesInput!) {\n    setPriorityObjectives(input: $input) {\n      strategicPlan {\n        goals {\n          objectives {\n            code\n            priority\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.StrategicPrioritiesDocument,
    "\n  mutation StrategicLinks($input: SetStrategicLinksInput!) {\n    setStrategicLinks(input: $input) {\n      actionStep {\n        label\n        strategicActionSteps {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.StrategicLinksDocument,
    "\n  query CachedFunding {\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n    }\n  }\n": typeof types.CachedFundingDocument,
    "\n  query CachedSchools {\n    schools(first: 100) {\n      totalCount\n      nodes {\n        id\n        enrollment\n      }\n    }\n  }\n": typeof types.CachedSchoolsDocument,
    "\n  query CachedWithViewer {\n    me {\n      name\n    }\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n    }\n  }\n": typeof types.CachedWithViewerDocument,
    "\n  mutation CachedNewScenario {\n    createScenario(input: { fiscalYear: 2022, name: \"Unrelated write\", source: EMPTY }) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.CachedNewScenarioDocument,
    "\n  mutation CachedAddLine($i: CreateBudgetLineInput!) {\n    createBudgetLine(input: $i) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.CachedAddLineDocument,
    "\n        query FirstActionStep {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.FirstActionStepDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($t: String, $id: String) {\n    auditEvents(entityType: $t, entityId: $id) {\n      totalCount\n      nodes {\n        actor\n        action\n        entityType\n        entityId\n        before\n        after\n        requestId\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  mutation AuditAddLine($i: CreateBudgetLineInput!) {\n    createBudgetLine(input: $i) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.AuditAddLineDocument,
    "\n          mutation AuditCreateScenario {\n            createScenario(input: { fiscalYear: 2022, name: \"Audited run\", source: EMPTY }) {\n              scenario {\n                id\n              }\n            }\n          }\n        ": types.AuditCreateScenarioDocument,
    "\n          mutation AuditRunScenario($i: ScenarioActionInput!) {\n            runScenario(input: $i) {\n              scenario {\n                lastRunAt\n                result {\n                  schools {\n                    total\n                  }\n                }\n              }\n            }\n          }\n        ": types.AuditRunScenarioDocument,
    "\n          mutation AuditCreateBudgetLine($i: CreateBudgetLineInput!) {\n            createBudgetLine(input: $i) {\n              budgetLine {\n                id\n                version\n              }\n            }\n          }\n        ": types.AuditCreateBudgetLineDocument,
    "\n          mutation AuditUpdateBudgetLine($i: UpdateBudgetLineInput!) {\n            updateBudgetLine(input: $i) {\n              budgetLine {\n                version\n              }\n            }\n          }\n        ": types.AuditUpdateBudgetLineDocument,
    "\n        mutation AuditDeleteBudgetLine($i: DeleteBudgetLineInput!) {\n          deleteBudgetLine(input: $i) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": types.AuditDeleteBudgetLineDocument,
    "\n        query AuditQuery {\n          __typename\n        }\n      ": types.AuditQueryDocument,
    "\n        mutation AuditSignOut {\n          signOut {\n            signedOut\n          }\n        }\n      ": types.AuditSignOutDocument,
    "\n  mutation AuthSignIn($i: SignInInput!) {\n    signIn(input: $i) {\n      viewer {\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AuthSignInDocument,
    "\n            query AuthMe {\n              me {\n                role\n              }\n            }\n          ": types.AuthMeDocument,
    "\n        mutation AuthSignOut {\n          signOut {\n            signedOut\n          }\n        }\n      ": types.AuthSignOutDocument,
    "\n            query AuthMe2 {\n              me {\n                role\n              }\n            }\n          ": types.AuthMe2Document,
    "\n            query AuthSchools {\n              schools {\n                totalCount\n              }\n            }\n          ": types.AuthSchoolsDocument,
    "\n          mutation AuthCreateApiToken {\n            createApiToken(input: { name: \"Sign-in prober\", role: VIEWER, scope: READ }) {\n              token\n            }\n          }\n        ": types.AuthCreateApiTokenDocument,
    "\n          mutation AuthSignIn2 {\n            signIn(input: { email: \"finance@demo.allot.example\", password: \"allot-demo-2022\" }) {\n              userErrors {\n                code\n              }\n            }\n          }\n        ": types.AuthSignIn2Document,
    "\n  mutation AuthCreateToken($i: CreateApiTokenInput!) {\n    createApiToken(input: $i) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        role\n        scope\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.AuthCreateTokenDocument,
    "\n              query AuthApiTokens {\n                apiTokens {\n                  name\n                  prefix\n                }\n              }\n            ": types.AuthApiTokensDocument,
    "\n          query AuthMe3 {\n            me {\n              kind\n              name\n              role\n            }\n          }\n        ": types.AuthMe3Document,
    "\n        mutation AuthCreateScenario {\n          createScenario(input: { fiscalYear: 2022, name: \"From the ERP\", source: EMPTY }) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": types.AuthCreateScenarioDocument,
    "\n            query AuthSchools2 {\n              schools {\n                totalCount\n              }\n            }\n          ": types.AuthSchools2Document,
    "\n        mutation AuthCreateScenario2 {\n          createScenario(input: { fiscalYear: 2022, name: \"x\", source: EMPTY }) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": types.AuthCreateScenario2Document,
    "\n        mutation AuthPreviewAllocation {\n          previewAllocation(\n            input: {\n              fiscalYear: 2022\n              parameters: {\n                titleI: { ppa: { kind: EVEN }, reservations: { familyEngagement: \"300000.00\" } }\n              }\n            }\n          ) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": types.AuthPreviewAllocationDocument,
    "\n            query AuthMe4 {\n              me {\n                name\n              }\n            }\n          ": types.AuthMe4Document,
    "\n            query AuthMe5 {\n              me {\n                name\n              }\n            }\n          ": types.AuthMe5Document,
    "\n          mutation AuthRevokeApiToken($i: RevokeApiTokenInput!) {\n            revokeApiToken(input: $i) {\n              apiToken {\n                revokedAt\n              }\n            }\n          }\n        ": types.AuthRevokeApiTokenDocument,
    "\n        query AuthMe6 {\n          me {\n            name\n          }\n        }\n      ": types.AuthMe6Document,
    "\n            query AuthMe7 {\n              me {\n                name\n              }\n            }\n          ": types.AuthMe7Document,
    "\n            query AuthMe8 {\n              me {\n                name\n              }\n            }\n          ": types.AuthMe8Document,
    "\n            query AuthMe9 {\n              me {\n                name\n              }\n            }\n          ": types.AuthMe9Document,
    "\n  query Awards {\n    awards(fiscalYear: 2022) {\n      id\n      version\n      amount\n      carryoverIn\n      transfersIn\n      transfersOut\n      available\n      fundingSource {\n        code\n      }\n    }\n  }\n": types.AwardsDocument,
    "\n  query ProgramsRemaining {\n    fundingByActionStep(fiscalYear: 2022) {\n      programs {\n        fundingSource {\n          code\n        }\n        remaining\n      }\n    }\n  }\n": types.ProgramsRemainingDocument,
    "\n  query Transfers {\n    transfers(fiscalYear: 2022) {\n      id\n    }\n  }\n": types.TransfersDocument,
    "\n  query PlanSteps {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.PlanStepsDocument,
    "\n  mutation UpdateAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        amount\n        available\n        version\n        notes\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateAwardDocument,
    "\n  mutation TransferFunds($input: TransferFundsInput!) {\n    transferFunds(input: $input) {\n      transfer {\n        id\n        amount\n        from {\n          code\n        }\n        to {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.TransferFundsDocument,
    "\n  mutation DeleteTransfer($input: DeleteTransferInput!) {\n    deleteTransfer(input: $input) {\n      deletedTransferId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeleteTransferDocument,
    "\n  mutation CreateBudgetLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateBudgetLineDocument,
    "\n  mutation BudgetLinesCreate($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        amount\n        version\n        description\n        accountCode\n        functionCode\n        objectCode\n        use\n        quantity\n        unitPrice\n        vendor\n        narrative\n        fundingSource {\n          code\n        }\n        actionStep {\n          label\n        }\n        school {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.BudgetLinesCreateDocument,
    "\n  mutation BudgetLinesUpdate($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budgetLine {\n        id\n        amount\n        version\n        quantity\n        unitPrice\n        functionCode\n        school {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.BudgetLinesUpdateDocument,
    "\n  mutation BudgetLinesDelete($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      deletedBudgetLineId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.BudgetLinesDeleteDocument,
    "\n  query BudgetLinesProgramTotals {\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n      programs {\n        fundingSource {\n          code\n        }\n        budgeted\n        remaining\n      }\n    }\n  }\n": types.BudgetLinesProgramTotalsDocument,
    "\n        query BudgetLinesImprovementPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n              }\n            }\n          }\n        }\n      ": types.BudgetLinesImprovementPlanDocument,
    "\n        query BudgetLinesSchools {\n          schools(first: 1) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.BudgetLinesSchoolsDocument,
    "\n      query BudgetLinesNewest($step: ID!) {\n        budgetLines(fiscalYear: 2022, actionStepId: $step, first: 1, newestFirst: true) {\n          nodes {\n            description\n          }\n        }\n      }\n    ": types.BudgetLinesNewestDocument,
    "\n      query BudgetLinesFiltered(\n        $functionCode: String\n        $objectCode: String\n        $schoolId: ID\n        $updatedSince: String\n      ) {\n        budgetLines(\n          fiscalYear: 2022\n          first: 100\n          functionCode: $functionCode\n          objectCode: $objectCode\n          schoolId: $schoolId\n          updatedSince: $updatedSince\n        ) {\n          totalCount\n          nodes {\n            description\n            functionCode\n            objectCode\n            school {\n              id\n            }\n          }\n        }\n      }\n    ": types.BudgetLinesFilteredDocument,
    "\n          query BudgetLinesNode($id: ID!) {\n            node(id: $id) {\n              ... on BudgetLine {\n                amount\n                version\n              }\n            }\n          }\n        ": types.BudgetLinesNodeDocument,
    "\n  query DraftsSchoolBudget($schoolId: ID!) {\n    schoolBudget(fiscalYear: 2022, schoolId: $schoolId) {\n      program\n      envelope\n      approved\n      drafts\n      left\n    }\n  }\n": types.DraftsSchoolBudgetDocument,
    "\n  mutation DraftsCreate($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        version\n        status\n        draftedBy\n        amount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DraftsCreateDocument,
    "\n  mutation DraftsApprove($input: DeleteBudgetLineInput!) {\n    approveBudgetLine(input: $input) {\n      budgetLine {\n        status\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DraftsApproveDocument,
    "\n  mutation DraftsUpdate($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budgetLine {\n        amount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DraftsUpdateDocument,
    "\n  query DraftsList {\n    budgetLines(fiscalYear: 2022, status: DRAFT, first: 100) {\n      nodes {\n        id\n        description\n        status\n      }\n    }\n  }\n": types.DraftsListDocument,
    "\n        query DraftsMe {\n          me {\n            schoolId\n          }\n        }\n      ": types.DraftsMeDocument,
    "\n        query DraftsSetup {\n          schools(first: 2) {\n            nodes {\n              id\n            }\n          }\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                allowedFundingSources {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": types.DraftsSetupDocument,
    "\n        mutation DraftsScenario {\n          createScenario(input: { fiscalYear: 2022, name: \"Adopted\", source: EMPTY }) {\n            scenario {\n              id\n            }\n          }\n        }\n      ": types.DraftsScenarioDocument,
    "\n  query AccountAwards {\n    awards(fiscalYear: 2022) {\n      id\n      version\n      fundCode\n      programCode\n      fundingSource {\n        code\n      }\n    }\n  }\n": types.AccountAwardsDocument,
    "\n  query AccountLines($program: ProgramCode) {\n    budgetLines(fiscalYear: 2022, program: $program, first: 100) {\n      nodes {\n        functionCode\n        objectCode\n        school {\n          stateSchoolId\n        }\n        account {\n          value\n          missing\n          segments {\n            key\n            code\n          }\n        }\n      }\n    }\n  }\n": types.AccountLinesDocument,
    "\n  mutation AccountUpdateAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        fundCode\n        programCode\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AccountUpdateAwardDocument,
    "\n  mutation AccountOffice($code: String!) {\n    setOfficeFacilityCode(input: { code: $code }) {\n      district {\n        officeFacilityCode\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.AccountOfficeDocument,
    "\n  query BudgetComplianceReport($fiscalYear: Int!) {\n    budgetCompliance(fiscalYear: $fiscalYear) {\n      fiscalYear\n      allPass\n      failed\n      notChecked\n      checks {\n        ruleId\n        citation\n        program\n        status\n        detail\n        missing\n      }\n    }\n  }\n": types.BudgetComplianceReportDocument,
    "\n  mutation BudgetTransfer($input: TransferFundsInput!) {\n    transferFunds(input: $input) {\n      transfer {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.BudgetTransferDocument,
    "\n  mutation BudgetUndoTransfer($input: DeleteTransferInput!) {\n    deleteTransfer(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.BudgetUndoTransferDocument,
    "\n  query BudgetGrid($fiscalYear: Int!, $program: ProgramCode) {\n    budgetByFunctionAndObject(fiscalYear: $fiscalYear, program: $program) {\n      program\n      function {\n        code\n        name\n      }\n      object {\n        code\n        name\n      }\n      amount\n      lineCount\n    }\n    fundingByActionStep(fiscalYear: $fiscalYear) {\n      total\n    }\n    chartOfAccounts(fiscalYear: $fiscalYear) {\n      state\n      edition\n      functions {\n        code\n        name\n      }\n      administrationFunctions\n    }\n  }\n": types.BudgetGridDocument,
    "\n  mutation BudgetCreateLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        version\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.BudgetCreateLineDocument,
    "\n  mutation BudgetDeleteLine($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.BudgetDeleteLineDocument,
    "\n  query BudgetMoneyPicture($fiscalYear: Int!) {\n    moneyPicture(fiscalYear: $fiscalYear) {\n      program\n      available\n      reserved\n      toSchools\n      districtLines\n      districtLinesBeyondReservations\n      schoolLines\n      unbudgeted\n      adopted\n    }\n  }\n": types.BudgetMoneyPictureDocument,
    "\n        query BudgetPlanSteps {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n                allowedFundingSources {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": types.BudgetPlanStepsDocument,
    "\n  query IdeaRule {\n    budgetCompliance(fiscalYear: 2022) {\n      checks {\n        ruleId\n        status\n        citation\n        detail\n        missing\n      }\n    }\n    awards(fiscalYear: 2022) {\n      id\n      version\n      amount\n      preschool\n      fundingSource {\n        code\n      }\n    }\n  }\n": types.IdeaRuleDocument,
    "\n  mutation IdeaLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        version\n        subgrant\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.IdeaLineDocument,
    "\n  mutation IdeaDelete($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.IdeaDeleteDocument,
    "\n  mutation IdeaAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        preschool\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.IdeaAwardDocument,
    "\n        query IdeaSteps {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                allowedFundingSources {\n                  code\n                }\n              }\n            }\n          }\n        }\n      ": types.IdeaStepsDocument,
    "\n        query DistrictsSchools {\n          schools(first: 1) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.DistrictsSchoolsDocument,
    "\n        query DistrictsImprovementPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n              }\n            }\n          }\n        }\n      ": types.DistrictsImprovementPlanDocument,
    "\n        mutation DistrictsCreateBudgetLine($i: CreateBudgetLineInput!) {\n          createBudgetLine(input: $i) {\n            budgetLine {\n              id\n              version\n            }\n          }\n        }\n      ": types.DistrictsCreateBudgetLineDocument,
    "\n          query DistrictsSchools2 {\n            schools {\n              totalCount\n            }\n          }\n        ": types.DistrictsSchools2Document,
    "\n          query DistrictsOtherSchools {\n            schools {\n              totalCount\n              nodes {\n                name\n              }\n            }\n          }\n        ": types.DistrictsOtherSchoolsDocument,
    "\n      query DistrictsNodeId($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": types.DistrictsNodeIdDocument,
    "\n          query DistrictsOtherLines {\n            budgetLines(fiscalYear: 2022) {\n              totalCount\n            }\n          }\n        ": types.DistrictsOtherLinesDocument,
    "\n          mutation DistrictsOtherUpdate($i: UpdateBudgetLineInput!) {\n            updateBudgetLine(input: $i) {\n              budgetLine {\n                id\n              }\n              userErrors {\n                code\n              }\n            }\n          }\n        ": types.DistrictsOtherUpdateDocument,
    "\n          mutation DistrictsOtherDelete($i: DeleteBudgetLineInput!) {\n            deleteBudgetLine(input: $i) {\n              userErrors {\n                code\n              }\n            }\n          }\n        ": types.DistrictsOtherDeleteDocument,
    "\n          query DistrictsNode($id: ID!) {\n            node(id: $id) {\n              ... on BudgetLine {\n                amount\n              }\n            }\n          }\n        ": types.DistrictsNodeDocument,
    "\n        mutation ExportsCreateApiToken {\n          createApiToken(input: { name: \"Warehouse\", role: VIEWER, scope: READ }) {\n            token\n          }\n        }\n      ": types.ExportsCreateApiTokenDocument,
    "\n        mutation ExportsCreateScenario {\n          createScenario(input: { fiscalYear: 2022, name: \"Board draft\", source: EMPTY }) {\n            scenario {\n              id\n            }\n          }\n        }\n      ": types.ExportsCreateScenarioDocument,
    "\n        mutation ExportsRunScenario($i: ScenarioActionInput!) {\n          runScenario(input: $i) {\n            userErrors {\n              message\n            }\n          }\n        }\n      ": types.ExportsRunScenarioDocument,
    "\n          query ExportsFundingByActionStep {\n            fundingByActionStep(fiscalYear: 2022) {\n              total\n              rows {\n                total\n              }\n              programs {\n                award\n                remaining\n              }\n            }\n          }\n        ": types.ExportsFundingByActionStepDocument,
    "\n          query ExportsScenario($id: ID!) {\n            scenario(id: $id) {\n              result {\n                schools {\n                  total\n                }\n                compliance {\n                  citation\n                }\n              }\n            }\n          }\n        ": types.ExportsScenarioDocument,
    "\n            query ExportsBudgetTotal {\n              fundingByActionStep(fiscalYear: 2022) {\n                total\n              }\n            }\n          ": types.ExportsBudgetTotalDocument,
    "\n          query ExportsPositions {\n            positions(fiscalYear: 2022, first: 100) {\n              nodes {\n                code\n                totalCost\n                localCost\n                fundings {\n                  program\n                  amount\n                }\n              }\n            }\n          }\n        ": types.ExportsPositionsDocument,
    "\n          mutation ExportsLeaderToken($i: CreateApiTokenInput!) {\n            createApiToken(input: $i) {\n              token\n            }\n          }\n        ": types.ExportsLeaderTokenDocument,
    "\n                  query ExportsFirstSchool {\n                    schools(first: 1) {\n                      nodes {\n                        id\n                      }\n                    }\n                  }\n                ": types.ExportsFirstSchoolDocument,
    "\n          query ExportsFundingByActionStep2 {\n            fundingByActionStep(fiscalYear: 2022) {\n              total\n            }\n          }\n        ": types.ExportsFundingByActionStep2Document,
    "\n  query MonitoringExportStep {\n    stepProgress(fiscalYear: 2022) {\n      actionStep {\n        id\n        label\n      }\n    }\n  }\n": types.MonitoringExportStepDocument,
    "\n  mutation MonitoringExportRecord($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.MonitoringExportRecordDocument,
    "\n          query FileImportsAwards($year: Int!) {\n            awards(fiscalYear: $year) {\n              fundingSource {\n                code\n              }\n              amount\n              carryoverIn\n              version\n            }\n          }\n        ": types.FileImportsAwardsDocument,
    "\n        query FileImportsBudgetLines($since: String) {\n          budgetLines(fiscalYear: 2022, first: 100, updatedSince: $since) {\n            totalCount\n            nodes {\n              description\n              amount\n              accountCode\n              version\n              school {\n                ncesSchoolId\n              }\n              actionStep {\n                label\n              }\n            }\n          }\n        }\n      ": types.FileImportsBudgetLinesDocument,
    "\n        query FileImportsSchools {\n          schools(first: 100) {\n            nodes {\n              ncesSchoolId\n              stateSchoolId\n              enrollment\n              directCertified\n              lowIncome\n            }\n          }\n        }\n      ": types.FileImportsSchoolsDocument,
    "\n            query FileImportsCodes($since: String) {\n              budgetLines(\n                fiscalYear: 2022\n                first: 100\n                functionCode: \"1000\"\n                objectCode: \"642\"\n                updatedSince: $since\n              ) {\n                nodes {\n                  description\n                  amount\n                }\n              }\n            }\n          ": types.FileImportsCodesDocument,
    "\n        mutation FileImportsImportBudgetLines($i: DistrictFileInput!) {\n          importBudgetLines(input: $i) {\n            written\n          }\n        }\n      ": types.FileImportsImportBudgetLinesDocument,
    "\n  mutation PositionsImport($i: DistrictFileInput!) {\n    importPositions(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      changes {\n        record\n        field\n        before\n        after\n      }\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.PositionsImportDocument,
    "\n  query PositionsImportRead {\n    positions(fiscalYear: 2022, first: 100) {\n      nodes {\n        code\n        title\n        salary\n        salarySchedule\n        fte\n        status\n        personName\n        totalCost\n        version\n        jobClass {\n          code\n        }\n        school {\n          ncesSchoolId\n        }\n        fundings {\n          program\n          amount\n        }\n      }\n    }\n  }\n": types.PositionsImportReadDocument,
    "\n  mutation SchoolAwardsImport($i: DistrictFileInput!) {\n    importSchoolAwards(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.SchoolAwardsImportDocument,
    "\n  query SchoolAwardsRead {\n    schoolAwards(fiscalYear: 2022) {\n      amount\n      school {\n        ncesSchoolId\n        stateSchoolId\n        name\n      }\n      fundingSource {\n        code\n      }\n    }\n    budgetCompliance(fiscalYear: 2022) {\n      checks {\n        ruleId\n        status\n        citation\n        detail\n      }\n    }\n  }\n": types.SchoolAwardsReadDocument,
    "\n  mutation SchoolImportImport($i: ImportSchoolsInput!) {\n    importSchools(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      changes {\n        row\n        record\n        field\n        before\n        after\n      }\n      problems {\n        row\n        column\n        message\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SchoolImportImportDocument,
    "\n        query SchoolImportSchools {\n          schools(first: 1) {\n            totalCount\n          }\n        }\n      ": types.SchoolImportSchoolsDocument,
    "\n        query SchoolImportSchools2 {\n          schools(first: 100) {\n            nodes {\n              ncesSchoolId\n              name\n              enrollment\n              lowIncome\n              illustrative\n            }\n          }\n        }\n      ": types.SchoolImportSchools2Document,
    "\n          query SchoolImportAuditEvents {\n            auditEvents(first: 5, entityType: \"School\") {\n              nodes {\n                action\n                entityType\n                after\n              }\n            }\n          }\n        ": types.SchoolImportAuditEventsDocument,
    "\n          query SchoolImportSchools3 {\n            schools(first: 100) {\n              nodes {\n                ncesSchoolId\n                stateSchoolId\n              }\n            }\n          }\n        ": types.SchoolImportSchools3Document,
    "\n  query GoalsRead {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        id\n        number\n        goalMeasure {\n          measure\n          dataSource\n          unit\n          baseline\n          baselineYear\n          target\n          targetYear\n          annualChange\n          missing\n          version\n          values {\n            year\n            kind\n            value\n          }\n        }\n      }\n    }\n  }\n": types.GoalsReadDocument,
    "\n  mutation GoalsUpdate($input: UpdateGoalMeasureInput!) {\n    updateGoalMeasure(input: $input) {\n      goalMeasure {\n        baselineYear\n        dataSource\n        missing\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.GoalsUpdateDocument,
    "\n  mutation GoalsRecord($input: RecordGoalValueInput!) {\n    recordGoalValue(input: $input) {\n      goalMeasure {\n        values {\n          year\n          kind\n          value\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.GoalsRecordDocument,
    "\n  mutation GoalsImport($input: ImportImprovementPlanInput!) {\n    importImprovementPlan(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.GoalsImportDocument,
    "\n  mutation PlanImportImport($input: ImportImprovementPlanInput!) {\n    importImprovementPlan(input: $input) {\n      improvementPlan {\n        id\n        fiscalYear\n        needs {\n          number\n          actionSteps {\n            id\n            label\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.PlanImportImportDocument,
    "\n  mutation PlanImportRecordProgress($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      monitoring {\n        version\n      }\n    }\n  }\n": types.PlanImportRecordProgressDocument,
    "\n  mutation PlanImportDeleteProgress($input: DeleteStepMonitoringInput!) {\n    deleteStepMonitoring(input: $input) {\n      deleted\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PlanImportDeleteProgressDocument,
    "\n        query PlanImportImprovementPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n                description\n              }\n            }\n          }\n        }\n      ": types.PlanImportImprovementPlanDocument,
    "\n          query PlanImportFiscalYears {\n            fiscalYears {\n              year\n              startsOn\n              endsOn\n            }\n          }\n        ": types.PlanImportFiscalYearsDocument,
    "\n  query StepProgramsRead {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n          allowedFundingSources {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.StepProgramsReadDocument,
    "\n  mutation StepProgramsSet($input: SetActionStepProgramsInput!) {\n    setActionStepPrograms(input: $input) {\n      actionStep {\n        label\n        allowedFundingSources {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.StepProgramsSetDocument,
    "\n  query ArtifactStoreStep {\n    stepProgress(fiscalYear: 2022) {\n      actionStep {\n        id\n        label\n      }\n    }\n  }\n": types.ArtifactStoreStepDocument,
    "\n  mutation ArtifactStoreRecord($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ArtifactStoreRecordDocument,
    "\n  mutation ArtifactStoreAttach($input: AttachMonitoringArtifactInput!) {\n    attachMonitoringArtifact(input: $input) {\n      artifact {\n        id\n        sha256\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.ArtifactStoreAttachDocument,
    "\n  mutation MonitoringRecord($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      monitoring {\n        window\n        status\n        evidence\n        recordedBy\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.MonitoringRecordDocument,
    "\n  mutation MonitoringAttach($input: AttachMonitoringArtifactInput!) {\n    attachMonitoringArtifact(input: $input) {\n      artifact {\n        id\n        fileName\n        sizeBytes\n        sha256\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.MonitoringAttachDocument,
    "\n  query MonitoringProgress {\n    stepProgress(fiscalYear: 2022) {\n      actionStep {\n        id\n        label\n      }\n      budgeted\n      windows {\n        window\n        status\n        evidence\n        recordedBy\n        artifacts {\n          id\n          fileName\n          contentType\n        }\n      }\n    }\n  }\n": types.MonitoringProgressDocument,
    "\n  query MonitoringWindowsRead {\n    monitoringWindows(fiscalYear: 2022) {\n      window\n      opensOn\n      closesOn\n      setByDistrict\n    }\n  }\n": types.MonitoringWindowsReadDocument,
    "\n  mutation MonitoringWindowsSet($input: SetMonitoringWindowsInput!) {\n    setMonitoringWindows(input: $input) {\n      windows {\n        window\n        opensOn\n        closesOn\n        setByDistrict\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.MonitoringWindowsSetDocument,
    "\n  query AmendPlanRead {\n    improvementPlan(fiscalYear: 2022) {\n      revision\n      approvedAt\n      approvedBy\n      needs {\n        id\n        number\n        rootCauses\n        actionSteps {\n          id\n          label\n          timeline\n          systems\n          description\n        }\n      }\n    }\n  }\n": types.AmendPlanReadDocument,
    "\n  mutation AmendPlanEdit($input: EditImprovementPlanInput!) {\n    editImprovementPlan(input: $input) {\n      amendment {\n        id\n        number\n        status\n        reason\n        proposedBy\n        version\n        changes {\n          section\n          current\n          amended\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AmendPlanEditDocument,
    "\n  mutation AmendPlanApprove($input: ApproveImprovementPlanInput!) {\n    approveImprovementPlan(input: $input) {\n      improvementPlan {\n        approvedAt\n        approvedBy\n        revision\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AmendPlanApproveDocument,
    "\n  mutation AmendPlanDecide($input: DecidePlanAmendmentInput!) {\n    decidePlanAmendment(input: $input) {\n      amendment {\n        number\n        status\n        decidedBy\n        decisionNote\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AmendPlanDecideDocument,
    "\n  query AmendPlanHistory {\n    planAmendments(fiscalYear: 2022) {\n      number\n      status\n      reason\n      changes {\n        section\n      }\n    }\n  }\n": types.AmendPlanHistoryDocument,
    "\n  query AmendPlanPrograms {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n          allowedFundingSources {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.AmendPlanProgramsDocument,
    "\n  mutation AmendPlanSetPrograms($input: SetActionStepProgramsInput!) {\n    setActionStepPrograms(input: $input) {\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n": types.AmendPlanSetProgramsDocument,
    "\n  query PlanStructureFunding {\n    planStructureFunding(fiscalYear: 2022) {\n      total\n      byEquityIntervention {\n        key\n        budgeted\n        steps\n      }\n      bySystem {\n        key\n        budgeted\n        steps\n      }\n      bySubgroup {\n        key\n        budgeted\n        steps\n      }\n      byStrategicGoal {\n        key\n        budgeted\n        steps\n      }\n    }\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n      rows {\n        actionStep {\n          label\n          systems\n        }\n        total\n      }\n    }\n  }\n": types.PlanStructureFundingDocument,
    "\n  mutation PositionsCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        code\n        version\n        salary\n        totalCost\n        localCost\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.PositionsCreateDocument,
    "\n  mutation PositionsFund($input: SetPositionFundingInput!) {\n    setPositionFunding(input: $input) {\n      position {\n        id\n        version\n        totalCost\n        localCost\n        cost {\n          name\n          objectCode\n          amount\n        }\n        fundings {\n          program\n          functionCode\n          shareBasisPoints\n          amount\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.PositionsFundDocument,
    "\n  mutation PositionsUpdate($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        id\n        version\n        totalCost\n        fundings {\n          program\n          amount\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.PositionsUpdateDocument,
    "\n  mutation PositionsDelete($input: DeletePositionInput!) {\n    deletePosition(input: $input) {\n      deletedPositionId\n      userErrors {\n        message\n      }\n    }\n  }\n": types.PositionsDeleteDocument,
    "\n  mutation PositionsRate($input: SetBenefitRateInput!) {\n    setBenefitRate(input: $input) {\n      benefitRate {\n        name\n        version\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.PositionsRateDocument,
    "\n  query PositionsBudgeted {\n    fundingByActionStep(fiscalYear: 2022) {\n      programs {\n        fundingSource {\n          code\n        }\n        budgeted\n      }\n    }\n  }\n": types.PositionsBudgetedDocument,
    "\n        query PositionsPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n              }\n            }\n          }\n        }\n      ": types.PositionsPlanDocument,
    "\n        query PositionsSchool {\n          schools(first: 1) {\n            nodes {\n              id\n            }\n          }\n        }\n      ": types.PositionsSchoolDocument,
    "\n        mutation PositionsJobClass($input: CreateJobClassInput!) {\n          createJobClass(input: $input) {\n            jobClass {\n              id\n            }\n            userErrors {\n              field\n              message\n            }\n          }\n        }\n      ": types.PositionsJobClassDocument,
    "\n          query PositionsCostByProgram {\n            positionCostByProgram(fiscalYear: 2022) {\n              program\n              amount\n              positions\n            }\n            positions(fiscalYear: 2022, first: 100) {\n              totalCount\n              nodes {\n                fundings {\n                  program\n                  amount\n                }\n              }\n            }\n          }\n        ": types.PositionsCostByProgramDocument,
    "\n          query PositionsLines($schoolId: ID!) {\n            budgetLines(\n              fiscalYear: 2022\n              first: 100\n              program: TITLE_II_A\n              functionCode: \"2213\"\n              schoolId: $schoolId\n            ) {\n              nodes {\n                id\n                description\n                functionCode\n                objectCode\n              }\n            }\n          }\n        ": types.PositionsLinesDocument,
    "\n          mutation PositionsEditLine($input: UpdateBudgetLineInput!) {\n            updateBudgetLine(input: $input) {\n              userErrors {\n                message\n              }\n            }\n          }\n        ": types.PositionsEditLineDocument,
    "\n  mutation SchedulesSet($input: SetSalaryScheduleInput!) {\n    setSalarySchedule(input: $input) {\n      salarySchedule {\n        name\n        positionCount\n        version\n        steps {\n          step\n          salary\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SchedulesSetDocument,
    "\n  mutation SchedulesCreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        version\n        salary\n        salarySchedule\n        scheduleStep\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SchedulesCreatePositionDocument,
    "\n  mutation SchedulesFund($input: SetPositionFundingInput!) {\n    setPositionFunding(input: $input) {\n      position {\n        version\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n": types.SchedulesFundDocument,
    "\n  mutation SchedulesUpdate($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        salary\n        salarySchedule\n        scheduleStep\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.SchedulesUpdateDocument,
    "\n  query SchedulesRead($id: ID!) {\n    node(id: $id) {\n      ... on Position {\n        salary\n        version\n        salarySchedule\n        fundings {\n          amount\n        }\n      }\n    }\n    salarySchedules(fiscalYear: 2022) {\n      name\n      positionCount\n    }\n  }\n": types.SchedulesReadDocument,
    "\n  query SchedulesLines {\n    budgetLines(fiscalYear: 2022, program: TITLE_I_A, first: 100, functionCode: \"2213\") {\n      nodes {\n        description\n        amount\n      }\n    }\n  }\n": types.SchedulesLinesDocument,
    "\n        query SchedulesPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n              }\n            }\n          }\n          jobClasses {\n            id\n            category\n          }\n        }\n      ": types.SchedulesPlanDocument,
    "\n  mutation GuidancePreview($input: PreviewAllocationInput!) {\n    previewAllocation(input: $input) {\n      result {\n        programs {\n          reserved\n          toSchools\n          unallocated\n          reservations {\n            kind\n            amount\n          }\n        }\n        compliance {\n          ruleId\n          status\n        }\n      }\n      schools {\n        key\n        name\n        total\n        allocations {\n          program\n          amount\n          explanation\n        }\n        titleI {\n          served\n          rank\n          perChild\n          publicAmount\n          privateAmount\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.GuidancePreviewDocument,
    "\n  mutation InputPropertiesPreview($input: PreviewAllocationInput!) {\n    previewAllocation(input: $input) {\n      result {\n        programs {\n          available\n          reserved\n          toSchools\n          unallocated\n          reservations {\n            amount\n          }\n        }\n        compliance {\n          status\n          missing\n        }\n        notChecked\n        allPass\n        failures\n      }\n      schools {\n        key\n        total\n        titleI {\n          served\n          perChild\n          publicAmount\n          privateAmount\n          lowIncomeChildren\n          rank\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.InputPropertiesPreviewDocument,
    "\n  mutation InputPropertiesImport($i: ImportSchoolsInput!) {\n    importSchools(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      changes {\n        row\n        field\n      }\n      problems {\n        row\n        column\n        message\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n": types.InputPropertiesImportDocument,
    "\n            query InputPropertiesSchools {\n              schools(first: 1) {\n                totalCount\n              }\n            }\n          ": types.InputPropertiesSchoolsDocument,
    "\n          query ScenariosSchools {\n            schools(first: 1) {\n              nodes {\n                id\n              }\n            }\n          }\n        ": types.ScenariosSchoolsDocument,
    "\n          query ScenariosNode($id: ID!) {\n            node(id: $id) {\n              ... on Scenario {\n                version\n                stale\n              }\n            }\n          }\n        ": types.ScenariosNodeDocument,
    "\n          query ScenariosScenarios {\n            scenarios(fiscalYear: 2022) {\n              id\n            }\n          }\n        ": types.ScenariosScenariosDocument,
    "\n          mutation ScenariosPreviewAllocation($input: PreviewAllocationInput!) {\n            previewAllocation(input: $input) {\n              result {\n                failures\n                programs {\n                  toSchools\n                }\n              }\n              userErrors {\n                field\n                message\n                code\n              }\n            }\n          }\n        ": types.ScenariosPreviewAllocationDocument,
    "\n            query ScenariosScenarios2 {\n              scenarios(fiscalYear: 2022) {\n                id\n              }\n            }\n          ": types.ScenariosScenarios2Document,
    "\n          query ScenariosCompareScenarios($a: ID!, $b: ID!) {\n            compareScenarios(a: $a, b: $b) {\n              schools {\n                program\n                difference\n              }\n              programs {\n                program\n                difference\n              }\n              measures {\n                measure\n                a\n                b\n              }\n            }\n          }\n        ": types.ScenariosCompareScenariosDocument,
    "\n          query ScenariosImprovementPlan {\n            improvementPlan(fiscalYear: 2022) {\n              needs {\n                actionSteps {\n                  id\n                  label\n                }\n              }\n            }\n          }\n        ": types.ScenariosImprovementPlanDocument,
    "\n          query ScenariosFundingByActionStep($id: ID!) {\n            fundingByActionStep(fiscalYear: 2022, scenarioId: $id) {\n              rows {\n                actionStep {\n                  label\n                }\n                amounts {\n                  fundingSource {\n                    code\n                  }\n                  amount\n                }\n              }\n            }\n          }\n        ": types.ScenariosFundingByActionStepDocument,
    "\n          query ScenariosNode2($id: ID!) {\n            node(id: $id) {\n              ... on Scenario {\n                status\n              }\n            }\n          }\n        ": types.ScenariosNode2Document,
    "\n  query StrategicRead {\n    strategicPlan {\n      title\n      prioritiesChosenOn\n      priorityCount\n      goals {\n        number\n        objectives {\n          id\n          code\n          priority\n          initiatives {\n            actionSteps {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n          strategicActionSteps {\n            id\n            code\n          }\n        }\n      }\n    }\n    planStructureFunding(fiscalYear: 2022) {\n      byStrategicGoal {\n        key\n        steps\n      }\n    }\n  }\n": types.StrategicReadDocument,
    "\n  mutation StrategicPriorities($input: SetPriorityObjectivesInput!) {\n    setPriorityObjectives(input: $input) {\n      strategicPlan {\n        goals {\n          objectives {\n            code\n            priority\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.StrategicPrioritiesDocument,
    "\n  mutation StrategicLinks($input: SetStrategicLinksInput!) {\n    setStrategicLinks(input: $input) {\n      actionStep {\n        label\n        strategicActionSteps {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.StrategicLinksDocument,
    "\n  query CachedFunding {\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n    }\n  }\n": types.CachedFundingDocument,
    "\n  query CachedSchools {\n    schools(first: 100) {\n      totalCount\n      nodes {\n        id\n        enrollment\n      }\n    }\n  }\n": types.CachedSchoolsDocument,
    "\n  query CachedWithViewer {\n    me {\n      name\n    }\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n    }\n  }\n": types.CachedWithViewerDocument,
    "\n  mutation CachedNewScenario {\n    createScenario(input: { fiscalYear: 2022, name: \"Unrelated write\", source: EMPTY }) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.CachedNewScenarioDocument,
    "\n  mutation CachedAddLine($i: CreateBudgetLineInput!) {\n    createBudgetLine(input: $i) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.CachedAddLineDocument,
    "\n        query FirstActionStep {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n              }\n            }\n          }\n        }\n      ": types.FirstActionStepDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($t: String, $id: String) {\n    auditEvents(entityType: $t, entityId: $id) {\n      totalCount\n      nodes {\n        actor\n        action\n        entityType\n        entityId\n        before\n        after\n        requestId\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditAddLine($i: CreateBudgetLineInput!) {\n    createBudgetLine(input: $i) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuditAddLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuditCreateScenario {\n            createScenario(input: { fiscalYear: 2022, name: \"Audited run\", source: EMPTY }) {\n              scenario {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql.js').AuditCreateScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuditRunScenario($i: ScenarioActionInput!) {\n            runScenario(input: $i) {\n              scenario {\n                lastRunAt\n                result {\n                  schools {\n                    total\n                  }\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').AuditRunScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuditCreateBudgetLine($i: CreateBudgetLineInput!) {\n            createBudgetLine(input: $i) {\n              budgetLine {\n                id\n                version\n              }\n            }\n          }\n        "): typeof import('./graphql.js').AuditCreateBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuditUpdateBudgetLine($i: UpdateBudgetLineInput!) {\n            updateBudgetLine(input: $i) {\n              budgetLine {\n                version\n              }\n            }\n          }\n        "): typeof import('./graphql.js').AuditUpdateBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditDeleteBudgetLine($i: DeleteBudgetLineInput!) {\n          deleteBudgetLine(input: $i) {\n            userErrors {\n              message\n            }\n          }\n        }\n      "): typeof import('./graphql.js').AuditDeleteBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuditQuery {\n          __typename\n        }\n      "): typeof import('./graphql.js').AuditQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuditSignOut {\n          signOut {\n            signedOut\n          }\n        }\n      "): typeof import('./graphql.js').AuditSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSignIn($i: SignInInput!) {\n    signIn(input: $i) {\n      viewer {\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe {\n              me {\n                role\n              }\n            }\n          "): typeof import('./graphql.js').AuthMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthSignOut {\n          signOut {\n            signedOut\n          }\n        }\n      "): typeof import('./graphql.js').AuthSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe2 {\n              me {\n                role\n              }\n            }\n          "): typeof import('./graphql.js').AuthMe2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthSchools {\n              schools {\n                totalCount\n              }\n            }\n          "): typeof import('./graphql.js').AuthSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthCreateApiToken {\n            createApiToken(input: { name: \"Sign-in prober\", role: VIEWER, scope: READ }) {\n              token\n            }\n          }\n        "): typeof import('./graphql.js').AuthCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthSignIn2 {\n            signIn(input: { email: \"finance@demo.allot.example\", password: \"allot-demo-2022\" }) {\n              userErrors {\n                code\n              }\n            }\n          }\n        "): typeof import('./graphql.js').AuthSignIn2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateToken($i: CreateApiTokenInput!) {\n    createApiToken(input: $i) {\n      token\n      apiToken {\n        id\n        name\n        prefix\n        role\n        scope\n        expiresAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuthCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query AuthApiTokens {\n                apiTokens {\n                  name\n                  prefix\n                }\n              }\n            "): typeof import('./graphql.js').AuthApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AuthMe3 {\n            me {\n              kind\n              name\n              role\n            }\n          }\n        "): typeof import('./graphql.js').AuthMe3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthCreateScenario {\n          createScenario(input: { fiscalYear: 2022, name: \"From the ERP\", source: EMPTY }) {\n            userErrors {\n              message\n            }\n          }\n        }\n      "): typeof import('./graphql.js').AuthCreateScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthSchools2 {\n              schools {\n                totalCount\n              }\n            }\n          "): typeof import('./graphql.js').AuthSchools2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthCreateScenario2 {\n          createScenario(input: { fiscalYear: 2022, name: \"x\", source: EMPTY }) {\n            userErrors {\n              message\n            }\n          }\n        }\n      "): typeof import('./graphql.js').AuthCreateScenario2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AuthPreviewAllocation {\n          previewAllocation(\n            input: {\n              fiscalYear: 2022\n              parameters: {\n                titleI: { ppa: { kind: EVEN }, reservations: { familyEngagement: \"300000.00\" } }\n              }\n            }\n          ) {\n            userErrors {\n              message\n            }\n          }\n        }\n      "): typeof import('./graphql.js').AuthPreviewAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe4 {\n              me {\n                name\n              }\n            }\n          "): typeof import('./graphql.js').AuthMe4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe5 {\n              me {\n                name\n              }\n            }\n          "): typeof import('./graphql.js').AuthMe5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AuthRevokeApiToken($i: RevokeApiTokenInput!) {\n            revokeApiToken(input: $i) {\n              apiToken {\n                revokedAt\n              }\n            }\n          }\n        "): typeof import('./graphql.js').AuthRevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AuthMe6 {\n          me {\n            name\n          }\n        }\n      "): typeof import('./graphql.js').AuthMe6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe7 {\n              me {\n                name\n              }\n            }\n          "): typeof import('./graphql.js').AuthMe7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe8 {\n              me {\n                name\n              }\n            }\n          "): typeof import('./graphql.js').AuthMe8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query AuthMe9 {\n              me {\n                name\n              }\n            }\n          "): typeof import('./graphql.js').AuthMe9Document;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetLinesCreate($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        amount\n        version\n        description\n        accountCode\n        functionCode\n        objectCode\n        use\n        quantity\n        unitPrice\n        vendor\n        narrative\n        fundingSource {\n          code\n        }\n        actionStep {\n          label\n        }\n        school {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetLinesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetLinesUpdate($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budgetLine {\n        id\n        amount\n        version\n        quantity\n        unitPrice\n        functionCode\n        school {\n          name\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetLinesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetLinesDelete($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      deletedBudgetLineId\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetLinesDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetLinesProgramTotals {\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n      programs {\n        fundingSource {\n          code\n        }\n        budgeted\n        remaining\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetLinesProgramTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BudgetLinesImprovementPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').BudgetLinesImprovementPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BudgetLinesSchools {\n          schools(first: 1) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql.js').BudgetLinesSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BudgetLinesNewest($step: ID!) {\n        budgetLines(fiscalYear: 2022, actionStepId: $step, first: 1, newestFirst: true) {\n          nodes {\n            description\n          }\n        }\n      }\n    "): typeof import('./graphql.js').BudgetLinesNewestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BudgetLinesFiltered(\n        $functionCode: String\n        $objectCode: String\n        $schoolId: ID\n        $updatedSince: String\n      ) {\n        budgetLines(\n          fiscalYear: 2022\n          first: 100\n          functionCode: $functionCode\n          objectCode: $objectCode\n          schoolId: $schoolId\n          updatedSince: $updatedSince\n        ) {\n          totalCount\n          nodes {\n            description\n            functionCode\n            objectCode\n            school {\n              id\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').BudgetLinesFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BudgetLinesNode($id: ID!) {\n            node(id: $id) {\n              ... on BudgetLine {\n                amount\n                version\n              }\n            }\n          }\n        "): typeof import('./graphql.js').BudgetLinesNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftsSchoolBudget($schoolId: ID!) {\n    schoolBudget(fiscalYear: 2022, schoolId: $schoolId) {\n      program\n      envelope\n      approved\n      drafts\n      left\n    }\n  }\n"): typeof import('./graphql.js').DraftsSchoolBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsCreate($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        version\n        status\n        draftedBy\n        amount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').DraftsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsApprove($input: DeleteBudgetLineInput!) {\n    approveBudgetLine(input: $input) {\n      budgetLine {\n        status\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').DraftsApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftsUpdate($input: UpdateBudgetLineInput!) {\n    updateBudgetLine(input: $input) {\n      budgetLine {\n        amount\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').DraftsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftsList {\n    budgetLines(fiscalYear: 2022, status: DRAFT, first: 100) {\n      nodes {\n        id\n        description\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').DraftsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DraftsMe {\n          me {\n            schoolId\n          }\n        }\n      "): typeof import('./graphql.js').DraftsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DraftsSetup {\n          schools(first: 2) {\n            nodes {\n              id\n            }\n          }\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                allowedFundingSources {\n                  code\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').DraftsSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DraftsScenario {\n          createScenario(input: { fiscalYear: 2022, name: \"Adopted\", source: EMPTY }) {\n            scenario {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql.js').DraftsScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountAwards {\n    awards(fiscalYear: 2022) {\n      id\n      version\n      fundCode\n      programCode\n      fundingSource {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AccountAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountLines($program: ProgramCode) {\n    budgetLines(fiscalYear: 2022, program: $program, first: 100) {\n      nodes {\n        functionCode\n        objectCode\n        school {\n          stateSchoolId\n        }\n        account {\n          value\n          missing\n          segments {\n            key\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AccountLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountUpdateAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        fundCode\n        programCode\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AccountUpdateAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountOffice($code: String!) {\n    setOfficeFacilityCode(input: { code: $code }) {\n      district {\n        officeFacilityCode\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').AccountOfficeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetComplianceReport($fiscalYear: Int!) {\n    budgetCompliance(fiscalYear: $fiscalYear) {\n      fiscalYear\n      allPass\n      failed\n      notChecked\n      checks {\n        ruleId\n        citation\n        program\n        status\n        detail\n        missing\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetComplianceReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetTransfer($input: TransferFundsInput!) {\n    transferFunds(input: $input) {\n      transfer {\n        id\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetUndoTransfer($input: DeleteTransferInput!) {\n    deleteTransfer(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetUndoTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetGrid($fiscalYear: Int!, $program: ProgramCode) {\n    budgetByFunctionAndObject(fiscalYear: $fiscalYear, program: $program) {\n      program\n      function {\n        code\n        name\n      }\n      object {\n        code\n        name\n      }\n      amount\n      lineCount\n    }\n    fundingByActionStep(fiscalYear: $fiscalYear) {\n      total\n    }\n    chartOfAccounts(fiscalYear: $fiscalYear) {\n      state\n      edition\n      functions {\n        code\n        name\n      }\n      administrationFunctions\n    }\n  }\n"): typeof import('./graphql.js').BudgetGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetCreateLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        version\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetCreateLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetDeleteLine($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').BudgetDeleteLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetMoneyPicture($fiscalYear: Int!) {\n    moneyPicture(fiscalYear: $fiscalYear) {\n      program\n      available\n      reserved\n      toSchools\n      districtLines\n      districtLinesBeyondReservations\n      schoolLines\n      unbudgeted\n      adopted\n    }\n  }\n"): typeof import('./graphql.js').BudgetMoneyPictureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BudgetPlanSteps {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n                allowedFundingSources {\n                  code\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').BudgetPlanStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdeaRule {\n    budgetCompliance(fiscalYear: 2022) {\n      checks {\n        ruleId\n        status\n        citation\n        detail\n        missing\n      }\n    }\n    awards(fiscalYear: 2022) {\n      id\n      version\n      amount\n      preschool\n      fundingSource {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').IdeaRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdeaLine($input: CreateBudgetLineInput!) {\n    createBudgetLine(input: $input) {\n      budgetLine {\n        id\n        version\n        subgrant\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').IdeaLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdeaDelete($input: DeleteBudgetLineInput!) {\n    deleteBudgetLine(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').IdeaDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdeaAward($input: UpdateAwardInput!) {\n    updateAward(input: $input) {\n      award {\n        preschool\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').IdeaAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdeaSteps {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                allowedFundingSources {\n                  code\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').IdeaStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DistrictsSchools {\n          schools(first: 1) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql.js').DistrictsSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DistrictsImprovementPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').DistrictsImprovementPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DistrictsCreateBudgetLine($i: CreateBudgetLineInput!) {\n          createBudgetLine(input: $i) {\n            budgetLine {\n              id\n              version\n            }\n          }\n        }\n      "): typeof import('./graphql.js').DistrictsCreateBudgetLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DistrictsSchools2 {\n            schools {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql.js').DistrictsSchools2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DistrictsOtherSchools {\n            schools {\n              totalCount\n              nodes {\n                name\n              }\n            }\n          }\n        "): typeof import('./graphql.js').DistrictsOtherSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DistrictsNodeId($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').DistrictsNodeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DistrictsOtherLines {\n            budgetLines(fiscalYear: 2022) {\n              totalCount\n            }\n          }\n        "): typeof import('./graphql.js').DistrictsOtherLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DistrictsOtherUpdate($i: UpdateBudgetLineInput!) {\n            updateBudgetLine(input: $i) {\n              budgetLine {\n                id\n              }\n              userErrors {\n                code\n              }\n            }\n          }\n        "): typeof import('./graphql.js').DistrictsOtherUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation DistrictsOtherDelete($i: DeleteBudgetLineInput!) {\n            deleteBudgetLine(input: $i) {\n              userErrors {\n                code\n              }\n            }\n          }\n        "): typeof import('./graphql.js').DistrictsOtherDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query DistrictsNode($id: ID!) {\n            node(id: $id) {\n              ... on BudgetLine {\n                amount\n              }\n            }\n          }\n        "): typeof import('./graphql.js').DistrictsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ExportsCreateApiToken {\n          createApiToken(input: { name: \"Warehouse\", role: VIEWER, scope: READ }) {\n            token\n          }\n        }\n      "): typeof import('./graphql.js').ExportsCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ExportsCreateScenario {\n          createScenario(input: { fiscalYear: 2022, name: \"Board draft\", source: EMPTY }) {\n            scenario {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ExportsCreateScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ExportsRunScenario($i: ScenarioActionInput!) {\n          runScenario(input: $i) {\n            userErrors {\n              message\n            }\n          }\n        }\n      "): typeof import('./graphql.js').ExportsRunScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ExportsFundingByActionStep {\n            fundingByActionStep(fiscalYear: 2022) {\n              total\n              rows {\n                total\n              }\n              programs {\n                award\n                remaining\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ExportsFundingByActionStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ExportsScenario($id: ID!) {\n            scenario(id: $id) {\n              result {\n                schools {\n                  total\n                }\n                compliance {\n                  citation\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ExportsScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ExportsBudgetTotal {\n              fundingByActionStep(fiscalYear: 2022) {\n                total\n              }\n            }\n          "): typeof import('./graphql.js').ExportsBudgetTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ExportsPositions {\n            positions(fiscalYear: 2022, first: 100) {\n              nodes {\n                code\n                totalCost\n                localCost\n                fundings {\n                  program\n                  amount\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ExportsPositionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ExportsLeaderToken($i: CreateApiTokenInput!) {\n            createApiToken(input: $i) {\n              token\n            }\n          }\n        "): typeof import('./graphql.js').ExportsLeaderTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n                  query ExportsFirstSchool {\n                    schools(first: 1) {\n                      nodes {\n                        id\n                      }\n                    }\n                  }\n                "): typeof import('./graphql.js').ExportsFirstSchoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ExportsFundingByActionStep2 {\n            fundingByActionStep(fiscalYear: 2022) {\n              total\n            }\n          }\n        "): typeof import('./graphql.js').ExportsFundingByActionStep2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringExportStep {\n    stepProgress(fiscalYear: 2022) {\n      actionStep {\n        id\n        label\n      }\n    }\n  }\n"): typeof import('./graphql.js').MonitoringExportStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MonitoringExportRecord($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MonitoringExportRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query FileImportsAwards($year: Int!) {\n            awards(fiscalYear: $year) {\n              fundingSource {\n                code\n              }\n              amount\n              carryoverIn\n              version\n            }\n          }\n        "): typeof import('./graphql.js').FileImportsAwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FileImportsBudgetLines($since: String) {\n          budgetLines(fiscalYear: 2022, first: 100, updatedSince: $since) {\n            totalCount\n            nodes {\n              description\n              amount\n              accountCode\n              version\n              school {\n                ncesSchoolId\n              }\n              actionStep {\n                label\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').FileImportsBudgetLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FileImportsSchools {\n          schools(first: 100) {\n            nodes {\n              ncesSchoolId\n              stateSchoolId\n              enrollment\n              directCertified\n              lowIncome\n            }\n          }\n        }\n      "): typeof import('./graphql.js').FileImportsSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query FileImportsCodes($since: String) {\n              budgetLines(\n                fiscalYear: 2022\n                first: 100\n                functionCode: \"1000\"\n                objectCode: \"642\"\n                updatedSince: $since\n              ) {\n                nodes {\n                  description\n                  amount\n                }\n              }\n            }\n          "): typeof import('./graphql.js').FileImportsCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FileImportsImportBudgetLines($i: DistrictFileInput!) {\n          importBudgetLines(input: $i) {\n            written\n          }\n        }\n      "): typeof import('./graphql.js').FileImportsImportBudgetLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionsImport($i: DistrictFileInput!) {\n    importPositions(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      changes {\n        record\n        field\n        before\n        after\n      }\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').PositionsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsImportRead {\n    positions(fiscalYear: 2022, first: 100) {\n      nodes {\n        code\n        title\n        salary\n        salarySchedule\n        fte\n        status\n        personName\n        totalCost\n        version\n        jobClass {\n          code\n        }\n        school {\n          ncesSchoolId\n        }\n        fundings {\n          program\n          amount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PositionsImportReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchoolAwardsImport($i: DistrictFileInput!) {\n    importSchoolAwards(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      problems {\n        row\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SchoolAwardsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchoolAwardsRead {\n    schoolAwards(fiscalYear: 2022) {\n      amount\n      school {\n        ncesSchoolId\n        stateSchoolId\n        name\n      }\n      fundingSource {\n        code\n      }\n    }\n    budgetCompliance(fiscalYear: 2022) {\n      checks {\n        ruleId\n        status\n        citation\n        detail\n      }\n    }\n  }\n"): typeof import('./graphql.js').SchoolAwardsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchoolImportImport($i: ImportSchoolsInput!) {\n    importSchools(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      changes {\n        row\n        record\n        field\n        before\n        after\n      }\n      problems {\n        row\n        column\n        message\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').SchoolImportImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SchoolImportSchools {\n          schools(first: 1) {\n            totalCount\n          }\n        }\n      "): typeof import('./graphql.js').SchoolImportSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SchoolImportSchools2 {\n          schools(first: 100) {\n            nodes {\n              ncesSchoolId\n              name\n              enrollment\n              lowIncome\n              illustrative\n            }\n          }\n        }\n      "): typeof import('./graphql.js').SchoolImportSchools2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SchoolImportAuditEvents {\n            auditEvents(first: 5, entityType: \"School\") {\n              nodes {\n                action\n                entityType\n                after\n              }\n            }\n          }\n        "): typeof import('./graphql.js').SchoolImportAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SchoolImportSchools3 {\n            schools(first: 100) {\n              nodes {\n                ncesSchoolId\n                stateSchoolId\n              }\n            }\n          }\n        "): typeof import('./graphql.js').SchoolImportSchools3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalsRead {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        id\n        number\n        goalMeasure {\n          measure\n          dataSource\n          unit\n          baseline\n          baselineYear\n          target\n          targetYear\n          annualChange\n          missing\n          version\n          values {\n            year\n            kind\n            value\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').GoalsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoalsUpdate($input: UpdateGoalMeasureInput!) {\n    updateGoalMeasure(input: $input) {\n      goalMeasure {\n        baselineYear\n        dataSource\n        missing\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').GoalsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoalsRecord($input: RecordGoalValueInput!) {\n    recordGoalValue(input: $input) {\n      goalMeasure {\n        values {\n          year\n          kind\n          value\n        }\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').GoalsRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoalsImport($input: ImportImprovementPlanInput!) {\n    importImprovementPlan(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').GoalsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanImportImport($input: ImportImprovementPlanInput!) {\n    importImprovementPlan(input: $input) {\n      improvementPlan {\n        id\n        fiscalYear\n        needs {\n          number\n          actionSteps {\n            id\n            label\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanImportImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanImportRecordProgress($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      monitoring {\n        version\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanImportRecordProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanImportDeleteProgress($input: DeleteStepMonitoringInput!) {\n    deleteStepMonitoring(input: $input) {\n      deleted\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanImportDeleteProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PlanImportImprovementPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n                description\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').PlanImportImprovementPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PlanImportFiscalYears {\n            fiscalYears {\n              year\n              startsOn\n              endsOn\n            }\n          }\n        "): typeof import('./graphql.js').PlanImportFiscalYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StepProgramsRead {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n          allowedFundingSources {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').StepProgramsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepProgramsSet($input: SetActionStepProgramsInput!) {\n    setActionStepPrograms(input: $input) {\n      actionStep {\n        label\n        allowedFundingSources {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').StepProgramsSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArtifactStoreStep {\n    stepProgress(fiscalYear: 2022) {\n      actionStep {\n        id\n        label\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArtifactStoreStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArtifactStoreRecord($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArtifactStoreRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArtifactStoreAttach($input: AttachMonitoringArtifactInput!) {\n    attachMonitoringArtifact(input: $input) {\n      artifact {\n        id\n        sha256\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArtifactStoreAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MonitoringRecord($input: RecordStepMonitoringInput!) {\n    recordStepMonitoring(input: $input) {\n      monitoring {\n        window\n        status\n        evidence\n        recordedBy\n        version\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').MonitoringRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MonitoringAttach($input: AttachMonitoringArtifactInput!) {\n    attachMonitoringArtifact(input: $input) {\n      artifact {\n        id\n        fileName\n        sizeBytes\n        sha256\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').MonitoringAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringProgress {\n    stepProgress(fiscalYear: 2022) {\n      actionStep {\n        id\n        label\n      }\n      budgeted\n      windows {\n        window\n        status\n        evidence\n        recordedBy\n        artifacts {\n          id\n          fileName\n          contentType\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MonitoringProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringWindowsRead {\n    monitoringWindows(fiscalYear: 2022) {\n      window\n      opensOn\n      closesOn\n      setByDistrict\n    }\n  }\n"): typeof import('./graphql.js').MonitoringWindowsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MonitoringWindowsSet($input: SetMonitoringWindowsInput!) {\n    setMonitoringWindows(input: $input) {\n      windows {\n        window\n        opensOn\n        closesOn\n        setByDistrict\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').MonitoringWindowsSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendPlanRead {\n    improvementPlan(fiscalYear: 2022) {\n      revision\n      approvedAt\n      approvedBy\n      needs {\n        id\n        number\n        rootCauses\n        actionSteps {\n          id\n          label\n          timeline\n          systems\n          description\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AmendPlanReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendPlanEdit($input: EditImprovementPlanInput!) {\n    editImprovementPlan(input: $input) {\n      amendment {\n        id\n        number\n        status\n        reason\n        proposedBy\n        version\n        changes {\n          section\n          current\n          amended\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AmendPlanEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendPlanApprove($input: ApproveImprovementPlanInput!) {\n    approveImprovementPlan(input: $input) {\n      improvementPlan {\n        approvedAt\n        approvedBy\n        revision\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AmendPlanApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendPlanDecide($input: DecidePlanAmendmentInput!) {\n    decidePlanAmendment(input: $input) {\n      amendment {\n        number\n        status\n        decidedBy\n        decisionNote\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AmendPlanDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendPlanHistory {\n    planAmendments(fiscalYear: 2022) {\n      number\n      status\n      reason\n      changes {\n        section\n      }\n    }\n  }\n"): typeof import('./graphql.js').AmendPlanHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendPlanPrograms {\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n          allowedFundingSources {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AmendPlanProgramsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendPlanSetPrograms($input: SetActionStepProgramsInput!) {\n    setActionStepPrograms(input: $input) {\n      userErrors {\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').AmendPlanSetProgramsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanStructureFunding {\n    planStructureFunding(fiscalYear: 2022) {\n      total\n      byEquityIntervention {\n        key\n        budgeted\n        steps\n      }\n      bySystem {\n        key\n        budgeted\n        steps\n      }\n      bySubgroup {\n        key\n        budgeted\n        steps\n      }\n      byStrategicGoal {\n        key\n        budgeted\n        steps\n      }\n    }\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n      rows {\n        actionStep {\n          label\n          systems\n        }\n        total\n      }\n    }\n  }\n"): typeof import('./graphql.js').PlanStructureFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionsCreate($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        code\n        version\n        salary\n        totalCost\n        localCost\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').PositionsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionsFund($input: SetPositionFundingInput!) {\n    setPositionFunding(input: $input) {\n      position {\n        id\n        version\n        totalCost\n        localCost\n        cost {\n          name\n          objectCode\n          amount\n        }\n        fundings {\n          program\n          functionCode\n          shareBasisPoints\n          amount\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').PositionsFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionsUpdate($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        id\n        version\n        totalCost\n        fundings {\n          program\n          amount\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').PositionsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionsDelete($input: DeletePositionInput!) {\n    deletePosition(input: $input) {\n      deletedPositionId\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').PositionsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PositionsRate($input: SetBenefitRateInput!) {\n    setBenefitRate(input: $input) {\n      benefitRate {\n        name\n        version\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').PositionsRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsBudgeted {\n    fundingByActionStep(fiscalYear: 2022) {\n      programs {\n        fundingSource {\n          code\n        }\n        budgeted\n      }\n    }\n  }\n"): typeof import('./graphql.js').PositionsBudgetedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PositionsPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').PositionsPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PositionsSchool {\n          schools(first: 1) {\n            nodes {\n              id\n            }\n          }\n        }\n      "): typeof import('./graphql.js').PositionsSchoolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PositionsJobClass($input: CreateJobClassInput!) {\n          createJobClass(input: $input) {\n            jobClass {\n              id\n            }\n            userErrors {\n              field\n              message\n            }\n          }\n        }\n      "): typeof import('./graphql.js').PositionsJobClassDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PositionsCostByProgram {\n            positionCostByProgram(fiscalYear: 2022) {\n              program\n              amount\n              positions\n            }\n            positions(fiscalYear: 2022, first: 100) {\n              totalCount\n              nodes {\n                fundings {\n                  program\n                  amount\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').PositionsCostByProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query PositionsLines($schoolId: ID!) {\n            budgetLines(\n              fiscalYear: 2022\n              first: 100\n              program: TITLE_II_A\n              functionCode: \"2213\"\n              schoolId: $schoolId\n            ) {\n              nodes {\n                id\n                description\n                functionCode\n                objectCode\n              }\n            }\n          }\n        "): typeof import('./graphql.js').PositionsLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation PositionsEditLine($input: UpdateBudgetLineInput!) {\n            updateBudgetLine(input: $input) {\n              userErrors {\n                message\n              }\n            }\n          }\n        "): typeof import('./graphql.js').PositionsEditLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulesSet($input: SetSalaryScheduleInput!) {\n    setSalarySchedule(input: $input) {\n      salarySchedule {\n        name\n        positionCount\n        version\n        steps {\n          step\n          salary\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').SchedulesSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulesCreatePosition($input: CreatePositionInput!) {\n    createPosition(input: $input) {\n      position {\n        id\n        version\n        salary\n        salarySchedule\n        scheduleStep\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').SchedulesCreatePositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulesFund($input: SetPositionFundingInput!) {\n    setPositionFunding(input: $input) {\n      position {\n        version\n      }\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SchedulesFundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulesUpdate($input: UpdatePositionInput!) {\n    updatePosition(input: $input) {\n      position {\n        salary\n        salarySchedule\n        scheduleStep\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').SchedulesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulesRead($id: ID!) {\n    node(id: $id) {\n      ... on Position {\n        salary\n        version\n        salarySchedule\n        fundings {\n          amount\n        }\n      }\n    }\n    salarySchedules(fiscalYear: 2022) {\n      name\n      positionCount\n    }\n  }\n"): typeof import('./graphql.js').SchedulesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulesLines {\n    budgetLines(fiscalYear: 2022, program: TITLE_I_A, first: 100, functionCode: \"2213\") {\n      nodes {\n        description\n        amount\n      }\n    }\n  }\n"): typeof import('./graphql.js').SchedulesLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SchedulesPlan {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n                label\n              }\n            }\n          }\n          jobClasses {\n            id\n            category\n          }\n        }\n      "): typeof import('./graphql.js').SchedulesPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuidancePreview($input: PreviewAllocationInput!) {\n    previewAllocation(input: $input) {\n      result {\n        programs {\n          reserved\n          toSchools\n          unallocated\n          reservations {\n            kind\n            amount\n          }\n        }\n        compliance {\n          ruleId\n          status\n        }\n      }\n      schools {\n        key\n        name\n        total\n        allocations {\n          program\n          amount\n          explanation\n        }\n        titleI {\n          served\n          rank\n          perChild\n          publicAmount\n          privateAmount\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').GuidancePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputPropertiesPreview($input: PreviewAllocationInput!) {\n    previewAllocation(input: $input) {\n      result {\n        programs {\n          available\n          reserved\n          toSchools\n          unallocated\n          reservations {\n            amount\n          }\n        }\n        compliance {\n          status\n          missing\n        }\n        notChecked\n        allPass\n        failures\n      }\n      schools {\n        key\n        total\n        titleI {\n          served\n          perChild\n          publicAmount\n          privateAmount\n          lowIncomeChildren\n          rank\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').InputPropertiesPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputPropertiesImport($i: ImportSchoolsInput!) {\n    importSchools(input: $i) {\n      rows\n      inserted\n      updated\n      unchanged\n      written\n      changes {\n        row\n        field\n      }\n      problems {\n        row\n        column\n        message\n      }\n      userErrors {\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').InputPropertiesImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query InputPropertiesSchools {\n              schools(first: 1) {\n                totalCount\n              }\n            }\n          "): typeof import('./graphql.js').InputPropertiesSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScenariosSchools {\n            schools(first: 1) {\n              nodes {\n                id\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ScenariosSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScenariosNode($id: ID!) {\n            node(id: $id) {\n              ... on Scenario {\n                version\n                stale\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ScenariosNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScenariosScenarios {\n            scenarios(fiscalYear: 2022) {\n              id\n            }\n          }\n        "): typeof import('./graphql.js').ScenariosScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ScenariosPreviewAllocation($input: PreviewAllocationInput!) {\n            previewAllocation(input: $input) {\n              result {\n                failures\n                programs {\n                  toSchools\n                }\n              }\n              userErrors {\n                field\n                message\n                code\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ScenariosPreviewAllocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ScenariosScenarios2 {\n              scenarios(fiscalYear: 2022) {\n                id\n              }\n            }\n          "): typeof import('./graphql.js').ScenariosScenarios2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScenariosCompareScenarios($a: ID!, $b: ID!) {\n            compareScenarios(a: $a, b: $b) {\n              schools {\n                program\n                difference\n              }\n              programs {\n                program\n                difference\n              }\n              measures {\n                measure\n                a\n                b\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ScenariosCompareScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScenariosImprovementPlan {\n            improvementPlan(fiscalYear: 2022) {\n              needs {\n                actionSteps {\n                  id\n                  label\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ScenariosImprovementPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScenariosFundingByActionStep($id: ID!) {\n            fundingByActionStep(fiscalYear: 2022, scenarioId: $id) {\n              rows {\n                actionStep {\n                  label\n                }\n                amounts {\n                  fundingSource {\n                    code\n                  }\n                  amount\n                }\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ScenariosFundingByActionStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ScenariosNode2($id: ID!) {\n            node(id: $id) {\n              ... on Scenario {\n                status\n              }\n            }\n          }\n        "): typeof import('./graphql.js').ScenariosNode2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategicRead {\n    strategicPlan {\n      title\n      prioritiesChosenOn\n      priorityCount\n      goals {\n        number\n        objectives {\n          id\n          code\n          priority\n          initiatives {\n            actionSteps {\n              id\n              code\n            }\n          }\n        }\n      }\n    }\n    improvementPlan(fiscalYear: 2022) {\n      needs {\n        actionSteps {\n          id\n          label\n          strategicActionSteps {\n            id\n            code\n          }\n        }\n      }\n    }\n    planStructureFunding(fiscalYear: 2022) {\n      byStrategicGoal {\n        key\n        steps\n      }\n    }\n  }\n"): typeof import('./graphql.js').StrategicReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StrategicPriorities($input: SetPriorityObjectivesInput!) {\n    setPriorityObjectives(input: $input) {\n      strategicPlan {\n        goals {\n          objectives {\n            code\n            priority\n          }\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').StrategicPrioritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StrategicLinks($input: SetStrategicLinksInput!) {\n    setStrategicLinks(input: $input) {\n      actionStep {\n        label\n        strategicActionSteps {\n          code\n        }\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql.js').StrategicLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedFunding {\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n    }\n  }\n"): typeof import('./graphql.js').CachedFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedSchools {\n    schools(first: 100) {\n      totalCount\n      nodes {\n        id\n        enrollment\n      }\n    }\n  }\n"): typeof import('./graphql.js').CachedSchoolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedWithViewer {\n    me {\n      name\n    }\n    fundingByActionStep(fiscalYear: 2022) {\n      total\n    }\n  }\n"): typeof import('./graphql.js').CachedWithViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachedNewScenario {\n    createScenario(input: { fiscalYear: 2022, name: \"Unrelated write\", source: EMPTY }) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CachedNewScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachedAddLine($i: CreateBudgetLineInput!) {\n    createBudgetLine(input: $i) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').CachedAddLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query FirstActionStep {\n          improvementPlan(fiscalYear: 2022) {\n            needs {\n              actionSteps {\n                id\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql.js').FirstActionStepDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
