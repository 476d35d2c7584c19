import { describe, expect, it } from "vitest";

import { PROGRAM_CODES, PROGRAMS, transferRefusal, transferTargets } from "./programs.js";

describe("programs and ESEA 5103 transferability", () => {
  it("knows the seven programs", () => {
    expect(PROGRAM_CODES).toHaveLength(7);
    for (const code of PROGRAM_CODES) expect(PROGRAMS[code].statute).toMatch(/U\.S\.C\./);
  });

  it("lets only Title II-A and IV-A transfer out, into the programs 5103 lists", () => {
    expect(transferRefusal("TITLE_II_A", "TITLE_I_A")).toBeNull();
    expect(transferRefusal("TITLE_IV_A", "TITLE_II_A")).toBeNull();
    expect(transferRefusal("TITLE_II_A", "TITLE_IV_A")).toBeNull();
    expect(transferRefusal("TITLE_I_A", "TITLE_II_A")).toMatch(/cannot transfer funds out.*5103/);
    expect(transferRefusal("TITLE_III_A", "TITLE_I_A")).toMatch(/cannot transfer/);
    expect(transferRefusal("TITLE_II_A", "IDEA_B")).toMatch(/may not transfer into IDEA/);
    expect(transferRefusal("TITLE_IV_A", "MCKINNEY_VENTO")).not.toBeNull();
    expect(transferRefusal("TITLE_II_A", "TITLE_II_A")).not.toBeNull();
    expect(transferTargets("IDEA_B")).toEqual([]);
  });
});
