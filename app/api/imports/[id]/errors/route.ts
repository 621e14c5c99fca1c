import { getCurrentAdmin } from "@/lib/auth/require-admin";
import { getDb } from "@/lib/db";
import { errorReportLines } from "@/lib/csv/error-report";
import { getImport } from "@/lib/server/imports/get-import";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const admin = await getCurrentAdmin();
  if (!admin) return new Response("Log in to download the error report.", { status: 401 });
  const { id } = await params;
  const db = await getDb();
  const job = await getImport(db, admin.organisationId, id);
  if (!job) return new Response("Not found.", { status: 404 });

  const lines = errorReportLines(db, job.id, job.headers);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const base = (job.fileName ?? "pasted-users").replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${base}-errors.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
