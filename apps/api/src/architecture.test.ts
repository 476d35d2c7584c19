// The layout keeps its shape: feature modules do not depend on each other in a cycle, no resolver
// imports another resolver (shared reads and mappings live in *.queries.ts, *.mapper.ts), and the
// infrastructure (platform/) and shared building blocks (common/) know no feature.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

const SRC = path.dirname(fileURLToPath(import.meta.url));
const MODULES = path.join(SRC, "modules");
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [path.join(dir, e.name)]
        : [],
  );
// Import specifiers of a file, by a linear scan of its import lines.
const importsOf = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(
      (l) => l.startsWith("import ") || l.startsWith("} from ") || l.startsWith("export * from "),
    )
    .flatMap((l) => {
      const from = l.lastIndexOf(' from "');
      return from === -1 ? [] : [l.slice(from + 7, l.indexOf('"', from + 7))];
    });

describe("the API's layout", () => {
  const modules = readdirSync(MODULES);
  const files = sources(MODULES);
  const moduleOf = (file: string) => path.relative(MODULES, file).split(path.sep)[0]!;

  it("has no import cycle between feature modules", () => {
    const deps = new Map(modules.map((m) => [m, new Set<string>()]));
    for (const f of files) {
      for (const spec of importsOf(f)) {
        if (!spec.startsWith("../")) continue;
        const target = moduleOf(path.resolve(path.dirname(f), spec));
        if (target !== moduleOf(f) && deps.has(target)) deps.get(moduleOf(f))!.add(target);
      }
    }
    const cycles: string[] = [];
    const visit = (m: string, trail: string[]) => {
      if (trail.includes(m))
        return void cycles.push([...trail.slice(trail.indexOf(m)), m].join(" -> "));
      for (const d of deps.get(m)!) visit(d, [...trail, m]);
    };
    for (const m of modules) visit(m, []);
    expect(cycles).toEqual([]);
  });

  it("has no resolver importing another resolver", () => {
    const offenders = files
      .filter((f) => f.endsWith(".resolver.ts"))
      .flatMap((f) =>
        importsOf(f)
          .filter((s) => s.endsWith(".resolver.js"))
          .map((s) => `${path.relative(MODULES, f)} imports ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it("keeps platform/ and common/ free of feature modules", () => {
    const offenders = ["platform", "common"].flatMap((layer) =>
      // Tests may drive a feature (sign in as a demo user) to exercise the infrastructure.
      sources(path.join(SRC, layer))
        .filter((f) => !f.endsWith(".test.ts"))
        .flatMap((f) =>
          importsOf(f)
            .filter(
              (s) => s.startsWith(".") && path.resolve(path.dirname(f), s).startsWith(MODULES),
            )
            .map((s) => `${path.relative(SRC, f)} imports ${s}`),
        ),
    );
    expect(offenders).toEqual([]);
  });
});
