import { BarChart } from "@mantine/charts";
import { Paper, SimpleGrid, Text } from "@mantine/core";
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

import type { ScenarioDetailFragment } from "../../graphql/generated";
import { dollarsOf } from "../../lib/money";

type Schools = NonNullable<ScenarioDetailFragment["result"]>["schools"];

/** Least-squares line through the points, drawn across the poverty range. */
function trend(points: { x: number; y: number }[]) {
  const n = points.length;
  if (n < 2) return [];
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const slope = sxx ? points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / sxx : 0;
  const xs = [Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x))];
  return xs.map((x) => ({ x, y: my + slope * (x - mx) }));
}

/** Dollars per pupil against % poverty, before and after, with trend lines; and how $ per weighted pupil is spread. */
export function ScenarioCharts({ schools }: { schools: Schools }) {
  const before = schools
    .filter((s) => s.school.enrollment > 0)
    .map((s) => ({
      x: Number(s.school.povertyPercent),
      y: Math.round(dollarsOf(s.baselineTotal) / s.school.enrollment),
    }));
  const after = schools
    .filter((s) => s.school.enrollment > 0)
    .map((s) => ({
      x: Number(s.school.povertyPercent),
      y: Math.round(dollarsOf(s.total) / s.school.enrollment),
    }));
  const perWeighted = (pick: (s: Schools[number]) => string) =>
    schools.map((s) => (s.weightedEnrollment > 0 ? dollarsOf(pick(s)) / s.weightedEnrollment : 0));
  const a = perWeighted((s) => s.baselineTotal);
  const b = perWeighted((s) => s.total);
  const lo = Math.min(...a, ...b);
  const hi = Math.max(...a, ...b);
  const bins = 10;
  const width = (hi - lo) / bins || 1;
  const histogram = Array.from({ length: bins }, (_, i) => {
    const from = lo + i * width;
    const inBin = (v: number) => v >= from && (i === bins - 1 ? v <= hi : v < from + width);
    return {
      range: `$${Math.round(from)}`,
      Before: a.filter(inBin).length,
      After: b.filter(inBin).length,
    };
  });
  const money = (v: number) => `$${v.toLocaleString("en-US")}`;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="sm" data-testid="chart-per-pupil">
        <Text fw={600} size="sm" mb="xs">
          Dollars per pupil against % poverty
        </Text>
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart margin={{ top: 5, right: 10, bottom: 15, left: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="x"
              name="% poverty"
              unit="%"
              domain={["dataMin", "dataMax"]}
              label={{ value: "% poverty", position: "insideBottom", offset: -8, fontSize: 11 }}
              tick={{ fontSize: 11 }}
            />
            <YAxis
              type="number"
              dataKey="y"
              name="$ per pupil"
              tickFormatter={money}
              tick={{ fontSize: 11 }}
              width={70}
            />
            <Tooltip formatter={(v) => money(Number(v))} />
            <Legend verticalAlign="top" height={24} />
            <Scatter name="Before" data={before} fill="#adb5bd" />
            <Scatter name="After" data={after} fill="#0ca678" />
            <Line
              name="Trend before"
              data={trend(before)}
              dataKey="y"
              stroke="#868e96"
              dot={false}
              strokeDasharray="4 4"
            />
            <Line name="Trend after" data={trend(after)} dataKey="y" stroke="#087f5b" dot={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </Paper>
      <Paper withBorder p="sm">
        <Text fw={600} size="sm" mb="xs">
          Schools by dollars per weighted pupil
        </Text>
        <BarChart
          h={260}
          data={histogram}
          dataKey="range"
          series={[
            { name: "Before", color: "gray.5" },
            { name: "After", color: "teal.6" },
          ]}
        />
      </Paper>
    </SimpleGrid>
  );
}
