import { describe, expect, it } from "vitest";
import { groupChange } from "./group-change";

describe("groupChange", () => {
  it("lists the groups a row added and removed, ignoring case", () => {
    const change = groupChange({ groupNames: ["Site A", "Night shift"] }, { groupNames: ["site a", "Fire wardens", "Day shift"] });
    expect(change).toEqual({ added: ["Day shift", "Fire wardens"], removed: ["Night shift"] });
  });

  it("treats a created learner as having had no groups, and a row without groups as no change", () => {
    expect(groupChange(null, { groupNames: ["Site A"] })).toEqual({ added: ["Site A"], removed: [] });
    expect(groupChange({ firstName: "A" }, { firstName: "B" })).toBeNull();
    expect(groupChange({ groupNames: ["Site A"] }, { groupNames: ["Site A"] })).toBeNull();
  });
});
