// Stage 4: the export route's body: exportLearnersCsv through toReadableStream, read as fast as it comes.
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { exportLearnersCsv } from "@/lib/csv/export-learners";
import { toReadableStream } from "@/lib/csv/to-readable-stream";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { ExportResult } from "../support/stage-types";

const { organisationId, warmUpOrganisationId } = stageArgs<{ organisationId: string; warmUpOrganisationId: string }>();
const LF = 10;

/** Downloads the organisation's users as the route streams them; counts bytes and lines. */
async function download(db: PrismaClient, id: string) {
  const reader = toReadableStream(exportLearnersCsv(db, id, { status: "all" })).getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { bytes, rows: lines - 1 };
    bytes += value.length;
    for (let at = value.indexOf(LF); at !== -1; at = value.indexOf(LF, at + 1)) lines++;
  }
}

await runStage(async (): Promise<ExportResult> => {
  const db = await getDb();
  await download(db, warmUpOrganisationId); // the apply stage's warm-up import filled it
  const start = performance.now();
  const { bytes, rows } = await download(db, organisationId);
  return { rows, bytes, seconds: seconds(start) };
});
