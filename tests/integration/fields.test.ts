import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { countFieldValues } from "@/lib/server/fields/count-field-values";
import { createField } from "@/lib/server/fields/create-field";
import { FIELD_NOT_FOUND } from "@/lib/server/fields/field-rules";
import { listFields } from "@/lib/server/fields/list-fields";
import { moveField } from "@/lib/server/fields/move-field";
import { setFieldEnabled } from "@/lib/server/fields/set-field-enabled";
import { updateField } from "@/lib/server/fields/update-field";
import { fieldDefinitionSchema, updateFieldSchema } from "@/lib/validations/fields";
import { createTestOrganisation } from "./support/fixtures";

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;

async function fieldByLabel(org: Org, label: string) {
  return (await getDb()).profileField.findFirstOrThrow({ where: { organisationId: org.organisationId, label } });
}

async function labels(org: Org, opts: { includeDisabled?: boolean } = {}) {
  return (await listFields(await getDb(), org.organisationId, opts)).map((f) => f.label);
}

async function fieldAudits(org: Org) {
  return (await getDb()).auditLog.findMany({ where: { organisationId: org.organisationId, action: "fields.changed" }, orderBy: { id: "asc" } });
}

async function addLearner(org: Org, email: string, customFields: Record<string, string>) {
  return (await getDb()).learner.create({ data: { organisationId: org.organisationId, email, emailKey: email, customFields } });
}

const text = (label: string) => ({ label, type: "TEXT" as const, options: [] });

describe("adding a custom field", () => {
  it("adds it after the existing fields, under a key made from its label, and records who did it", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const result = await createField(db, org.organisationId, { ...text("  Cost   Centre "), adminId: org.adminId });

    expect(result).toMatchObject({ ok: true, data: { label: "Cost Centre", key: "cf_cost_centre", labelKey: "cost centre", type: "TEXT", builtIn: false, enabled: true, position: 7 } });
    expect(await labels(org)).toEqual(["Email", "First Name", "Last Name", "Active", "Department", "Job Title", "Employee ID", "Cost Centre"]);
    const [entry] = await fieldAudits(org);
    expect(entry).toMatchObject({ adminId: org.adminId, detail: { change: "created", key: "cf_cost_centre", label: "Cost Centre", type: "TEXT" } });
  });

  it("refuses a label another field has, ignoring capitals and spacing, and names that field", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    expect(await createField(db, org.organisationId, { ...text("job  TITLE"), adminId: org.adminId })).toEqual({
      ok: false,
      error: "A field called “Job Title” already exists.",
      path: "label",
    });
    expect(await createField(db, org.organisationId, { ...text("email"), adminId: org.adminId })).toMatchObject({ ok: false, error: "A field called “Email” already exists." });
    expect(await labels(org, { includeDisabled: true })).toHaveLength(7);
    expect(await fieldAudits(org)).toEqual([]);
  });

  it("keeps a disabled field's label taken and says to enable it instead", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const department = await fieldByLabel(org, "Department");
    await setFieldEnabled(db, org.organisationId, { id: department.id, enabled: false, adminId: org.adminId });
    expect(await createField(db, org.organisationId, { ...text("Department"), adminId: org.adminId })).toMatchObject({
      ok: false,
      error: "A field called “Department” already exists. It is disabled: enable it instead of adding another.",
    });
  });

  it("allows the same label in another organisation", async () => {
    const [orgA, orgB] = [await createTestOrganisation(), await createTestOrganisation()];
    const db = await getDb();
    expect(await createField(db, orgA.organisationId, { ...text("Cost Centre"), adminId: orgA.adminId })).toMatchObject({ ok: true });
    expect(await createField(db, orgB.organisationId, { ...text("Cost Centre"), adminId: orgB.adminId })).toMatchObject({ ok: true });
  });

  it("stores the options of a one-of-a-list field, trimmed, and none for other types", async () => {
    const org = await createTestOrganisation([]);
    const db = await getDb();
    const site = await createField(db, org.organisationId, { label: "Site", type: "SELECT", options: [" Leeds ", "", "York"], adminId: org.adminId });
    expect(site).toMatchObject({ ok: true, data: { type: "SELECT", options: ["Leeds", "York"] } });
    const badge = await createField(db, org.organisationId, { label: "Badge", type: "NUMBER", options: ["ignored"], adminId: org.adminId });
    expect(badge).toMatchObject({ ok: true, data: { type: "NUMBER", options: [] } });
  });

  it("refuses a one-of-a-list field without options or with an option listed twice", async () => {
    const org = await createTestOrganisation([]);
    const db = await getDb();
    expect(await createField(db, org.organisationId, { label: "Site", type: "SELECT", options: [" "], adminId: org.adminId })).toEqual({
      ok: false,
      error: "Add at least one option, one per line.",
      path: "options",
    });
    expect(await createField(db, org.organisationId, { label: "Site", type: "SELECT", options: ["Leeds", "LEEDS"], adminId: org.adminId })).toEqual({
      ok: false,
      error: "“LEEDS” is listed twice. Each option must be different (capitals don't count).",
      path: "options",
    });
    expect(await labels(org)).toEqual(["Email", "First Name", "Last Name", "Active"]);
  });

  it("refuses a blank label", async () => {
    const org = await createTestOrganisation([]);
    expect(await createField(await getDb(), org.organisationId, { ...text("   "), adminId: org.adminId })).toMatchObject({ ok: false, path: "label" });
  });

  it("gives a new field a fresh key when a renamed field still holds the one its label would get", async () => {
    const org = await createTestOrganisation(["Dept"]);
    const db = await getDb();
    const dept = await fieldByLabel(org, "Dept");
    await updateField(db, org.organisationId, { id: dept.id, ...text("Department"), adminId: org.adminId });
    const result = await createField(db, org.organisationId, { ...text("Dept"), adminId: org.adminId });
    expect(result).toMatchObject({ ok: true, data: { key: "cf_dept_2", label: "Dept" } });
    expect((await fieldByLabel(org, "Department")).key).toBe("cf_dept");
  });
});

