import { Badge } from "@mantine/core";

/** A rule's status ("pass", "fail", "not checked", "not applicable"), never cut short in a narrow column. */
export function RuleStatusBadge({ status, size }: { status: string; size: "xs" | "sm" }) {
  return (
    <Badge
      size={size}
      variant={size === "sm" ? "outline" : "filled"}
      color={
        status === "PASS"
          ? "teal"
          : status === "FAIL"
            ? "red"
            : status === "NOT_CHECKED"
              ? "indigo"
              : "gray"
      }
      style={{ minWidth: "max-content" }}
    >
      {status.replaceAll("_", " ").toLowerCase()}
    </Badge>
  );
}
