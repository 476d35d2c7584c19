import { Select } from "@mantine/core";
import { useNavigate } from "react-router";

/** The year picker of the pages under /<page>/<year>: choosing a year opens the same page for it. */
export function FiscalYearSelect({
  years,
  value,
  page,
}: {
  years: readonly { year: number }[];
  value: number;
  page: string;
}) {
  const navigate = useNavigate();
  return (
    <Select
      label="Fiscal year"
      w={140}
      allowDeselect={false}
      value={String(value)}
      data={years.map((y) => ({ value: String(y.year), label: `FY${y.year}` }))}
      onChange={(v) => v && void navigate(`/${page}/${v}`)}
    />
  );
}
