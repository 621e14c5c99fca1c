import { describe, expect, it } from "vitest";
import { readGroupPatch } from "./group-patch";
import { PATCH_OP } from "./urns";

const read = (Operations: unknown[]) => readGroupPatch({ schemas: [PATCH_OP], Operations });
const refusal = (Operations: unknown[]) => {
  try {
    read(Operations);
  } catch (error) {
    return (error as { scimType?: string }).scimType;
  }
  return null;
};

describe("a Group PATCH as Okta and Entra ID send it", () => {
  it("adds one member or many, op in any case", () => {
    expect(read([{ op: "add", path: "members", value: [{ value: "u1", display: "ana@x.co" }] }])).toEqual({ members: { replace: false, add: ["u1"], remove: [] } });
    expect(read([{ op: "Add", path: "members", value: [{ value: "u1" }, { value: "u2" }] }]).members?.add).toEqual(["u1", "u2"]);
  });

  it("removes by Okta's value filter, and by Entra's value list on the members path", () => {
    expect(read([{ op: "remove", path: 'members[value eq "u1"]' }])).toEqual({ members: { replace: false, add: [], remove: ["u1"] } });
    expect(read([{ op: "remove", path: 'Members[Value eq "u1" or value eq "u2"]' }]).members?.remove).toEqual(["u1", "u2"]);
    expect(read([{ op: "Remove", path: "members", value: [{ value: "u3" }] }]).members).toEqual({ replace: false, add: [], remove: ["u3"] });
  });

  it("reads remove without a value, and replace, as setting the members", () => {
    expect(read([{ op: "remove", path: "members" }]).members).toEqual({ replace: true, add: [], remove: [] });
    expect(read([{ op: "replace", path: "members", value: [{ value: "u1" }] }]).members).toEqual({ replace: true, add: ["u1"], remove: [] });
    // Remove all, then add: the group ends with exactly the added ones.
    expect(read([{ op: "remove", path: "members" }, { op: "add", path: "members", value: [{ value: "u2" }] }]).members).toEqual({ replace: true, add: ["u2"], remove: [] });
  });

  it("folds operations in order: a later one wins for the same id", () => {
    expect(read([{ op: "add", path: "members", value: [{ value: "u1" }, { value: "u2" }] }, { op: "remove", path: 'members[value eq "u1"]' }]).members).toEqual({ replace: false, add: ["u2"], remove: ["u1"] });
  });

  it("renames with a path, or with Okta's path-less value object (its id is ignored)", () => {
    expect(read([{ op: "Replace", path: "displayName", value: "Fire wardens" }])).toEqual({ displayName: "Fire wardens" });
    expect(read([{ op: "replace", value: { id: "g1", DisplayName: "Marshals", externalId: "okta-9" } }])).toEqual({ displayName: "Marshals", externalId: "okta-9" });
    expect(read([{ op: "add", value: { members: [{ value: "u1" }] } }]).members).toEqual({ replace: false, add: ["u1"], remove: [] });
  });

  it("refuses what it can't do, each with its scimType", () => {
    expect(refusal([])).toBe("invalidSyntax");
    expect(refusal([{ op: "move", path: "members" }])).toBe("invalidSyntax");
    expect(refusal([{ op: "remove" }])).toBe("noTarget");
    expect(refusal([{ op: "remove", path: "displayName" }])).toBe("mutability");
    expect(refusal([{ op: "replace", path: "owner", value: "x" }])).toBe("invalidPath");
    expect(refusal([{ op: "add", path: 'members[value eq "u1"]', value: "x" }])).toBe("invalidPath");
    expect(refusal([{ op: "remove", path: 'members[display co "a"]' }])).toBe("invalidFilter");
    expect(refusal([{ op: "add", path: "members", value: [{ value: "g2", type: "Group" }] }])).toBe("invalidValue");
    expect(refusal([{ op: "add", path: "members", value: ["u1"] }])).toBe("invalidValue");
    expect(refusal([{ op: "replace", path: "displayName", value: "" }])).toBe("invalidValue");
  });
});
