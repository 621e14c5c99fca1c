import { describe, expect, it } from "vitest";
import { importOptionsSchema } from "../import-options";
import { editedPlanKey, planKey, type PlanInputs } from "./plan-key";

const inputs: PlanInputs = {
  source: "CSV",
  mapping: { 0: "email", 1: "firstName", 2: "lastName", 3: "active" },
  options: importOptionsSchema.parse({}),
  fields: [{ key: "cf_team", type: "SELECT", builtIn: false, options: ["Red", "Blue"] }],
};

describe("planKey", () => {
  it("is the same for the same inputs, whatever order the mapping was written in", () => {
    expect(planKey(inputs)).toBe(planKey({ ...inputs, mapping: { 3: "active", 2: "lastName", 1: "firstName", 0: "email" } }));
  });

  it("changes with the mapping, every option, the source and the fields", () => {
    const variants: PlanInputs[] = [
      { ...inputs, mapping: { ...inputs.mapping, 4: "cf_team" } },
      { ...inputs, options: { ...inputs.options, mode: "create" } },
      { ...inputs, options: { ...inputs.options, blankClears: true } },
      { ...inputs, options: { ...inputs.options, groupsMode: "add" } },
      { ...inputs, options: { ...inputs.options, newGroups: "error" } },
      { ...inputs, options: { ...inputs.options, sendWelcome: false } },
      { ...inputs, source: "TEXTBOX" },
      { ...inputs, fields: [{ ...inputs.fields[0]!, options: ["Red", "Blue", "Green"] }] },
      { ...inputs, fields: [] },
    ];
    const keys = new Set([planKey(inputs), ...variants.map(planKey)]);
    expect(keys.size).toBe(variants.length + 1);
  });

  it("never matches an edited draft's key", () => {
    const edited = editedPlanKey();
    expect(edited).not.toBe(planKey(inputs));
    expect(edited).not.toBe(editedPlanKey());
  });
});
