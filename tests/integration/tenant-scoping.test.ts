import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getImport } from "@/lib/server/imports/get-import";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { planImport } from "@/lib/server/imports/plan-import";
import { queueImport } from "@/lib/server/imports/queue-import";
import { draftCsv } from "./support/drafts";
import { createTestOrganisation, staffCsv } from "./support/fixtures";

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;

describe("an organisation's imports are invisible to other organisations", () => {
  let orgA: Org;
  let orgB: Org;

  beforeAll(async () => {
    [orgA, orgB] = [await createTestOrganisation(), await createTestOrganisation()];
  });

  it("getImport returns null for another organisation's import", async () => {
    const db = await getDb();
    const importOfB = await draftCsv(orgB, staffCsv(3));
    expect(await getImport(db, orgA.organisationId, importOfB)).toBeNull();
    expect(await getImport(db, orgB.organisationId, importOfB)).toMatchObject({ id: importOfB, organisationId: orgB.organisationId });
  });

  it("planImport refuses to plan another organisation's import", async () => {
    const db = await getDb();
    const importOfB = await draftCsv(orgB, staffCsv(3));
    await expect(planImport(db, orgA.organisationId, importOfB)).rejects.toThrow();
    const own = await planImport(db, orgB.organisationId, importOfB);
    expect(own.counts).toMatchObject({ create: 3, error: 0 });
  });

  it("queueImport answers as if another organisation's import didn't exist and leaves it untouched", async () => {
    const db = await getDb();
    const importOfB = await draftCsv(orgB, staffCsv(3), { sendWelcome: false });
    const before = await db.importJob.findUniqueOrThrow({ where: { id: importOfB } });
    const options = importOptionsSchema.parse({ mode: "create", sendWelcome: true });

    const foreign = await queueImport(db, { organisationId: orgA.organisationId, adminId: orgA.adminId, importId: importOfB, options });
    const missing = await queueImport(db, { organisationId: orgA.organisationId, adminId: orgA.adminId, importId: "no-such-import", options });
    expect(foreign).toEqual({ ok: false, error: "This import doesn't exist." });
    expect(foreign).toEqual(missing);

    expect(await db.importJob.findUniqueOrThrow({ where: { id: importOfB } })).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "import.queued", detail: { path: ["importId"], equals: importOfB } } })).toBe(0);

    // Its own organisation can still confirm it.
    expect(await queueImport(db, { organisationId: orgB.organisationId, adminId: orgB.adminId, importId: importOfB, options })).toEqual({ ok: true });
    expect(await db.importJob.findUniqueOrThrow({ where: { id: importOfB } })).toMatchObject({ status: "QUEUED", adminId: orgB.adminId, options });
  });
});
