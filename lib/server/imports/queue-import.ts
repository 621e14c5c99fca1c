import type { PrismaClient } from "@/generated/prisma/client";
import { missingRequired } from "@/lib/imports/match-headers";
import { audit, type AuditToken } from "@/lib/server/audit";
import { listFields } from "@/lib/server/fields/list-fields";
import { DRAFT_MAX_AGE_DAYS } from "@/lib/server/retention/retention-policy";
import { type ImportOptions, readMapping } from "./import-options";

const STALE_DRAFT = `This draft was left unconfirmed for ${DRAFT_MAX_AGE_DAYS} days, so it is being deleted with the file's contents. Upload the file again to import it.`;

export type QueueResult = { ok: true } | { ok: false; error: string };

/** Confirms a draft: stores the final options and marks it queued for the background job. */
export async function queueImport(
  db: PrismaClient,
  input: { organisationId: string; adminId: string | null; token?: AuditToken | null; importId: string; options: ImportOptions },
): Promise<QueueResult> {
  const job = await db.importJob.findFirst({ where: { id: input.importId, organisationId: input.organisationId } });
  if (!job) return { ok: false, error: "This import doesn't exist." };
  if (job.status !== "DRAFT") return { ok: false, error: "This import has already been queued." };
  if (job.dataPurgedAt) return { ok: false, error: STALE_DRAFT };
  const fields = await listFields(db, input.organisationId);
  const required = job.source === "TEXTBOX" ? ["email"] : undefined;
  const missing = missingRequired(readMapping(job.mapping), fields, required);
  if (missing.length) return { ok: false, error: `Map a column to ${missing.map((f) => f.label).join(", ")} before importing.` };

  const claimed = await db.importJob.updateMany({
    where: { id: job.id, status: "DRAFT", dataPurgedAt: null },
    data: { status: "QUEUED", queuedAt: new Date(), options: input.options, adminId: input.adminId ?? job.adminId },
  });
  if (claimed.count === 0) return { ok: false, error: "This import has already been queued, or was deleted for being left unconfirmed." };
  // The review's stored plan was for the draft; the job plans each chunk against the learners as they are then.
  await db.importRowPlan.deleteMany({ where: { importId: job.id } });
  // A directory-sync write is one row, logged as its scim.user_* entry (which names this import).
  if (job.source !== "SCIM") {
    await audit(db, { action: "import.queued", organisationId: input.organisationId, adminId: input.adminId, token: input.token, detail: { importId: job.id, rows: job.totalRows, source: job.source } });
  }
  return { ok: true };
}
