import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import { runImportRetention } from "@/lib/server/retention/run-import-retention";
import { createTestOrganisation, queueCsv, staffCsv } from "./support/fixtures";

type Admin = { organisationId: string; role: "OWNER" | "ADMIN" | "VIEWER"; organisation: { slug: string } } | null;
const session = vi.hoisted(() => ({ admin: null as Admin }));
vi.mock("@/lib/auth/require-admin", () => ({ getCurrentAdmin: async () => session.admin }));

const { GET } = await import("@/app/api/imports/[id]/errors/route");

beforeEach(() => {
  session.admin = null;
});

describe("GET /api/imports/[id]/errors", () => {
  it("downloads the rejected rows while the file's contents are kept, and says why not once they were purged", async () => {
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, `${staffCsv(2)}\nbroken-email,No,Address,1,Sales,Role,000999`, { sendWelcome: false });
    await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
    session.admin = { organisationId: org.organisationId, role: "VIEWER", organisation: { slug: org.slug } };
    const download = () => GET(new Request(`http://localhost/api/imports/${importId}/errors`), { params: Promise.resolve({ id: importId }) });

    const kept = await download();
    expect(kept.status).toBe(200);
    expect(await kept.text()).toContain("broken-email");

    const db = await getDb();
    const { finishedAt } = await db.importJob.findUniqueOrThrow({ where: { id: importId } });
    await runImportRetention(db, { now: new Date(finishedAt!.getTime() + 91 * 24 * 60 * 60 * 1000) });
    const purged = await download();
    expect(purged.status).toBe(410);
    expect(await purged.text()).toMatch(/^The file's contents were deleted on .+ under your organisation's retention policy, so there is no error report any more\. The counts are kept\.$/);
  });
});
