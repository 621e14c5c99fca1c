import { describe, expect, it } from "vitest";
import { can, isPermission, PERMISSIONS, refusal, ROLES } from "./roles";

describe("roles", () => {
  it("gives owners every permission, admins the staff list, viewers reading and exporting", () => {
    const granted = (role: (typeof ROLES)[number]) => Object.keys(PERMISSIONS).filter((p) => can(role, p as keyof typeof PERMISSIONS));
    expect(granted("OWNER")).toEqual(Object.keys(PERMISSIONS));
    expect(granted("ADMIN")).toEqual(["view", "export", "account", "users:write", "learners:erase", "imports:write", "groups:write", "fields:write"]);
    expect(granted("VIEWER")).toEqual(["view", "export", "account"]);
  });

  it("explains a refusal in a sentence naming the role and what it can't do", () => {
    expect(refusal("VIEWER", "imports:write")).toBe("Viewers can't import users. An owner can change your role in Settings → Team.");
    expect(refusal("ADMIN", "api_tokens:manage")).toMatch(/^Admins can't manage API tokens\./);
  });

  it("recognises permission names only", () => {
    expect(isPermission("export")).toBe(true);
    expect(isPermission("toString")).toBe(false);
    expect(isPermission(undefined)).toBe(false);
  });
});