describe("editing a custom field", () => {
  it("renames it without changing its key, so users keep their values", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const department = await fieldByLabel(org, "Department");
    await addLearner(org, `ann-${org.slug}@example.com`, { cf_department: "Sales" });

    const result = await updateField(db, org.organisationId, { id: department.id, ...text("Team"), adminId: org.adminId });
    expect(result).toMatchObject({ ok: true, data: { changed: true, field: { label: "Team", labelKey: "team", key: "cf_department" } } });
    const learner = await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId } });
    expect(learner.customFields).toEqual({ cf_department: "Sales" });
    const [entry] = await fieldAudits(org);
    expect(entry?.detail).toEqual({ change: "updated", fieldId: department.id, key: "cf_department", changes: { label: { from: "Department", to: "Team" } } });
  });

  it("lets a field change the capitals of its own label", async () => {
    const org = await createTestOrganisation();
    const jobTitle = await fieldByLabel(org, "Job Title");
    expect(await updateField(await getDb(), org.organisationId, { id: jobTitle.id, ...text("Job title"), adminId: org.adminId })).toMatchObject({ ok: true, data: { changed: true } });
    expect((await fieldByLabel(org, "Job title")).labelKey).toBe("job title");
  });

  it("refuses to rename it to another field's label and changes nothing", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const jobTitle = await fieldByLabel(org, "Job Title");
    expect(await updateField(db, org.organisationId, { id: jobTitle.id, ...text("  department "), adminId: org.adminId })).toEqual({
      ok: false,
      error: "A field called “Department” already exists.",
      path: "label",
    });
    expect(await db.profileField.findUniqueOrThrow({ where: { id: jobTitle.id } })).toEqual(jobTitle);
  });

  it("changes the type of a field that has values and leaves the values as they are", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const employeeId = await fieldByLabel(org, "Employee ID");
    await addLearner(org, `bob-${org.slug}@example.com`, { cf_employee_id: "E-17" });
    expect(await countFieldValues(db, org.organisationId)).toEqual({ cf_employee_id: 1 });

    const result = await updateField(db, org.organisationId, { id: employeeId.id, label: "Employee ID", type: "NUMBER", options: [], adminId: org.adminId });
    expect(result).toMatchObject({ ok: true, data: { field: { type: "NUMBER", key: "cf_employee_id" } } });
    const learner = await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId } });
    expect(learner.customFields).toEqual({ cf_employee_id: "E-17" });
    expect((await fieldAudits(org))[0]?.detail).toMatchObject({ changes: { type: { from: "TEXT", to: "NUMBER" } } });
  });

  it("turns a text field into a one-of-a-list field only with options, and back again without them", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const department = await fieldByLabel(org, "Department");
    const select = { id: department.id, label: "Department", type: "SELECT" as const, adminId: org.adminId };
    expect(await updateField(db, org.organisationId, { ...select, options: [] })).toMatchObject({ ok: false, path: "options" });
    expect(await updateField(db, org.organisationId, { ...select, options: ["Sales", "sales "] })).toMatchObject({ ok: false, path: "options" });
    expect(await updateField(db, org.organisationId, { ...select, options: ["Sales", "Support"] })).toMatchObject({ ok: true, data: { field: { options: ["Sales", "Support"] } } });
    expect(await updateField(db, org.organisationId, { ...select, type: "TEXT", options: ["Sales"] })).toMatchObject({ ok: true, data: { field: { type: "TEXT", options: [] } } });
  });

  it("saves nothing and records nothing when nothing changed", async () => {
    const org = await createTestOrganisation();
    const department = await fieldByLabel(org, "Department");
    expect(await updateField(await getDb(), org.organisationId, { id: department.id, ...text(" Department "), adminId: org.adminId })).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    expect(await fieldAudits(org)).toEqual([]);
  });
});

