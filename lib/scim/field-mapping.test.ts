import { describe, expect, it } from "vitest";
import { defaultFieldMapping, resolveFieldMapping } from "./field-mapping";

const field = (key: string, label: string) => ({ key, label, type: "TEXT" as const, builtIn: false, options: [] });
const FIELDS = [field("cf_team", "Team"), field("cf_department", "Department"), field("cf_cost", "Cost Center"), field("cf_company", "Company"), field("cf_site", "Site")];

describe("the organisation's field mapping", () => {
  it("defaults by label for every enterprise attribute, the rest going to Rollcall's extension", () => {
    const mapping = defaultFieldMapping(FIELDS);
    expect(mapping).toMatchObject({ department: "cf_department", employeeNumber: null, costCenter: "cf_cost", organization: "cf_company", division: null });
    expect(mapping.extension.map((f) => f.key)).toEqual(["cf_team", "cf_site"]);
  });

  it("takes the stored choices, including 'none', over the defaults; attributes left out keep their default", () => {
    const mapping = resolveFieldMapping(FIELDS, { department: "cf_team", costCenter: null, division: "cf_site" });
    expect(mapping).toMatchObject({ department: "cf_team", costCenter: null, division: "cf_site", organization: "cf_company" });
    expect(mapping.extension.map((f) => f.key)).toEqual(["cf_department", "cf_cost"]);
  });

  it("fills nothing from a stored field that is gone, and never gives one field to two attributes", () => {
    expect(resolveFieldMapping(FIELDS, { department: "cf_deleted" }).department).toBeNull();
    const twice = resolveFieldMapping(FIELDS, { department: "cf_site", division: "cf_site" });
    expect([twice.department, twice.division]).toEqual(["cf_site", null]);
  });

  it("falls back to the defaults when what is stored isn't a mapping", () => {
    expect(resolveFieldMapping(FIELDS, { department: 42 })).toEqual(defaultFieldMapping(FIELDS));
    expect(resolveFieldMapping(FIELDS, "nonsense")).toEqual(defaultFieldMapping(FIELDS));
  });
});
