import type { PrismaClient } from "@/generated/prisma/client";
import { errorReportLines } from "./error-report";

/** An import's rejected rows as a CSV download, streamed a page of rows at a time. */
export function errorReportResponse(db: PrismaClient, job: { id: string; headers: string[]; fileName: string | null }): Response {
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
