import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { dataOf, startTestApi, type TestApi } from "../../test/api.js";
import type { EditImprovementPlanInput } from "../../test/gql/graphql.js";
import { graphql } from "../../test/gql/index.js";

// The plan edited in Allot: changes apply at once until the director approves the plan, then
// they are amendments that change it only with the director's approval; all are kept.
let api: TestApi;

const PLAN = graphql(`
  query AmendPlanRead {
    improvementPlan(fiscalYear: 2022) {
      revision
      approvedAt
      approvedBy
      needs {
        id
        number
        rootCauses
        actionSteps {
          id
          label
          timeline
          systems
          description
        }
      }
    }
  }
`);
const EDIT = graphql(`
  mutation AmendPlanEdit($input: EditImprovementPlanInput!) {
    editImprovementPlan(input: $input) {
      amendment {
        id
        number
        status
        reason
        proposedBy
        version
        changes {
          section
          current
          amended
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const APPROVE_PLAN = graphql(`
  mutation AmendPlanApprove($input: ApproveImprovementPlanInput!) {
    approveImprovementPlan(input: $input) {
      improvementPlan {
        approvedAt
        approvedBy
        revision
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const DECIDE = graphql(`
  mutation AmendPlanDecide($input: DecidePlanAmendmentInput!) {
    decidePlanAmendment(input: $input) {
      amendment {
        number
        status
        decidedBy
        decisionNote
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const HISTORY = graphql(`
  query AmendPlanHistory {
    planAmendments(fiscalYear: 2022) {
      number
      status
      reason
      changes {
        section
      }
    }
  }
`);

const PROGRAMS = graphql(`
  query AmendPlanPrograms {
    improvementPlan(fiscalYear: 2022) {
      needs {
        actionSteps {
          id
          label
          allowedFundingSources {
            code
          }
        }
      }
    }
  }
`);
const SET_PROGRAMS = graphql(`
  mutation AmendPlanSetPrograms($input: SetActionStepProgramsInput!) {
    setActionStepPrograms(input: $input) {
      userErrors {
        message
        code
      }
    }
  }
`);

const director = () => api.as("FEDERAL_PROGRAMS_DIRECTOR");
const plan = async () => dataOf(await api.gql(PLAN)).improvementPlan!;
const stepOf = async (label: string) =>
  (await plan()).needs.flatMap((n) => n.actionSteps).find((s) => s.label === label)!;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("editing and amending the improvement plan", () => {
  it("applies edits before approval, then keeps amendments waiting for the director, applies the approved one and refuses a stale one", async () => {
    const before = await plan();
    const need1 = before.needs.find((n) => n.number === 1)!;
    const s13 = await stepOf("1.3");
    // Before approval: applied at once, versioned, with the reason.
    const edited = dataOf(
      await director()(EDIT, {
        input: {
          fiscalYear: 2022,
          reason: "The CNA team named a third root cause.",
          expectedRevision: before.revision,
          changes: [
            {
              field: "NEED_ROOT_CAUSES",
              targetId: need1.id,
              items: [...need1.rootCauses, "Too few bilingual family liaisons"],
            },
            { field: "STEP_TIMELINE", targetId: s13.id, text: "Monthly" },
          ],
        },
      }),
    ).editImprovementPlan;
    expect(edited.userErrors).toEqual([]);
    expect(edited.amendment).toMatchObject({
      status: "APPLIED",
      proposedBy: "user:director@demo.allot.example",
    });
    expect(edited.amendment!.changes.map((c) => c.section)).toEqual([
      "Need 1 · Root causes",
      "Action step 1.3 · Timeline for implementation",
    ]);
    expect(edited.amendment!.changes[1]).toMatchObject({
      current: s13.timeline,
      amended: "Monthly",
    });
    const afterEdit = await plan();
    expect(afterEdit.revision).toBe(before.revision + 1);
    expect(afterEdit.needs[0]!.rootCauses.at(-1)).toBe("Too few bilingual family liaisons");
    expect((await stepOf("1.3")).timeline).toBe("Monthly");

    // A caller who read the plan before that edit is refused, and nothing changes.
    const stale = dataOf(
      await director()(EDIT, {
        input: {
          fiscalYear: 2022,
          reason: "Quarterly after all",
          expectedRevision: before.revision,
          changes: [{ field: "STEP_TIMELINE", targetId: s13.id, text: "Quarterly" }],
        },
      }),
    ).editImprovementPlan;
    expect(stale.userErrors[0]).toMatchObject({
      field: ["input", "expectedRevision"],
      code: "CONFLICT",
    });
    expect((await stepOf("1.3")).timeline).toBe("Monthly");

    // The director approves the plan; an administrator cannot.
    const notAllowed = await api.gql(APPROVE_PLAN, { input: { fiscalYear: 2022 } });
    expect(notAllowed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const approved = dataOf(
      await director()(APPROVE_PLAN, {
        input: { fiscalYear: 2022, expectedRevision: afterEdit.revision },
      }),
    ).approveImprovementPlan;
    expect(approved.userErrors).toEqual([]);
    expect(approved.improvementPlan!.approvedAt).toBeTruthy();
    // Once approved, a step's programs change only by amendment too.
    const direct = dataOf(
      await director()(SET_PROGRAMS, { input: { actionStepId: s13.id, programs: ["TITLE_I_A"] } }),
    ).setActionStepPrograms;
    expect(direct.userErrors[0]).toMatchObject({ code: "INVALID" });
    expect(direct.userErrors[0]!.message).toMatch(/propose the change as an amendment/);

    // After approval an edit is an amendment: proposed, not applied.
    const proposed = dataOf(
      await api.gql(EDIT, {
        input: {
          fiscalYear: 2022,
          reason: "Coaching moves to twice a month after the mid-year review.",
          changes: [
            { field: "STEP_TIMELINE", targetId: s13.id, text: "Twice a month" },
            { field: "STEP_SYSTEMS", targetId: s13.id, items: ["Professional Capacity"] },
          ],
        },
      }),
    ).editImprovementPlan.amendment!;
    expect(proposed.status).toBe("PROPOSED");
    expect((await stepOf("1.3")).timeline).toBe("Monthly");
    const other = dataOf(
      await api.gql(EDIT, {
        input: {
          fiscalYear: 2022,
          reason: "Weekly instead",
          changes: [{ field: "STEP_TIMELINE", targetId: s13.id, text: "Weekly" }],
        },
      }),
    ).editImprovementPlan.amendment!;

    // An administrator cannot decide; the director approves one, which applies it.
    const adminDecides = await api.gql(DECIDE, {
      input: { amendmentId: proposed.id, approve: true },
    });
    expect(adminDecides.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const yes = dataOf(
      await director()(DECIDE, {
        input: { amendmentId: proposed.id, approve: true, expectedVersion: proposed.version },
      }),
    ).decidePlanAmendment;
    expect(yes.userErrors).toEqual([]);
    expect(yes.amendment).toMatchObject({
      status: "APPROVED",
      decidedBy: "user:director@demo.allot.example",
    });
    const s13Now = await stepOf("1.3");
    expect(s13Now.timeline).toBe("Twice a month");
    expect(s13Now.systems).toEqual(["Professional Capacity"]);

    // The other was proposed against "Monthly": approving it now would overwrite unseen.
    const conflict = dataOf(
      await director()(DECIDE, { input: { amendmentId: other.id, approve: true } }),
    ).decidePlanAmendment;
    expect(conflict.amendment).toBeNull();
    expect(conflict.userErrors[0]).toMatchObject({ code: "CONFLICT" });
    expect(conflict.userErrors[0]!.message).toMatch(
      /Action step 1\.3 · Timeline for implementation/,
    );
    expect((await stepOf("1.3")).timeline).toBe("Twice a month");
    const no = dataOf(
      await director()(DECIDE, {
        input: { amendmentId: other.id, approve: false, note: "Superseded by amendment 3." },
      }),
    ).decidePlanAmendment;
    expect(no.amendment).toMatchObject({
      status: "REJECTED",
      decisionNote: "Superseded by amendment 3.",
    });
    const again = dataOf(
      await director()(DECIDE, { input: { amendmentId: other.id, approve: true } }),
    ).decidePlanAmendment;
    expect(again.userErrors[0]!.message).toMatch(/is rejected, not waiting/);

    // The history, newest first (other tests of this file may have added to it before).
    const history = dataOf(await api.gql(HISTORY)).planAmendments;
    const n = edited.amendment!.number;
    expect(history.slice(0, 3).map((h) => [h.number, h.status])).toEqual([
      [n + 2, "REJECTED"],
      [n + 1, "APPROVED"],
      [n, "APPLIED"],
    ]);
  });

  it("refuses bad changes by field, writing nothing", async () => {
    const s = await stepOf("2.1");
    const before = await plan();
    const r = dataOf(
      await director()(EDIT, {
        input: {
          fiscalYear: 2022,
          reason: "  ",
          changes: [
            { field: "STEP_DESCRIPTION", targetId: s.id, text: "" },
            { field: "STEP_SYSTEMS", targetId: s.id, text: "not a list" },
            { field: "STEP_EVIDENCE_LEVEL", targetId: s.id, text: "VERY_STRONG" },
            { field: "NEED_GOAL", targetId: s.id, text: "a step id for a need field" },
          ],
        },
      }),
    ).editImprovementPlan;
    expect(r.amendment).toBeNull();
    expect(r.userErrors.map((e) => [e.field.join("."), e.code])).toEqual([
      ["input.reason", "INVALID"],
    ]);
    const r2 = dataOf(
      await director()(EDIT, {
        input: {
          fiscalYear: 2022,
          reason: "Cleanup",
          changes: [
            { field: "STEP_DESCRIPTION", targetId: s.id, text: "" },
            { field: "STEP_SYSTEMS", targetId: s.id, text: "not a list" },
            { field: "STEP_EVIDENCE_LEVEL", targetId: s.id, text: "VERY_STRONG" },
            { field: "NEED_GOAL", targetId: s.id, text: "a step id for a need field" },
            { field: "STEP_DESCRIPTION", targetId: s.id, text: "twice" },
          ],
        },
      }),
    ).editImprovementPlan;
    expect(r2.userErrors.map((e) => [e.field.join("."), e.code])).toEqual([
      ["input.changes.0.text", "INVALID"],
      ["input.changes.1.text", "INVALID"],
      ["input.changes.2.text", "INVALID"],
      ["input.changes.3.targetId", "NOT_FOUND"],
      ["input.changes.4.field", "INVALID"],
    ]);
    expect(r2.userErrors[2]!.message).toMatch(/Evidence based tier must be one of STRONG/);
    const unchanged = dataOf(
      await director()(EDIT, {
        input: {
          fiscalYear: 2022,
          reason: "Cleanup",
          changes: [{ field: "STEP_DESCRIPTION", targetId: s.id, text: s.description }],
        },
      }),
    ).editImprovementPlan;
    expect(unchanged.userErrors[0]!.message).toBe(
      "Action step 2.1 · Action step already says that.",
    );
    expect((await plan()).revision).toBe(before.revision);
  });

  it("adds an action step under a need and takes it out again; a funded step may not be taken out", async () => {
    // Made at once before the plan's approval; approved by the director after it.
    const change = async (input: EditImprovementPlanInput) => {
      const r = dataOf(await director()(EDIT, { input })).editImprovementPlan;
      if (r.amendment?.status === "PROPOSED")
        expect(
          dataOf(
            await director()(DECIDE, { input: { amendmentId: r.amendment.id, approve: true } }),
          ).decidePlanAmendment.userErrors,
        ).toEqual([]);
      return r;
    };
    const need1 = (await plan()).needs.find((n) => n.number === 1)!;
    const count = need1.actionSteps.length;
    const added = await change({
      fiscalYear: 2022,
      reason: "The board added summer bridge programs.",
      changes: [
        { field: "NEED_ADD_ACTION_STEP", targetId: need1.id, text: "Run a summer bridge program" },
      ],
    });
    expect(added.userErrors).toEqual([]);
    expect(added.amendment!.changes[0]).toMatchObject({
      section: "Need 1 · New action step",
      current: null,
      amended: "Run a summer bridge program",
    });
    const newStep = (await plan()).needs
      .find((n) => n.number === 1)!
      .actionSteps.find((s) => s.description === "Run a summer bridge program")!;
    expect(newStep.label).toBe(`1.${count + 1}`);

    const funded = await stepOf("1.1");
    const refused = dataOf(
      await director()(EDIT, {
        input: {
          fiscalYear: 2022,
          reason: "Merged into 1.2",
          changes: [{ field: "STEP_REMOVE", targetId: funded.id }],
        },
      }),
    ).editImprovementPlan;
    expect(refused.amendment).toBeNull();
    expect(refused.userErrors[0]).toMatchObject({ code: "PLAN_IN_USE" });
    expect(refused.userErrors[0]!.message).toMatch(
      /^Action step 1\.1 still has \d+ budget line\(s\)/,
    );

    const removed = await change({
      fiscalYear: 2022,
      reason: "Not funded after all.",
      changes: [{ field: "STEP_REMOVE", targetId: newStep.id }],
    });
    expect(removed.userErrors).toEqual([]);
    expect(
      (await plan()).needs.flatMap((n) => n.actionSteps).some((s) => s.id === newStep.id),
    ).toBe(false);
  });

  it("changes a step's programs as part of the plan, refusing to orphan the money on it", async () => {
    // The first refusal, whether the edit applies at once or the director approves it.
    const attempt = async (input: EditImprovementPlanInput) => {
      const r = dataOf(await director()(EDIT, { input })).editImprovementPlan;
      if (r.amendment?.status !== "PROPOSED") return r.userErrors[0] ?? null;
      return (
        dataOf(await director()(DECIDE, { input: { amendmentId: r.amendment.id, approve: true } }))
          .decidePlanAmendment.userErrors[0] ?? null
      );
    };
    const programsOf = async (label: string) =>
      dataOf(await api.gql(PROGRAMS))
        .improvementPlan!.needs.flatMap((n) => n.actionSteps)
        .find((s) => s.label === label)!;
    const s23 = await programsOf("2.3");
    const codes = s23.allowedFundingSources.map((f) => f.code);
    expect(
      await attempt({
        fiscalYear: 2022,
        reason: "Homeless students join the leadership pipeline.",
        changes: [
          { field: "STEP_PROGRAMS", targetId: s23.id, items: [...codes, "MCKINNEY_VENTO"] },
        ],
      }),
    ).toBeNull();
    expect((await programsOf("2.3")).allowedFundingSources.map((f) => f.code)).toContain(
      "MCKINNEY_VENTO",
    );
    const s22 = await programsOf("2.2");
    const refusal = await attempt({
      fiscalYear: 2022,
      reason: "Title II-A moves elsewhere.",
      changes: [
        {
          field: "STEP_PROGRAMS",
          targetId: s22.id,
          items: s22.allowedFundingSources.map((f) => f.code).filter((c) => c !== "TITLE_II_A"),
        },
      ],
    });
    expect(refusal).toMatchObject({ code: "PLAN_IN_USE" });
    expect(refusal!.message).toMatch(/^Step 2\.2 still pays with Title II-A: .*PLC-01/);
    expect((await programsOf("2.2")).allowedFundingSources.map((f) => f.code)).toContain(
      "TITLE_II_A",
    );
    const unknown = dataOf(
      await director()(EDIT, {
        input: {
          fiscalYear: 2022,
          reason: "typo",
          changes: [{ field: "STEP_PROGRAMS", targetId: s22.id, items: ["TITLE_IX"] }],
        },
      }),
    ).editImprovementPlan.userErrors[0];
    expect(unknown).toMatchObject({ field: ["input", "changes", "0", "items"], code: "INVALID" });
  });

  it("lets a viewer read the history but not change the plan", async () => {
    const s = await stepOf("2.2");
    const r = await api.as("VIEWER")(EDIT, {
      input: {
        fiscalYear: 2022,
        reason: "mine",
        changes: [{ field: "STEP_TIMELINE", targetId: s.id, text: "Daily" }],
      },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(dataOf(await api.as("VIEWER")(HISTORY)).planAmendments).toBeInstanceOf(Array);
    expect((await stepOf("2.2")).timeline).toBe(s.timeline);
  });
});