describe("enabling and disabling a custom field", () => {
  it("hides a disabled field from the template's field list but keeps users' values, and brings it back", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const department = await fieldByLabel(org, "Department");
    await addLearner(org, `cy-${org.slug}@example.com`, { cf_department: "Support" });

    expect(await setFieldEnabled(db, org.organisationId, { id: department.id, enabled: false, adminId: org.adminId })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await labels(org)).toEqual(["Email", "First Name", "Last Name", "Active", "Job Title", "Employee ID"]);
    expect(await labels(org, { includeDisabled: true })).toContain("Department");
    expect((await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId } })).customFields).toEqual({ cf_department: "Support" });

    expect(await setFieldEnabled(db, org.organisationId, { id: department.id, enabled: true, adminId: org.adminId })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await labels(org)).toContain("Department");
    expect((await fieldAudits(org)).map((entry) => (entry.detail as { change: string }).change)).toEqual(["disabled", "enabled"]);
  });

  it("records nothing when the field is already in the asked-for state", async () => {
    const org = await createTestOrganisation();
    const department = await fieldByLabel(org, "Department");
    expect(await setFieldEnabled(await getDb(), org.organisationId, { id: department.id, enabled: true, adminId: org.adminId })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await fieldAudits(org)).toEqual([]);
  });
});

