import type { PrismaClient } from "@/generated/prisma/client";
import { duplicateTargets, fieldNamedBy, missingRequired } from "@/lib/imports/match-headers";
import type { Mapping } from "@/lib/imports/types";
import { createField } from "@/lib/server/fields/create-field";
import { listFields } from "@/lib/server/fields/list-fields";
import type { ImportOptions } from "./import-options";
import { readMapping } from "./import-options";
import { editedPlanKey } from "./stored-plan/plan-key";

async function findDraft(db: PrismaClient, organisationId: string, importId: string) {
  // A draft marked by the retention purge (dataPurgedAt) is being deleted: it can't change any more.
  return db.importJob.findFirst({ where: { id: importId, organisationId, status: "DRAFT", dataPurgedAt: null } });
}

const NOT_A_DRAFT = "This import can no longer be changed: it has been queued or discarded.";

/** Stores the column → field mapping after checking every required field is mapped exactly once. */
export async function saveMapping(db: PrismaClient, organisationId: string, importId: string, columns: string[]) {
  const job = await findDraft(db, organisationId, importId);
  if (!job) return { ok: false as const, error: NOT_A_DRAFT };
  const fields = await listFields(db, organisationId, { withGroups: true });
  const known = new Set(fields.map((f) => f.key));
  const mapping: Mapping = {};
  columns.forEach((key, column) => {
    if (key && known.has(key) && column < job.headers.length) mapping[column] = key;
  });
  const duplicates = duplicateTargets(mapping);
  if (duplicates.length) {
    const labels = duplicates.map((key) => fields.find((f) => f.key === key)?.label ?? key);
    return { ok: false as const, error: `Each field can take one column only: ${labels.join(", ")} is mapped more than once.` };
  }
  const missing = missingRequired(mapping, fields);
  if (missing.length) return { ok: false as const, error: `Map a column to ${missing.map((f) => f.label).join(", ")}. Every import needs Email, First Name, Last Name and Active.` };
  await db.importJob.update({ where: { id: job.id }, data: { mapping } });
  return { ok: true as const };
}

export async function saveDraftOptions(db: PrismaClient, organisationId: string, importId: string, options: ImportOptions) {
  const updated = await db.importJob.updateMany({ where: { id: importId, organisationId, status: "DRAFT", dataPurgedAt: null }, data: { options } });
  return updated.count ? { ok: true as const } : { ok: false as const, error: NOT_A_DRAFT };
}

/** Turns an unmapped column into a new custom text field, named after its header, and maps it. */
export async function createFieldFromColumn(db: PrismaClient, organisationId: string, adminId: string, importId: string, column: number) {
  const job = await findDraft(db, organisationId, importId);
  const header = job?.headers[column]?.trim();
  if (!job || !header) return { ok: false as const, error: NOT_A_DRAFT };
  const existing = fieldNamedBy(header, await listFields(db, organisationId, { includeDisabled: true, withGroups: true }));
  if (existing)
    return {
      ok: false as const,
      error: existing.enabled
        ? `“${header}” is already the profile field “${existing.label}”. Choose it in the list for this column instead of creating another.`
        : `“${header}” is the disabled profile field “${existing.label}”. Enable it in Settings → Profile fields to import this column.`,
    };
  const created = await createField(db, organisationId, { label: header, type: "TEXT", options: [], adminId });
  if (!created.ok) return { ok: false as const, error: created.error };
  const mapping = { ...readMapping(job.mapping), [column]: created.data.key };
  await db.importJob.update({ where: { id: job.id }, data: { mapping } });
  return { ok: true as const, key: created.data.key };
}

/** Corrects a row's cells in place (by column index) from the review step. */
export async function fixDraftRow(db: PrismaClient, organisationId: string, importId: string, rowNumber: number, cells: Record<string, string>) {
  const job = await findDraft(db, organisationId, importId);
  if (!job) return { ok: false as const, error: NOT_A_DRAFT };
  const row = await db.importRow.findUnique({ where: { importId_rowNumber: { importId, rowNumber } } });
  if (!row) return { ok: false as const, error: `Row ${rowNumber} is not in this file.` };
  const next = [...row.cells];
  while (next.length < job.headers.length) next.push("");
  for (const [column, value] of Object.entries(cells)) {
    const index = Number(column);
    if (Number.isInteger(index) && index >= 0 && index < job.headers.length) next[index] = value.trim();
  }
  // An edited row has been looked at: a cell-count warning no longer applies.
  await db.$transaction([
    db.importRow.update({ where: { importId_rowNumber: { importId, rowNumber } }, data: { cells: next.slice(0, job.headers.length), message: null } }),
    db.importJob.update({ where: { id: importId }, data: { planKey: editedPlanKey() } }),
  ]);
  return { ok: true as const };
}

export async function discardDraft(db: PrismaClient, organisationId: string, importId: string) {
  const deleted = await db.importJob.deleteMany({ where: { id: importId, organisationId, status: "DRAFT" } });
  return deleted.count > 0;
}
