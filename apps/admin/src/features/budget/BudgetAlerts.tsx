import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, List } from "@mantine/core";
import { Link } from "react-router";

import { BudgetAlertsDocument } from "../../graphql/generated";
import { PROGRAM_SHORT_NAMES } from "../../lib/money";
import { useViewer } from "../auth/session";
import { budgetComplianceSummary } from "./budget";

/**
 * The dashboard's alerts from the budget itself: each rule the year's coded lines fail or leave
 * unchecked, linked to the budget page. Not shown to a school leader (the report is district-wide).
 */
export function BudgetAlerts({ fiscalYear }: { fiscalYear: number }) {
  const viewer = useViewer();
  const { data } = useQuery(BudgetAlertsDocument, {
    variables: { fiscalYear },
    skip: viewer.role === "SCHOOL_LEADER",
  });
  const report = data?.budgetCompliance;
  if (!report) return null;
  const open = report.checks.filter((c) => c.status === "FAIL" || c.status === "NOT_CHECKED");
  return (
    <Alert
      color={report.failed ? "red" : report.notChecked ? "indigo" : "teal"}
      title={`Budget: ${budgetComplianceSummary(report)}`}
      data-testid="budget-alerts"
    >
      {open.length > 0 && (
        <List size="sm" mb="xs">
          {open.map((c) => (
            <List.Item key={`${c.ruleId}-${c.program ?? ""}`}>
              {c.status === "FAIL" ? "Fails" : "Not checked"}:{" "}
              {c.program ? `${PROGRAM_SHORT_NAMES[c.program] ?? c.program}, ` : ""}
              {/* The item already says "Not checked"; the detail need not say it again. */}
              {c.title} ({c.citation}). {c.detail.replace(/^Not checked: /, "")}
            </List.Item>
          ))}
        </List>
      )}
      <Anchor component={Link} to={`/budget/${fiscalYear}`} size="sm">
        Open the budget and its compliance report
      </Anchor>
    </Alert>
  );
}