describe("reordering custom fields", () => {
  it("swaps a field with its neighbour, disabled fields included, and keeps the built-in fields first", async () => {
    const org = await createTestOrganisation(["A", "B", "C"]);
    const db = await getDb();
    const [a, b, c] = [await fieldByLabel(org, "A"), await fieldByLabel(org, "B"), await fieldByLabel(org, "C")];
    await setFieldEnabled(db, org.organisationId, { id: b.id, enabled: false, adminId: org.adminId });

    expect(await moveField(db, org.organisationId, { id: c.id, direction: "up", adminId: org.adminId })).toEqual({ ok: true, data: undefined });
    expect(await labels(org, { includeDisabled: true })).toEqual(["Email", "First Name", "Last Name", "Active", "A", "C", "B"]);
    expect(await labels(org)).toEqual(["Email", "First Name", "Last Name", "Active", "A", "C"]);

    expect(await moveField(db, org.organisationId, { id: a.id, direction: "down", adminId: org.adminId })).toMatchObject({ ok: true });
    const fields = await listFields(db, org.organisationId, { includeDisabled: true });
    expect(fields.map((f) => [f.label, f.position])).toEqual([
      ["Email", 0],
      ["First Name", 1],
      ["Last Name", 2],
      ["Active", 3],
      ["C", 4],
      ["A", 5],
      ["B", 6],
    ]);
    expect((await fieldAudits(org)).at(-1)?.detail).toMatchObject({ change: "moved", direction: "down", key: a.key });
  });

  it("refuses to move the first custom field up or the last one down", async () => {
    const org = await createTestOrganisation(["A", "B"]);
    const db = await getDb();
    const [a, b] = [await fieldByLabel(org, "A"), await fieldByLabel(org, "B")];
    expect(await moveField(db, org.organisationId, { id: a.id, direction: "up", adminId: org.adminId })).toEqual({ ok: false, error: "“A” is already first." });
    expect(await moveField(db, org.organisationId, { id: b.id, direction: "down", adminId: org.adminId })).toEqual({ ok: false, error: "“B” is already last." });
    expect(await labels(org)).toEqual(["Email", "First Name", "Last Name", "Active", "A", "B"]);
  });

  it("repairs equal positions instead of leaving the order to chance", async () => {
    const org = await createTestOrganisation(["A", "B", "C"]);
    const db = await getDb();
    const [b, c] = [await fieldByLabel(org, "B"), await fieldByLabel(org, "C")];
    await db.profileField.update({ where: { id: c.id }, data: { position: b.position, createdAt: new Date(b.createdAt.getTime() + 1000) } });
    // B and C now share a position; B is older, so it counts as first.
    await moveField(db, org.organisationId, { id: c.id, direction: "up", adminId: org.adminId });
    const fields = await listFields(db, org.organisationId, { includeDisabled: true });
    expect(fields.map((f) => [f.label, f.position])).toEqual([
      ["Email", 0],
      ["First Name", 1],
      ["Last Name", 2],
      ["Active", 3],
      ["A", 4],
      ["C", 5],
      ["B", 6],
    ]);
  });
});

describe("built-in fields are locked", () => {
  it("can't be renamed, retyped, disabled or moved, and nothing changes", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const email = await fieldByLabel(org, "Email");
    const active = await fieldByLabel(org, "Active");

    expect(await updateField(db, org.organisationId, { id: email.id, ...text("E-mail"), adminId: org.adminId })).toEqual({
      ok: false,
      error: "Email is a built-in field: its label and type can't be changed.",
    });
    expect(await setFieldEnabled(db, org.organisationId, { id: active.id, enabled: false, adminId: org.adminId })).toEqual({
      ok: false,
      error: "Active is a built-in field: every import needs it, so it can't be disabled.",
    });
    expect(await moveField(db, org.organisationId, { id: active.id, direction: "down", adminId: org.adminId })).toEqual({
      ok: false,
      error: "Active is a built-in field: built-in fields always come first and can't be moved.",
    });
    expect(await db.profileField.findUniqueOrThrow({ where: { id: email.id } })).toEqual(email);
    expect(await db.profileField.findUniqueOrThrow({ where: { id: active.id } })).toEqual(active);
    expect(await fieldAudits(org)).toEqual([]);
  });
});

