import { adminRoute } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { errorReportResponse } from "@/lib/csv/error-report-response";
import { getImport } from "@/lib/server/imports/get-import";
import { purgedImportMessage } from "@/lib/server/retention/retention-policy";

/** The import's rows that didn't import, as a CSV: an export, so Viewers may download it. */
export const GET = adminRoute("export", async (_request, { params }: { params: Promise<{ id: string }> }, admin) => {
  const { id } = await params;
  const db = await getDb();
  const job = await getImport(db, admin.organisationId, id);
  if (!job) return new Response("Not found.", { status: 404 });
  if (job.dataPurgedAt) return new Response(purgedImportMessage(job.dataPurgedAt, "there is no error report any more"), { status: 410, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return errorReportResponse(db, job);
}, { signedOut: "Log in to download the error report." });
