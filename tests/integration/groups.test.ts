import { describe, expect, it } from "vitest";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { exportLearnersCsv } from "@/lib/csv/export-learners";
import { getDb } from "@/lib/db";
import { changeGroupMembers } from "@/lib/server/groups/change-group-members";
import { createGroup } from "@/lib/server/groups/create-group";
import { deleteGroup } from "@/lib/server/groups/delete-group";
import { GROUP_NOT_FOUND } from "@/lib/server/groups/group-rules";
import { listGroups } from "@/lib/server/groups/list-groups";
import { setLearnerGroups } from "@/lib/server/groups/set-learner-groups";
import { updateGroup } from "@/lib/server/groups/update-group";
import type { ImportOptions } from "@/lib/server/imports/import-options";
import { planImport } from "@/lib/server/imports/plan-import";
import { undoImport } from "@/lib/server/imports/undo-import";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import { listLearners } from "@/lib/server/learners/list-learners";
import { DEFAULT_LIST_QUERY } from "@/lib/validations/learners";
import { draftCsv } from "./support/drafts";
import { createTestOrganisation, queueCsv } from "./support/fixtures";

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;

async function importCsv(org: Org, csv: string, options: Partial<ImportOptions> = {}) {
  const importId = await queueCsv(org, csv, { sendWelcome: false, ...options });
  await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
  return importId;
}

/** Each learner's groups by email, names sorted: what an admin would read off the users list. */
async function groupsByEmail(org: Org): Promise<Record<string, string[]>> {
  const rows = await (await getDb()).learner.findMany({
    where: { organisationId: org.organisationId },
    orderBy: { emailKey: "asc" },
    select: { emailKey: true, groups: { select: { group: { select: { name: true } } } } },
  });
  return Object.fromEntries(rows.map((row) => [row.emailKey, row.groups.map((m) => m.group.name).sort()]));
}

const HEADER = "Email,First Name,Last Name,Active,Groups";

