import { describe, expect, it } from "vitest";
import { disabledFieldNamedBy, duplicateTargets, fieldNamedBy, matchHeaders, missingRequired, normaliseHeader } from "./match-headers";
import { ALL_FIELDS, BUILT_IN_FIELDS, field } from "./test-fixtures";

describe("normaliseHeader", () => {
  it("ignores case, spaces, underscores, punctuation and accents", () => {
    expect(normaliseHeader("  E-mail_Address (work) ")).toBe("emailaddresswork");
    expect(normaliseHeader("Prénom")).toBe("prenom");
    expect(normaliseHeader("___")).toBe("");
  });
});

describe("matchHeaders", () => {
  it("maps the built-in labels", () => {
    expect(matchHeaders(["Email", "First Name", "Last Name", "Active"], BUILT_IN_FIELDS)).toEqual({
      0: "email",
      1: "firstName",
      2: "lastName",
      3: "active",
    });
  });

  it.each([
    ["email", ["E-mail", "Email address", "Mail", "EMAIL", "e_mail", "Email Address:"]],
    ["firstName", ["Forename", "Given name", "First_name", "FirstName", "first name", "FIRST-NAME"]],
    ["lastName", ["Surname", "Family name", "Last_Name", "lastname"]],
    ["active", ["Status", "Enabled", "Is active", "is_active", "ACTIVE"]],
  ])("maps synonyms for %s", (key, headers) => {
    for (const header of headers) {
      expect(matchHeaders(["Notes", header], BUILT_IN_FIELDS), header).toEqual({ 1: key });
    }
  });

  it("maps custom fields by label or key", () => {
    const mapping = matchHeaders(["Email", "department", "JOB TITLE", "employee_id", "startDate"], ALL_FIELDS);
    expect(mapping).toEqual({ 0: "email", 1: "department", 2: "jobTitle", 3: "employeeId", 4: "startDate" });
  });

  it("maps near misses of longer labels (edit distance ≤ 2)", () => {
    expect(matchHeaders(["Departmnet", "Lsat name", "Frist name", "Job Ttile", "Emplyee ID"], ALL_FIELDS)).toEqual({
      0: "department",
      1: "lastName",
      2: "firstName",
      3: "jobTitle",
      4: "employeeId",
    });
  });

  it("does not fuzzily match short names, distant ones, or near misses of synonyms", () => {
    expect(matchHeaders(["Sit", "Grad", "Emal", "Dept name", "Departmental budget"], ALL_FIELDS)).toEqual({});
    // "username" is two edits from the synonym "surname", but must not become Last Name.
    expect(matchHeaders(["Username", "Emial address"], ALL_FIELDS)).toEqual({});
  });

  it("prefers an exact match over a synonym and a synonym over a near miss", () => {
    expect(matchHeaders(["Mail", "Email"], BUILT_IN_FIELDS)).toEqual({ 1: "email" });
    expect(matchHeaders(["Departmnet", "Dept", "Department"], ALL_FIELDS)).toEqual({ 2: "department" });
    expect(matchHeaders(["Firstname1", "Forename"], BUILT_IN_FIELDS)).toEqual({ 1: "firstName" });
  });

  it("lets a custom field's own label beat a built-in synonym", () => {
    const fields = [...BUILT_IN_FIELDS, field("status", "Status")];
    expect(matchHeaders(["Email", "Status", "Active"], fields)).toEqual({ 0: "email", 1: "status", 2: "active" });
  });

  it("never maps a field twice: the leftmost of equally good columns wins", () => {
    const mapping = matchHeaders(["Email", "E-mail", "email", "Surname", "Last name"], BUILT_IN_FIELDS);
    expect(mapping).toEqual({ 0: "email", 4: "lastName" });
    expect(duplicateTargets(mapping)).toEqual([]);
  });

  it("ignores headers that normalise to nothing", () => {
    expect(matchHeaders(["", "--", "#"], ALL_FIELDS)).toEqual({});
  });

  it("copes with thousands of columns", () => {
    const headers = Array.from({ length: 10_000 }, (_, i) => `Column ${i}`);
    headers[9_999] = "Email";
    expect(matchHeaders(headers, ALL_FIELDS)).toEqual({ 9999: "email" });
  });
});

describe("missingRequired", () => {
  it("lists unmapped required fields in the order asked for", () => {
    expect(missingRequired({ 0: "email", 2: "active" }, ALL_FIELDS).map((f) => f.key)).toEqual(["firstName", "lastName"]);
  });

  it("treats empty targets as unmapped and accepts a custom required list", () => {
    expect(missingRequired({ 0: "", 1: "firstName" }, ALL_FIELDS, ["email", "firstName"]).map((f) => f.key)).toEqual([
      "email",
    ]);
    expect(missingRequired({ 0: "email" }, ALL_FIELDS, ["email"])).toEqual([]);
  });
});

describe("duplicateTargets", () => {
  it("lists keys that more than one column feeds, once each, ignoring empty targets", () => {
    expect(duplicateTargets({ 0: "email", 1: "", 2: "email", 3: "", 4: "department", 5: "department", 6: "email" })).toEqual([
      "email",
      "department",
    ]);
    expect(duplicateTargets({ 0: "email", 1: "firstName" })).toEqual([]);
  });
});

describe("disabledFieldNamedBy", () => {
  const costCentre = { ...field("cf_cost_centre", "Cost Centre"), enabled: false };
  const fields = [...ALL_FIELDS.map((f) => ({ ...f, enabled: true })), costCentre];

  it("finds the disabled field a header names by label or key, ignoring case, spacing and punctuation", () => {
    for (const header of ["Cost Centre", "cost-centre", " COST_CENTRE ", "cf_cost_centre"]) expect(disabledFieldNamedBy(header, fields), header).toBe(costCentre);
  });

  it("finds nothing for headers that name an enabled field, only nearly name the disabled one, or are blank", () => {
    for (const header of ["Department", "Email", "Cost Centres", "Cost", "", "  "]) expect(disabledFieldNamedBy(header, fields), header).toBeUndefined();
  });

  it("leaves a header alone when an enabled field goes by the same name", () => {
    const renamed = { ...field("costcentre", "Cost-Centre"), enabled: true };
    expect(disabledFieldNamedBy("Cost Centre", [...fields, renamed])).toBeUndefined();
  });
});

describe("fieldNamedBy", () => {
  const costCentre = { ...field("cf_cost_centre", "Cost Centre"), enabled: true };
  const fields = [...ALL_FIELDS.map((f) => ({ ...f, enabled: true })), costCentre];

  it("finds the field a header names however it is punctuated or cased", () => {
    for (const header of ["Cost-Centre", "cost centre", "COST_CENTRE", "cf_cost_centre"]) expect(fieldNamedBy(header, fields), header).toBe(costCentre);
  });

  it("prefers an enabled field to a disabled one of the same name", () => {
    const disabled = { ...field("costcentre", "CostCentre"), enabled: false };
    expect(fieldNamedBy("Cost Centre", [disabled, ...fields])).toBe(costCentre);
  });

  it("finds nothing for a header that only resembles a field, or is blank", () => {
    for (const header of ["Cost Centres", "Centre", "", " "]) expect(fieldNamedBy(header, fields), header).toBeUndefined();
  });
});
