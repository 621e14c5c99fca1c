import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { bytesSource } from "@/lib/imports/decode";
import { createCsvDraft } from "@/lib/server/imports/create-csv-draft";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { planImport } from "@/lib/server/imports/plan-import";
import { startImport } from "@/lib/server/imports/start-import";
import { queueImport } from "@/lib/server/imports/queue-import";
import { loadReview } from "@/lib/server/imports/stored-plan/load-review";
import { createTestOrganisation, staffCsv } from "./support/fixtures";

const ROWS = 12_000;
const options = importOptionsSchema.parse({ sendWelcome: false });
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A file read in small pieces, so rows arrive in many batches of the draft's transaction. */
const upload = async (org: { organisationId: string; adminId: string }, bytes: Uint8Array) =>
  createCsvDraft(await getDb(), { ...org, fileName: "big.csv", file: bytesSource(bytes, 64 * 1024), options });

describe("a large upload, stored and planned batch by batch", () => {
  it("stores every row exactly once, finds a duplicate rows apart in different batches, and opens the review on the stored plan", async () => {
    const org = await createTestOrganisation();
    const db = await getDb();
    await db.learner.create({ data: { organisationId: org.organisationId, email: "person11000@example.com", emailKey: "person11000@example.com", firstName: "Old", lastName: "Name" } });
    const csv = `${staffCsv(ROWS)}\nPerson7@Example.com,Dup,Licate,1,Sales,Role,x\n\n${staffCsv(2, { offset: ROWS }).split("\n").slice(1).join("\n")}\n`;
    const draft = await upload(org, utf8(csv));
    if (!draft.ok) throw new Error(draft.errors.join(" "));

    const job = await db.importJob.findUniqueOrThrow({ where: { id: draft.importId } });
    expect(job.totalRows).toBe(ROWS + 3);
    expect(await db.importRow.count({ where: { importId: draft.importId } })).toBe(ROWS + 3);
    // Row numbers count the header and the blank line, as the spreadsheet does.
    const last = await db.importRow.findFirstOrThrow({ where: { importId: draft.importId }, orderBy: { rowNumber: "desc" } });
    expect(last.rowNumber).toBe(ROWS + 5);

    const first = await loadReview(db, org.organisationId, draft.importId, { page: 1, pageSize: 50 });
    expect(first.computed).toBe(false);
    expect(first.summary.counts).toMatchObject({ create: ROWS + 1, update: 1, error: 1 });
    expect(first.rows.map((r) => [r.rowNumber, r.errors.map((e) => e.message)])).toEqual([
      [ROWS + 2, [`Row ${ROWS + 2}: Person7@Example.com already appears on row 9.`]],
    ]);
    const full = await planImport(db, org.organisationId, draft.importId);
    expect(first.summary.counts).toEqual(full.counts);
    const lastPage = await loadReview(db, org.organisationId, draft.importId, { filter: "all", page: Math.ceil((ROWS + 3) / 50), pageSize: 50 });
    expect(lastPage.computed).toBe(false);
    expect(lastPage.rows).toEqual(full.rows.slice(-lastPage.rows.length));
    const updated = await loadReview(db, org.organisationId, draft.importId, { filter: "update", page: 1, pageSize: 50 });
    expect(updated.rows.map((r) => r.email)).toEqual(["person11000@example.com"]);

    // Confirmed, the first step fails the duplicate and splits the file into chunks of every row.
    expect(await queueImport(db, { ...org, importId: draft.importId, options })).toEqual({ ok: true });
    const chunks = await startImport(db, draft.importId, 5_000);
    expect(chunks).toEqual([{ fromRow: 2, toRow: 5_001 }, { fromRow: 5_002, toRow: 10_001 }, { fromRow: 10_002, toRow: ROWS + 5 }]);
    const failed = await db.importRow.findMany({ where: { importId: draft.importId, outcome: "FAILED" }, select: { rowNumber: true } });
    expect(failed).toEqual([{ rowNumber: ROWS + 2 }]);
    expect((await db.importJob.findUniqueOrThrow({ where: { id: draft.importId } })).failedCount).toBe(1);
  });

  it("reads a Windows-1252 file whose only non-ASCII byte comes after thousands of rows", async () => {
    const org = await createTestOrganisation();
    const bytes = new Uint8Array([...utf8(`${staffCsv(ROWS)}\nrene@example.com,Ren`), 0xe9, ...utf8(",Last,1,Sales,Role,1\n")]);
    const draft = await upload(org, bytes);
    if (!draft.ok) throw new Error(draft.errors.join(" "));
    const db = await getDb();
    const job = await db.importJob.findUniqueOrThrow({ where: { id: draft.importId } });
    expect(job.fileInfo).toMatchObject({ encoding: "windows-1252" });
    const rene = await db.importRow.findFirstOrThrow({ where: { importId: draft.importId }, orderBy: { rowNumber: "desc" } });
    expect(rene.cells.slice(0, 2)).toEqual(["rene@example.com", "René"]);
  });

  it("stores nothing when the file turns out to be broken at its end", async () => {
    const org = await createTestOrganisation();
    const draft = await upload(org, utf8(`${staffCsv(ROWS)}\nlast@example.com,"Unclosed,Name,1,Sales,Role,1\n`));
    expect(draft).toEqual({ ok: false, errors: [expect.stringMatching(/^Row 12002: a quoted cell is not closed properly/)] });
    expect(await (await getDb()).importJob.count({ where: { organisationId: org.organisationId } })).toBe(0);
  });
});
