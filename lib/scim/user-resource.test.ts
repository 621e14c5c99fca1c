import { describe, expect, it } from "vitest";
import { defaultFieldMapping } from "./field-mapping";
import { MAPPING } from "./test-fixtures";
import { canonicaliseUser, readScimUser } from "./user-resource";
import { ENTERPRISE_USER } from "./urns";

const read = (body: Record<string, unknown>) => readScimUser(canonicaliseUser(body, MAPPING), MAPPING);

describe("the default field mapping", () => {
  const field = (key: string, label: string) => ({ key, label, type: "TEXT" as const, builtIn: false, options: [] });
  it("matches profile fields by label", () => {
    const mapping = defaultFieldMapping([field("cf_team", "Team"), field("cf_department", "Department"), field("cf_staff", "Employee Number"), field("cf_site", "Site")]);
    expect(mapping).toMatchObject({ department: "cf_department", employeeNumber: "cf_staff" });
    expect(mapping.extension.map((f) => f.key)).toEqual(["cf_team", "cf_site"]);
  });
  it("leaves an attribute unmapped when no label fits", () => {
    expect(defaultFieldMapping([field("cf_site", "Site")])).toMatchObject({ department: null, employeeNumber: null });
  });
});

describe("reading a SCIM User", () => {
  it("takes the primary email, else the work one, else userName when it is an email", () => {
    expect(read({ userName: "u", emails: [{ value: "home@x.co", type: "home" }, { value: "p@x.co", primary: "True" }] }).email).toBe("p@x.co");
    expect(read({ userName: "u", emails: [{ value: "home@x.co", type: "home" }, { value: "w@x.co", type: "work" }] }).email).toBe("w@x.co");
    expect(read({ userName: "ana@x.co" }).email).toBe("ana@x.co");
    expect(() => read({ userName: "ana" })).toThrow(expect.objectContaining({ scimType: "invalidValue" }));
  });

  it("splits displayName only when no name is sent", () => {
    expect(read({ userName: "a@x.co", displayName: "Mary Anne Smith" })).toMatchObject({ firstName: "Mary", lastName: "Anne Smith" });
    expect(read({ userName: "a@x.co", displayName: "Whatever", name: { givenName: "Ana" } })).toMatchObject({ firstName: "Ana" });
  });

  it("reads attribute names and extension URNs in any case, and Entra's flattened extension keys", () => {
    const desired = read({
      UserName: "a@x.co",
      NAME: { GivenName: "Ana", familyname: "Lopez" },
      ACTIVE: "False",
      [ENTERPRISE_USER.toUpperCase()]: { Department: "Sales" },
      [`${ENTERPRISE_USER}:employeeNumber`]: 42,
    });
    expect(desired).toMatchObject({ userName: "a@x.co", firstName: "Ana", lastName: "Lopez", active: false, custom: { cf_department: "Sales", cf_employee_id: "42" } });
  });
});