describe("groups", () => {
  it("are created, renamed and deleted; names are unique ignoring case and spacing; deleting keeps the members", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const created = await createGroup(db, org.organisationId, { name: "  Fire   wardens ", description: "Trained staff", adminId: org.adminId });
    expect(created).toMatchObject({ ok: true, data: { name: "Fire wardens", nameKey: "fire wardens", description: "Trained staff" } });
    expect(await createGroup(db, org.organisationId, { name: "FIRE WARDENS", adminId: org.adminId })).toEqual({
      ok: false,
      error: "A group called “Fire wardens” already exists. Choose another name, or add the users to that group.",
      path: "name",
    });
    expect(await createGroup(db, org.organisationId, { name: "A; B", adminId: org.adminId })).toMatchObject({ ok: false, path: "name" });
    // Another organisation may use the same name.
    const other = await createTestOrganisation();
    expect((await createGroup(db, other.organisationId, { name: "Fire wardens", adminId: other.adminId })).ok).toBe(true);

    const groupId = created.ok ? created.data.id : "";
    expect(await updateGroup(db, org.organisationId, { id: groupId, name: "Fire marshals", adminId: org.adminId })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await updateGroup(db, other.organisationId, { id: groupId, name: "Stolen", adminId: other.adminId })).toEqual({ ok: false, error: GROUP_NOT_FOUND });

    await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Fire marshals\nbob@x.com,Bob,Best,1,fire MARSHALS`);
    expect(await listGroups(db, org.organisationId)).toMatchObject([{ name: "Fire marshals", members: 2 }]);
    expect(await deleteGroup(db, other.organisationId, { id: groupId, adminId: other.adminId })).toEqual({ ok: false, error: GROUP_NOT_FOUND });
    expect(await deleteGroup(db, org.organisationId, { id: groupId, adminId: org.adminId })).toEqual({ ok: true, data: { name: "Fire marshals", members: 2 } });
    expect(await listGroups(db, org.organisationId)).toEqual([]);
    expect(await groupsByEmail(org)).toEqual({ "ann@x.com": [], "bob@x.com": [] });
  });

  it("an import sets each user's groups to exactly the listed ones, leaves a blank cell alone, and creates new groups", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Site A; Fire wardens\nbob@x.com,Bob,Best,1,Site A\ncy@x.com,Cy,Cole,1,`);
    expect(await groupsByEmail(org)).toEqual({ "ann@x.com": ["Fire wardens", "Site A"], "bob@x.com": ["Site A"], "cy@x.com": [] });
    // Groups are memberships, not profile values.
    const profiles = await (await getDb()).learner.findMany({ where: { organisationId: org.organisationId }, select: { customFields: true } });
    expect(profiles.map((p) => p.customFields)).toEqual([{}, {}, {}]);

    const importId = await draftCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,site a\nbob@x.com,Bob,Best,1,\ncy@x.com,Cy,Cole,1,Night shift;Day shift`, { sendWelcome: false });
    const plan = await planImport(await getDb(), org.organisationId, importId);
    expect(plan.counts).toMatchObject({ update: 2, unchanged: 1 });
    expect(plan.newGroups).toEqual({ names: ["Day shift", "Night shift"], rows: 1 });
    expect(plan.rows.find((r) => r.email === "ann@x.com")?.changes).toEqual([{ field: "groups", from: "Fire wardens; Site A", to: "Site A" }]);

    await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,site a\nbob@x.com,Bob,Best,1,\ncy@x.com,Cy,Cole,1,Night shift;Day shift`);
    expect(await groupsByEmail(org)).toEqual({ "ann@x.com": ["Site A"], "bob@x.com": ["Site A"], "cy@x.com": ["Day shift", "Night shift"] });
    const updated = await (await getDb()).learner.findMany({ where: { organisationId: org.organisationId }, select: { customFields: true } });
    expect(updated.map((p) => p.customFields)).toEqual([{}, {}, {}]);
  });

  it("in add-only mode an import adds the listed groups and removes none", async () => {
    const org = await createTestOrganisation();
    await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Site A; Fire wardens`);
    await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Site B; site a`, { groupsMode: "add" });
    expect(await groupsByEmail(org)).toEqual({ "ann@x.com": ["Fire wardens", "Site A", "Site B"] });
  });

  it("with new groups refused, rows naming an unknown group fail and no group is created", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    await createGroup(db, org.organisationId, { name: "Site A", adminId: org.adminId });
    const importId = await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Site A\nbob@x.com,Bob,Best,1,Site A; Stie B`, { newGroups: "error" });
    const job = await db.importJob.findUniqueOrThrow({ where: { id: importId } });
    expect(job).toMatchObject({ createdCount: 1, failedCount: 1 });
    const failed = await db.importRow.findFirstOrThrow({ where: { importId, outcome: "FAILED" } });
    expect(failed.message).toBe("Row 3: “Stie B” is not a group yet. Correct the name, add the group on the Groups page, or let the import create new groups.");
    expect((await listGroups(db, org.organisationId)).map((g) => g.name)).toEqual(["Site A"]);
  });

  it("undo restores every user's previous groups exactly and deletes the groups the import created", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Site A; Fire wardens\nbob@x.com,Bob,Best,1,Site A\ncy@x.com,Cy,Cole,1,`);
    const before = await groupsByEmail(org);
    const second = await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Night shift\nbob@x.com,Bob,Best,1,Site A;Fire wardens\ncy@x.com,Cy,Cole,1,Site A\ndee@x.com,Dee,Dale,1,Night shift`);
    expect(await groupsByEmail(org)).not.toEqual(before);

    const result = await undoImport(db, org.organisationId, second, { adminId: org.adminId });
    expect(result).toEqual({ ok: true, summary: { deleted: 1, archived: 0, restored: 3, keptChanged: 0, groupsDeleted: 1 } });
    expect(await groupsByEmail(org)).toEqual(before);
    expect((await listGroups(db, org.organisationId)).map((g) => g.name)).toEqual(["Fire wardens", "Site A"]);
  });

  it("undo leaves a user whose groups were changed after the import as they are", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Site A`);
    const second = await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Site B`);
    const ann = await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId, emailKey: "ann@x.com" } });
    const siteA = (await listGroups(db, org.organisationId)).find((g) => g.name === "Site A")!;
    await changeGroupMembers(db, org.organisationId, { groupId: siteA.id, ids: [ann.id], change: "add", adminId: org.adminId });

    expect(await undoImport(db, org.organisationId, second, { adminId: org.adminId })).toMatchObject({ ok: true, summary: { restored: 0, keptChanged: 1, groupsDeleted: 0 } });
    expect(await groupsByEmail(org)).toEqual({ "ann@x.com": ["Site A", "Site B"] });
  });

  it("the export holds each user's groups, and importing it again changes nothing", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    await importCsv(org, `${HEADER},Department\nann@x.com,Ann,Able,1,Site A; =Formula,Sales\nbob@x.com,Bob,Best,0,,Ops`);
    let csv = "";
    for await (const chunk of exportLearnersCsv(db, org.organisationId)) csv += chunk;
    expect(csv.replace("\uFEFF", "").split("\r\n")[0]).toBe("Email,First Name,Last Name,Active,Department,Job Title,Employee ID,Groups");
    expect(csv).toContain("ann@x.com,Ann,Able,1,Sales,,,'=Formula; Site A");

    const importId = await draftCsv(org, csv.replace("\uFEFF", ""), { sendWelcome: false });
    const plan = await planImport(db, org.organisationId, importId);
    expect(plan.counts).toMatchObject({ create: 0, update: 0, unchanged: 2, error: 0 });
    expect(plan.newGroups.names).toEqual([]);
  });

  it("the users list filters by group, shows each user's groups, and bulk-adds and removes members", async () => {
    const org = await createTestOrganisation();
    const other = await createTestOrganisation();
    const db = await getDb();
    await importCsv(org, `${HEADER}\nann@x.com,Ann,Able,1,Site A\nbob@x.com,Bob,Best,1,Site B\ncy@x.com,Cy,Cole,1,Site A; Site B`);
    const groups = await listGroups(db, org.organisationId);
    const siteA = groups.find((g) => g.name === "Site A")!;
    const list = await listLearners(db, org.organisationId, { ...DEFAULT_LIST_QUERY, group: siteA.id });
    expect(list.rows.map((r) => [r.email, r.groups.map((g) => g.name)])).toEqual([
      ["ann@x.com", ["Site A"]],
      ["cy@x.com", ["Site A", "Site B"]],
    ]);
    expect(list.counts).toMatchObject({ active: 2, all: 2 });
    await db.learner.updateMany({ where: { organisationId: org.organisationId, emailKey: "cy@x.com" }, data: { active: false } });
    expect((await listLearners(db, org.organisationId, { ...DEFAULT_LIST_QUERY, group: siteA.id })).counts).toEqual({ active: 1, archived: 1, all: 2 });
    expect((await listLearners(db, org.organisationId, { ...DEFAULT_LIST_QUERY, group: siteA.id, q: "cy" })).counts).toEqual({ active: 0, archived: 1, all: 1 });
    // Another organisation's group id shows none of this organisation's users.
    expect((await listLearners(db, other.organisationId, { ...DEFAULT_LIST_QUERY, group: siteA.id })).total).toBe(0);

    const bob = await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId, emailKey: "bob@x.com" } });
    const ids = [bob.id, list.rows[0]!.id, "no-such-learner"];
    expect(await changeGroupMembers(db, org.organisationId, { groupId: siteA.id, ids, change: "add", adminId: org.adminId })).toEqual({
      ok: true,
      data: { group: "Site A", changed: 1, missing: 1 },
    });
    expect(await changeGroupMembers(db, other.organisationId, { groupId: siteA.id, ids, change: "remove", adminId: other.adminId })).toEqual({ ok: false, error: GROUP_NOT_FOUND });
    expect(await changeGroupMembers(db, org.organisationId, { groupId: siteA.id, ids, change: "remove", adminId: org.adminId })).toMatchObject({ ok: true, data: { changed: 2 } });
    expect(await groupsByEmail(org)).toEqual({ "ann@x.com": [], "bob@x.com": ["Site B"], "cy@x.com": ["Site A", "Site B"] });

    const siteB = groups.find((g) => g.name === "Site B")!;
    const otherGroup = await createGroup(db, other.organisationId, { name: "Theirs", adminId: other.adminId });
    const cy = await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId, emailKey: "cy@x.com" } });
    expect(await setLearnerGroups(db, org.organisationId, { learnerId: cy.id, groupIds: [siteB.id, otherGroup.ok ? otherGroup.data.id : ""], adminId: org.adminId })).toEqual({
      ok: true,
      data: { added: 0, removed: 1 },
    });
    expect(await groupsByEmail(org)).toMatchObject({ "cy@x.com": ["Site B"] });
  });
});
