import { getCurrentAdmin } from "@/lib/auth/require-admin";
import { getDb } from "@/lib/db";
import { errorReportResponse } from "@/lib/csv/error-report-response";
import { getImport } from "@/lib/server/imports/get-import";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const admin = await getCurrentAdmin();
  if (!admin) return new Response("Log in to download the error report.", { status: 401 });
  const { id } = await params;
  const db = await getDb();
  const job = await getImport(db, admin.organisationId, id);
  if (!job) return new Response("Not found.", { status: 404 });
  return errorReportResponse(db, job);
}
