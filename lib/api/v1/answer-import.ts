import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { planRecords } from "@/lib/server/imports/plan-records";
import type { StoredAnswer } from "@/lib/api/idempotency";
import type { AuditToken } from "@/lib/server/audit";
import { listFields } from "@/lib/server/fields/list-fields";
import type { ImportOptions } from "@/lib/server/imports/import-options";
import { submitImport } from "@/lib/server/imports/submit-import";
import { enqueueImport } from "@/lib/server/jobs/enqueue-import";
import { importUrl } from "./present";
import { readImportBody } from "./read-import-body";
import type { dryRunSchema, importAcceptedSchema, importQuerySchema } from "./schemas";

const LISTED_ERROR_ROWS = 1_000;

/**
 * POST /api/v1/imports: the wizard's path without the wizard. The body is
 * read and mapped as the CLI reads a file, planned as the review plans it,
 * and (unless it is a dry run) stored as a draft and confirmed, then handed
 * to the same background job. Every import is created, even one with
 * nothing to change, so a script always gets an id and an error report.
 */
export async function answerImportRequest(
  db: PrismaClient,
  input: { organisationId: string; token: AuditToken; query: z.output<typeof importQuerySchema>; contentType: string | null; body: Uint8Array },
): Promise<StoredAnswer> {
  const { organisationId, token, query } = input;
  const fields = await listFields(db, organisationId, { withGroups: true });
  const { file, mapping, fileName } = await readImportBody(input.contentType, input.body, fields);
  const options: ImportOptions = { mode: query.mode, sendWelcome: query.welcome, blankClears: false, groupsMode: query.groups, newGroups: query.newGroups };
  const plan = await planRecords(db, { organisationId, file, mapping, fields, options });

  if (query.dryRun) {
    const rejected = plan.rows.filter((row) => row.action === "error");
    const body: z.input<typeof dryRunSchema> = {
      dryRun: true,
      summary: plan.counts,
      mapping: Object.entries(mapping).map(([column, key]) => ({ column: file.headers[Number(column)] ?? `Column ${Number(column) + 1}`, field: key })),
      newGroups: plan.newGroups?.names ?? [],
      rowsWithErrors: rejected.length,
      errors: rejected.slice(0, LISTED_ERROR_ROWS).map((row) => ({ row: row.rowNumber, email: row.email, errors: row.errors })),
    };
    return { status: 200, body };
  }

  const id = await submitImport(db, {
    organisationId,
    adminId: null,
    token,
    source: "API",
    fileName: query.fileName ?? fileName,
    byteSize: input.body.length,
    file,
    mapping,
    options,
  });
  await enqueueImport({ importId: id, organisationId });
  const statusUrl = importUrl(id);
  const body: z.input<typeof importAcceptedSchema> = { id, status: "queued", statusUrl, errorsUrl: `${statusUrl}/errors`, summary: plan.counts };
  return { status: 202, body, headers: { Location: statusUrl } };
}
