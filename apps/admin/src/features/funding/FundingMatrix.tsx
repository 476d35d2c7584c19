import { Anchor, Table, Text, Tooltip } from "@mantine/core";
import { Fragment } from "react";
import { Link } from "react-router";

import type { FundingByActionStepQuery } from "../../graphql/generated";
import { formatUsd, PROGRAM_SHORT_NAMES } from "../../lib/money";
import classes from "./FundingMatrix.module.css";

type Funding = NonNullable<FundingByActionStepQuery["fundingByActionStep"]>;

/**
 * Action steps x programs, grouped by need, with a total per row, a subtotal per need and, in the
 * footer, what each program has budgeted, its award and what remains.
 */
export function FundingMatrix({ funding }: { funding: Funding }) {
  const programs = funding.programs.map((p) => p.fundingSource);
  const columns = programs.length + 2;
  return (
    <Table.ScrollContainer minWidth={1000} maxHeight="calc(100vh - 260px)" type="native">
      <Table
        stickyHeader
        striped={false}
        highlightOnHover
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        horizontalSpacing={8}
        fz="xs"
        className={classes.table}
      >
        <colgroup>
          <col className={classes.stepColWidth} />
          {programs.map((p) => (
            <col key={p.id} className={classes.amountColWidth} />
          ))}
          <col className={classes.totalColWidth} />
        </colgroup>
        <Table.Caption>
          Funding per action step, FY{funding.fiscalYear}. A dash: the plan does not list that
          program for the step.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.stepCol}>
              Action step
            </Table.Th>
            {programs.map((p) => (
              <Table.Th key={p.id} scope="col" className={classes.num}>
                <Tooltip label={p.name}>
                  <span>{PROGRAM_SHORT_NAMES[p.code] ?? p.name}</span>
                </Tooltip>
              </Table.Th>
            ))}
            <Table.Th scope="col" className={classes.num}>
              Total
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {funding.needs.map((need) => (
            <Fragment key={need.number}>
              <Table.Tr className={classes.needRow}>
                <Table.Th scope="rowgroup" colSpan={columns}>
                  Need {need.number}: {need.description}
                </Table.Th>
              </Table.Tr>
              {funding.rows
                .filter((r) => r.actionStep.needNumber === need.number)
                .map((row) => (
                  <Table.Tr key={row.actionStep.id} data-testid={`step-${row.actionStep.label}`}>
                    <Table.Th scope="row" className={classes.stepCol}>
                      <Tooltip label={row.actionStep.description} multiline w={420} openDelay={300}>
                        <Text size="xs" lineClamp={2}>
                          <Anchor
                            component={Link}
                            to={`/plan/${funding.fiscalYear}/steps/${row.actionStep.label}`}
                            fw={700}
                            size="xs"
                          >
                            {row.actionStep.label}
                          </Anchor>{" "}
                          {row.actionStep.description}
                        </Text>
                      </Tooltip>
                    </Table.Th>
                    {row.amounts.map((a) => (
                      <Table.Td key={a.fundingSource.id} className={classes.num}>
                        {a.allowed ? (
                          formatUsd(a.amount)
                        ) : (
                          <span
                            className={classes.notAllowed}
                            title="Not a funding source of this action step"
                          >
                            —
                          </span>
                        )}
                      </Table.Td>
                    ))}
                    <Table.Td className={`${classes.num} ${classes.total}`}>
                      {formatUsd(row.total)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              <Table.Tr className={classes.subtotal}>
                <Table.Th scope="row">Need {need.number} subtotal</Table.Th>
                {need.amounts.map((a) => (
                  <Table.Td key={a.fundingSource.id} className={classes.num}>
                    {formatUsd(a.amount)}
                  </Table.Td>
                ))}
                <Table.Td className={classes.num}>{formatUsd(need.total)}</Table.Td>
              </Table.Tr>
            </Fragment>
          ))}
        </Table.Tbody>
        <Table.Tfoot className={classes.foot}>
          <Table.Tr>
            <Table.Th scope="row">Budgeted</Table.Th>
            {funding.programs.map((p) => (
              <Table.Td key={p.fundingSource.id} className={classes.num}>
                {formatUsd(p.budgeted)}
              </Table.Td>
            ))}
            <Table.Td className={classes.num}>{formatUsd(funding.total)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Award (with carryover and transfers)</Table.Th>
            {funding.programs.map((p) => (
              <Table.Td key={p.fundingSource.id} className={classes.num}>
                {formatUsd(p.award)}
              </Table.Td>
            ))}
            <Table.Td className={classes.num}>{formatUsd(funding.totalAward)}</Table.Td>
          </Table.Tr>
          <Table.Tr data-testid="remaining-row">
            <Table.Th scope="row">Remaining</Table.Th>
            {funding.programs.map((p) => (
              <Table.Td
                key={p.fundingSource.id}
                className={classes.num}
                data-program={p.fundingSource.code}
              >
                {formatUsd(p.remaining)}
              </Table.Td>
            ))}
            <Table.Td className={classes.num}>{formatUsd(funding.totalRemaining)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