describe("an organisation's fields are out of reach of other organisations", () => {
  it("answers “not found” for another organisation's field, exactly as for a missing one, and changes nothing", async () => {
    const [orgA, orgB] = [await createTestOrganisation(), await createTestOrganisation()];
    const db = await getDb();
    const fieldOfB = await fieldByLabel(orgB, "Job Title");
    const asA = { adminId: orgA.adminId };
    const notFound = { ok: false, error: FIELD_NOT_FOUND };

    for (const id of [fieldOfB.id, "no-such-field"]) {
      expect(await updateField(db, orgA.organisationId, { id, ...text("Hijacked"), ...asA })).toEqual(notFound);
      expect(await setFieldEnabled(db, orgA.organisationId, { id, enabled: false, ...asA })).toEqual(notFound);
      expect(await moveField(db, orgA.organisationId, { id, direction: "up", ...asA })).toEqual(notFound);
    }
    expect(await db.profileField.findUniqueOrThrow({ where: { id: fieldOfB.id } })).toEqual(fieldOfB);
    expect(await labels(orgB)).toEqual(["Email", "First Name", "Last Name", "Active", "Department", "Job Title", "Employee ID"]);
    expect(await fieldAudits(orgA)).toEqual([]);
    expect(await fieldAudits(orgB)).toEqual([]);
  });

  it("counts only the organisation's own users' values, and not blank ones", async () => {
    const [orgA, orgB] = [await createTestOrganisation(), await createTestOrganisation()];
    await addLearner(orgA, `a1-${orgA.slug}@example.com`, { cf_department: "Sales", cf_job_title: "" });
    await addLearner(orgA, `a2-${orgA.slug}@example.com`, { cf_department: "Support" });
    await addLearner(orgB, `b1-${orgB.slug}@example.com`, { cf_department: "Sales", cf_employee_id: "7" });
    expect(await countFieldValues(await getDb(), orgA.organisationId)).toEqual({ cf_department: 2 });
  });
});

describe("the add and edit forms' rules", () => {
  it("reads options one per line and names the problem under Options", () => {
    expect(fieldDefinitionSchema.safeParse({ label: "Site", type: "SELECT", options: "Leeds\r\n\r\n York \n" }).success).toBe(true);
    const missing = fieldDefinitionSchema.safeParse({ label: "Site", type: "SELECT", options: "\n \n" });
    expect(missing.error?.issues).toMatchObject([{ path: ["options"], message: "Add at least one option, one per line." }]);
    const twice = updateFieldSchema.safeParse({ id: "f1", label: "Site", type: "SELECT", options: "Leeds\nleeds" });
    expect(twice.error?.issues).toMatchObject([{ path: ["options"], message: "“leeds” is listed twice. Each option must be different (capitals don't count)." }]);
    expect(fieldDefinitionSchema.safeParse({ label: "Site", type: "TEXT", options: "Leeds\nleeds" }).success).toBe(true);
  });

  it("asks for a label and a known type", () => {
    const result = fieldDefinitionSchema.safeParse({ label: "  ", type: "COLOUR", options: "" });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(["label", "type"]);
  });
});

describe("creating a field from an import column", () => {
  it("refuses a column that already names a field, however punctuated, and says which field to pick or enable", async () => {
    const { createFieldFromColumn } = await import("@/lib/server/imports/update-draft");
    const { draftCsv } = await import("./support/drafts");
    const db = await getDb();
    const org = await createTestOrganisation(["Department", "Cost Centre", "Site"]);
    const site = (await listFields(db, org.organisationId)).find((f) => f.label === "Site")!;
    await setFieldEnabled(db, org.organisationId, { id: site.id, enabled: false, adminId: org.adminId });
    const draftId = await draftCsv(org, "Email,First Name,Last Name,Active,Cost-Centre,SITE\nann@example.com,Ann,Lee,1,CC1,Leeds\n");
    const before = await listFields(db, org.organisationId, { includeDisabled: true });

    expect(await createFieldFromColumn(db, org.organisationId, org.adminId, draftId, 4)).toEqual({
      ok: false,
      error: "“Cost-Centre” is already the profile field “Cost Centre”. Choose it in the list for this column instead of creating another.",
    });
    expect(await createFieldFromColumn(db, org.organisationId, org.adminId, draftId, 5)).toEqual({
      ok: false,
      error: "“SITE” is the disabled profile field “Site”. Enable it in Settings → Profile fields to import this column.",
    });
    expect(await listFields(db, org.organisationId, { includeDisabled: true })).toEqual(before);
  });
});
