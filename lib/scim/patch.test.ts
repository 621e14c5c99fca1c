import { describe, expect, it } from "vitest";
import { MAPPING } from "./test-fixtures";
import { applyPatch, canonicalPatchPath, normalisePatch } from "./patch";
import { readScimUser, toScimUser } from "./user-resource";
import { ENTERPRISE_USER, PATCH_OP } from "./urns";

const learner = {
  id: "cl1",
  email: "ana@contoso.com",
  firstName: "Ana",
  lastName: "Lopez",
  active: true,
  customFields: { cf_department: "Sales", cf_employee_id: "000123", cf_job_title: "Lead" },
  scimUserName: "ana@contoso.com",
  scimExternalId: "ext-1",
  createdAt: new Date("2026-12-01T00:00:00Z"),
  updatedAt: new Date("2026-12-01T00:00:00Z"),
};
const user = () => toScimUser(learner, MAPPING, "https://lms.test/scim/v2");
const patched = (Operations: unknown[]) => readScimUser(applyPatch(user(), normalisePatch({ schemas: [PATCH_OP], Operations }, MAPPING)), MAPPING);

describe("PATCH as Entra ID and Okta send it", () => {
  it("takes Entra's capitalised ops and string booleans", () => {
    expect(patched([{ op: "Replace", path: "active", value: "False" }]).active).toBe(false);
    expect(patched([{ op: "Add", path: "active", value: "True" }]).active).toBe(true);
  });

  it("takes Okta's path-less value object", () => {
    expect(patched([{ op: "replace", value: { active: false } }]).active).toBe(false);
    expect(patched([{ op: "replace", value: { "name.givenName": "Anita", Active: "false" } }])).toMatchObject({ firstName: "Anita", active: false });
  });

  it("follows value paths to the work email, names in any case", () => {
    expect(patched([{ op: "replace", path: 'Emails[Type eq "work"].Value', value: "new@contoso.com" }]).email).toBe("new@contoso.com");
    expect(canonicalPatchPath('EMAILS[TYPE EQ "work"].VALUE', [])).toBe('emails[type eq "work"].value');
  });

  it("changes and removes enterprise and Rollcall extension attributes", () => {
    expect(patched([{ op: "Replace", path: `${ENTERPRISE_USER}:department`, value: "Ops" }]).custom).toMatchObject({ cf_department: "Ops" });
    expect(patched([{ op: "remove", path: `${ENTERPRISE_USER}:employeeNumber` }]).custom.cf_employee_id).toBeUndefined();
    expect(patched([{ op: "replace", path: "urn:ietf:params:scim:schemas:extension:rollcall:2.0:User:CF_JOB_TITLE", value: "Head" }]).custom).toMatchObject({ cf_job_title: "Head" });
  });

  it("refuses what it can't apply, each with its scimType", () => {
    const refusal = (body: unknown) => {
      try {
        applyPatch(user(), normalisePatch(body, MAPPING));
      } catch (error) {
        return (error as { scimType?: string }).scimType;
      }
      return null;
    };
    expect(refusal({ schemas: [PATCH_OP], Operations: [] })).toBe("invalidSyntax");
    expect(refusal({ schemas: [PATCH_OP], Operations: [{ op: "move", path: "active" }] })).toBe("invalidSyntax");
    expect(refusal({ schemas: [PATCH_OP], Operations: [{ op: "remove" }] })).toBe("noTarget");
    expect(refusal({ schemas: [PATCH_OP], Operations: [{ op: "replace", path: "emails[type eq ", value: "x" }] })).toBe("invalidPath");
    expect(() => patched([{ op: "replace", path: "active", value: "maybe" }])).toThrow(expect.objectContaining({ scimType: "invalidValue" }));
  });
});
