import type { PrismaClient } from "@/generated/prisma/client";
import { errorReportLines } from "./error-report";
import { toReadableStream } from "./to-readable-stream";

/** An import's rejected rows as a CSV download, streamed a batch of rows at a time as the client reads. */
export function errorReportResponse(db: PrismaClient, job: { id: string; headers: string[]; fileName: string | null }): Response {
  const base = (job.fileName ?? "pasted-users").replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_");
  return new Response(toReadableStream(errorReportLines(db, job.id, job.headers)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${base}-errors.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
