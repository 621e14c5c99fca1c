import { describe, expect, it } from "vitest";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { getDb } from "@/lib/db";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import { undoImport } from "@/lib/server/imports/undo-import";
import { createTestOrganisation, learnerSnapshot, queueCsv, staffCsv } from "./support/fixtures";

async function importCsv(org: { organisationId: string; adminId: string }, csv: string) {
  const importId = await queueCsv(org, csv, { sendWelcome: false });
  await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
  return importId;
}

describe("undo import", () => {
  it("restores exactly the state before the import", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, staffCsv(50));
    const before = await learnerSnapshot(org.organisationId);

    // Updates 10 existing learners and adds 20 new ones.
    const second = await importCsv(org, staffCsv(30, { offset: 40, department: () => "Ops" }));
    expect(await learnerSnapshot(org.organisationId)).not.toEqual(before);

    const result = await undoImport(await getDb(), org.organisationId, second, { adminId: org.adminId });
    expect(result).toEqual({ ok: true, summary: { deleted: 20, archived: 0, restored: 10, keptChanged: 0, groupsDeleted: 0 } });
    expect(await learnerSnapshot(org.organisationId)).toEqual(before);
    expect((await (await getDb()).importJob.findUniqueOrThrow({ where: { id: second } })).status).toBe("UNDONE");
  });

  it("archives created users and keeps updated ones that were changed since, and says so", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, staffCsv(5));
    const second = await importCsv(org, staffCsv(4, { offset: 3, department: () => "Ops" }));
    const db = await getDb();
    // Changed elsewhere after the import: one created learner and one updated learner.
    await db.learner.updateMany({ where: { organisationId: org.organisationId, emailKey: { in: ["person6@example.com", "person3@example.com"] } }, data: { firstName: "Edited" } });

    const result = await undoImport(db, org.organisationId, second, { adminId: org.adminId });
    expect(result).toEqual({ ok: true, summary: { deleted: 1, archived: 1, restored: 1, keptChanged: 1, groupsDeleted: 0 } });
    const learners = await learnerSnapshot(org.organisationId);
    expect(learners.find((l) => l.emailKey === "person6@example.com")).toMatchObject({ firstName: "Edited", active: false });
    expect(learners.find((l) => l.emailKey === "person5@example.com")).toBeUndefined();
    expect(learners.find((l) => l.emailKey === "person3@example.com")).toMatchObject({ firstName: "Edited", customFields: { cf_department: "Ops" } });
    expect(learners.find((l) => l.emailKey === "person4@example.com")).toMatchObject({ customFields: { cf_department: "Sales" } });
  });

  it("refuses a second undo and another organisation's import", async () => {
    const org = await createTestOrganisation();
    const other = await createTestOrganisation();
    const importId = await importCsv(org, staffCsv(2));
    const db = await getDb();
    expect(await undoImport(db, other.organisationId, importId, { adminId: other.adminId })).toEqual({ ok: false, error: "This import doesn't exist." });
    expect(await db.learner.count({ where: { organisationId: org.organisationId } })).toBe(2);
    expect((await undoImport(db, org.organisationId, importId, { adminId: org.adminId })).ok).toBe(true);
    expect(await undoImport(db, org.organisationId, importId, { adminId: org.adminId })).toEqual({ ok: false, error: "Only a completed import can be undone." });
  });
});
