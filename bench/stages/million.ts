// Section 8: one 1,000,000-row file through every stage of an import, each stage in a process of
// its own so each peak RSS is that stage's alone: upload → first review, confirm + the job's start
// step, the apply chunks + finish, the error report, the users export.
import { basename } from "node:path";
import { getDb } from "@/lib/db";
import { errorReportResponse } from "@/lib/csv/error-report-response";
import { exportLearnersCsv } from "@/lib/csv/export-learners";
import { toReadableStream } from "@/lib/csv/to-readable-stream";
import { env } from "@/lib/env";
import { applyChunk } from "@/lib/server/imports/apply-chunk";
import { chunkSizeFor } from "@/lib/server/imports/chunk-size";
import { createCsvDraft } from "@/lib/server/imports/create-csv-draft";
import { fileSource } from "@/lib/server/imports/file-source";
import { finishImport } from "@/lib/server/imports/finish-import";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { queueImport } from "@/lib/server/imports/queue-import";
import { type ChunkRange, startImport } from "@/lib/server/imports/start-import";
import { loadReview } from "@/lib/server/imports/stored-plan/load-review";
import { checkpoint } from "../support/checkpoint";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { MillionStep, MillionStepResult, OrgRef } from "../support/stage-types";

const args = stageArgs<{ step: MillionStep; org: OrgRef; file: string; importId?: string; chunks?: ChunkRange[] }>();
const options = importOptionsSchema.parse({ mode: "upsert", sendWelcome: false });

async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader();
  let bytes = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return bytes;
    bytes += value.length;
  }
}

const steps: Record<MillionStep, () => Promise<MillionStepResult>> = {
  async upload() {
    const db = await getDb();
    const start = performance.now();
    // As the upload route does it: the body spooled to a file, read from there in pieces.
    const draft = await createCsvDraft(db, { ...args.org, fileName: basename(args.file), file: fileSource(args.file), options });
    if (!draft.ok) throw new Error(draft.errors.join(" "));
    const uploadSeconds = seconds(start);
    const review = await loadReview(db, args.org.organisationId, draft.importId, { page: 1, pageSize: 50 });
    return { importId: draft.importId, seconds: seconds(start), detail: { uploadSeconds, counts: { ...review.summary.counts } } };
  },
  async start() {
    const db = await getDb();
    const importId = args.importId!;
    const queued = await queueImport(db, { ...args.org, importId, options });
    if (!queued.ok) throw new Error(queued.error);
    await checkpoint(db);
    const start = performance.now();
    const { totalRows } = await db.importJob.findUniqueOrThrow({ where: { id: importId }, select: { totalRows: true } });
    const chunks = await startImport(db, importId, chunkSizeFor(totalRows, env.IMPORT_CHUNK_SIZE));
    if (!chunks) throw new Error("startImport found nothing to do");
    return { importId, seconds: seconds(start), chunks, detail: { chunkCount: chunks.length } };
  },
  async apply() {
    const db = await getDb();
    const importId = args.importId!;
    const start = performance.now();
    for (const range of args.chunks!) await applyChunk(db, importId, range);
    await finishImport(db, importId);
    const elapsed = seconds(start);
    const job = await db.importJob.findUniqueOrThrow({ where: { id: importId } });
    if (job.status !== "COMPLETED") throw new Error(`Import ended ${job.status}: ${job.error}`);
    return { importId, seconds: elapsed, detail: { created: job.createdCount, failed: job.failedCount } };
  },
  async report() {
    const db = await getDb();
    const job = await db.importJob.findUniqueOrThrow({ where: { id: args.importId! } });
    const start = performance.now();
    const response = errorReportResponse(db, job);
    const bytes = await drain(response.body!);
    return { importId: job.id, seconds: seconds(start), detail: { bytes, failed: job.failedCount } };
  },
  async export() {
    const db = await getDb();
    const start = performance.now();
    const bytes = await drain(toReadableStream(exportLearnersCsv(db, args.org.organisationId, { status: "all" })));
    return { importId: args.importId!, seconds: seconds(start), detail: { bytes } };
  },
};

await runStage(() => steps[args.step]());
