import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { errorReportLines } from "@/lib/csv/error-report";
import { parseCsvText } from "@/lib/imports/parse";
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

describe("the error report of an import with many rejected rows", () => {
  it("lists every failed and skipped row once, in file order, however the batches fall", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    const first = await queueCsv(org, staffCsv(300), { sendWelcome: false });
    await processImportSteps({ importId: first, organisationId: org.organisationId }, inProcessSteps);

    // Every third row has a broken email (failed); of the others, the first 300 people exist already (skipped: create only).
    const rows = 1_500;
    const lines = staffCsv(rows).split("\n");
    const csv = lines.map((line, i) => (i > 0 && (i - 1) % 3 === 0 ? line.replace(/^person/, "broken-person").replace("@example.com", "") : line)).join("\n");
    const importId = await queueCsv(org, csv, { sendWelcome: false, mode: "create" });
    await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
    const expected = Array.from({ length: rows }, (_, i) => i).filter((i) => i % 3 === 0 || i < 300);
    expect(await db.importRow.count({ where: { importId, outcome: { in: ["FAILED", "SKIPPED"] } } })).toBe(expected.length);

    const job = await db.importJob.findUniqueOrThrow({ where: { id: importId } });
    const read = async (batchSize?: number) => {
      let text = "";
      for await (const chunk of errorReportLines(db, importId, job.headers, { batchSize })) text += chunk;
      return text;
    };
    const report = await read(37); // batches that end mid-run of failed rows, skipped rows and applied ones
    const parsed = parseCsvText(report);
    expect(parsed.headers).toEqual([...job.headers, "Error"]);
    const records = parsed.rows.map((r) => r.cells);
    expect(records.map((r) => r[6])).toEqual(expected.map((i) => String(i).padStart(6, "0")));
    expect(records.every((r) => r[7]!.length > 0)).toBe(true);
    expect(records.filter((r) => r[0]!.startsWith("broken-")).length).toBe(expected.filter((i) => i % 3 === 0).length);

    // The route streams the same file with its own batch size.
    session.admin = { organisationId: org.organisationId, role: "VIEWER", organisation: { slug: org.slug } };
    const download = await GET(new Request(`http://localhost/api/imports/${importId}/errors`), { params: Promise.resolve({ id: importId }) });
    expect(download.status).toBe(200);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await download.arrayBuffer())).toBe(report);
  });
});
