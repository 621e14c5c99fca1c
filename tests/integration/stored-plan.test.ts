import pg from "pg";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { getDb } from "@/lib/db";
import { createGroup } from "@/lib/server/groups/create-group";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { planImport } from "@/lib/server/imports/plan-import";
import { queueImport } from "@/lib/server/imports/queue-import";
import { readLearnersVersion } from "@/lib/server/imports/stored-plan/learners-version";
import { loadReview } from "@/lib/server/imports/stored-plan/load-review";
import { fixDraftRow, saveDraftOptions } from "@/lib/server/imports/update-draft";
import { draftCsv } from "./support/drafts";
import { createTestOrganisation, staffCsv } from "./support/fixtures";

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;

const review = (org: Org, importId: string, query: { filter?: "all" | "problems" | "create" | "update" | "unchanged"; page?: number } = {}) =>
  getDb().then((db) => loadReview(db, org.organisationId, importId, { page: 1, pageSize: 50, ...query }));

async function addLearner(org: Org, email: string, firstName = "Old") {
  await (await getDb()).learner.create({ data: { organisationId: org.organisationId, email, emailKey: email, firstName, lastName: "Name" } });
}

describe("the review's stored plan", () => {
  it("is computed once, then pages and filters read the stored rows: the same rows the full plan has", async () => {
    const org = await createTestOrganisation();
    await addLearner(org, "person3@example.com", "First3");
    const importId = await draftCsv(org, `${staffCsv(120)}\nnot-an-email,A,B,1,Sales,Role,1`);
    const full = await planImport(await getDb(), org.organisationId, importId);

    const first = await review(org, importId, { filter: "all" });
    expect(first.computed).toBe(true);
    expect(first.summary.counts).toEqual(full.counts);
    expect(first.rows).toEqual(full.rows.slice(0, 50));

    const stored = await review(org, importId, { filter: "all", page: 3 });
    expect(stored.computed).toBe(false);
    expect(stored).toMatchObject({ page: 3, pageCount: 3, total: 121 });
    expect(stored.rows).toEqual(full.rows.slice(100));

    const problems = await review(org, importId);
    expect(problems).toMatchObject({ computed: false, filter: "problems", total: 1 });
    expect(problems.rows.map((r) => r.email)).toEqual(["not-an-email"]);
    const updated = await review(org, importId, { filter: "update" });
    expect(updated.rows).toEqual(full.rows.filter((r) => r.action === "update"));
    // Rows of the plan's commonest action (here "create") are stored as "no row": only the rest are.
    expect(stored.summary.defaultAction).toBe("create");
    const storedRows = await (await getDb()).importRowPlan.findMany({ where: { importId }, orderBy: { rowNumber: "asc" }, select: { action: true } });
    expect(storedRows.map((r) => r.action)).toEqual(["update", "error"]);
  });

  it("is computed again when the learners, the groups, the options or a row change: never shown stale", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const importId = await draftCsv(org, "Email,First Name,Last Name,Active,Groups\nann@x.com,Ann,Able,1,Fire wardens\nbob@x.com,Bob,Best,1,");
    expect((await review(org, importId)).summary).toMatchObject({ counts: { create: 2, update: 0 }, newGroups: { names: ["Fire wardens"], rows: 1 } });
    expect((await review(org, importId)).computed).toBe(false);

    // Another import (or the directory, or SCIM) adds Ann: her row is an update now.
    await addLearner(org, "ann@x.com");
    const afterLearner = await review(org, importId, { filter: "all" });
    expect(afterLearner.computed).toBe(true);
    expect(afterLearner.summary.counts).toMatchObject({ create: 1, update: 1 });
    expect(afterLearner.rows.find((r) => r.email === "ann@x.com")?.changes).toContainEqual({ field: "firstName", from: "Old", to: "Ann" });

    // The group now exists: nothing new to create.
    await createGroup(db, org.organisationId, { name: "Fire wardens", adminId: org.adminId });
    const afterGroup = await review(org, importId);
    expect(afterGroup).toMatchObject({ computed: true, summary: { newGroups: { names: [] } } });

    expect(await saveDraftOptions(db, org.organisationId, importId, importOptionsSchema.parse({ mode: "create" }))).toEqual({ ok: true });
    const afterOptions = await review(org, importId, { filter: "all" });
    expect(afterOptions).toMatchObject({ computed: true, summary: { counts: { create: 1, skip: 1 } } });

    // A fixed row: Bob's email corrected to Ann's makes his row a duplicate.
    expect(await fixDraftRow(db, org.organisationId, importId, 3, { 0: "ann@x.com" })).toEqual({ ok: true });
    const afterFix = await review(org, importId, { filter: "all" });
    expect(afterFix.computed).toBe(true);
    expect(afterFix.rows.find((r) => r.rowNumber === 3)).toMatchObject({ action: "error" });
    expect((await review(org, importId)).computed).toBe(false);
  });

  it("notices a change committed after the plan's version was read, even one that took its mark earlier", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const early = new pg.Client({ connectionString: inject("databaseUrl") });
    await early.connect();
    try {
      await early.query("BEGIN");
      // Takes a LearnersChange id first, commits last.
      await early.query(`INSERT INTO "Learner" ("id", "organisationId", "email", "emailKey", "firstName", "lastName", "updatedAt") VALUES ('l-early', $1, 'early@x.com', 'early@x.com', 'E', 'E', now())`, [org.organisationId]);
      await addLearner(org, "late@x.com");
      const before = await readLearnersVersion(db, org.organisationId);
      await early.query("COMMIT");
      expect(await readLearnersVersion(db, org.organisationId)).not.toBe(before);
    } finally {
      await early.end();
    }
  });

  it("marks the version for learner edits that matter to a plan, not for a welcome email's status", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    await addLearner(org, "cat@x.com");
    const start = await readLearnersVersion(db, org.organisationId);
    await db.learner.updateMany({ where: { organisationId: org.organisationId }, data: { welcomeStatus: "SENT", welcomeSentAt: new Date() } });
    expect(await readLearnersVersion(db, org.organisationId)).toBe(start);
    await db.learner.updateMany({ where: { organisationId: org.organisationId }, data: { customFields: { cf_department: "Kitchen" } } });
    const edited = await readLearnersVersion(db, org.organisationId);
    expect(edited).not.toBe(start);

    const other = await createTestOrganisation();
    await addLearner(other, "cat@x.com");
    expect(await readLearnersVersion(db, org.organisationId)).toBe(edited);

    const group = await db.group.create({ data: { organisationId: org.organisationId, name: "Wardens", nameKey: "wardens" } });
    const withGroup = await readLearnersVersion(db, org.organisationId);
    expect(withGroup).not.toBe(edited);
    const cat = await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId } });
    await db.groupMember.create({ data: { groupId: group.id, learnerId: cat.id } });
    const joined = await readLearnersVersion(db, org.organisationId);
    expect(joined).not.toBe(withGroup);
    await db.groupMember.deleteMany({ where: { groupId: group.id } });
    expect(await readLearnersVersion(db, org.organisationId)).not.toBe(joined);
  });

  it("is dropped when the draft is queued", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const importId = await draftCsv(org, `${staffCsv(3)}\nnot-an-email,A,B,1,Sales,Role,1`);
    await review(org, importId);
    expect(await db.importRowPlan.count({ where: { importId } })).toBe(1);
    expect(await queueImport(db, { organisationId: org.organisationId, adminId: org.adminId, importId, options: importOptionsSchema.parse({ sendWelcome: false }) })).toEqual({ ok: true });
    expect(await db.importRowPlan.count({ where: { importId } })).toBe(0);
  });
});
