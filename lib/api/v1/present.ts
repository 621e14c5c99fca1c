import type { z } from "zod";
import type { ImportSource, ImportStatus, WelcomeStatus } from "@/generated/prisma/enums";
import { welcomeState, type WelcomeState } from "@/lib/server/learners/welcome-state";
import type { LearnerSyncRecord } from "@/lib/server/learners/list-learners-after";
import type { importSchema, userSchema } from "./schemas";

type ApiUser = z.input<typeof userSchema>;
type ApiImport = z.input<typeof importSchema>;

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A learner as the API shows it. */
export function presentUser(learner: Omit<LearnerSyncRecord, "welcomeStatus"> & { welcomeStatus: WelcomeStatus }, groups: { name: string }[] = []): ApiUser {
  return {
    id: learner.id,
    email: learner.email,
    firstName: learner.firstName,
    lastName: learner.lastName,
    active: learner.active,
    fields: learner.customFields,
    groups: groups.map((group) => group.name),
    welcome: { status: welcomeState(learner).toLowerCase() as Lowercase<WelcomeState>, sentAt: iso(learner.welcomeSentAt) },
    createdAt: learner.createdAt.toISOString(),
    updatedAt: learner.updatedAt.toISOString(),
  };
}

interface ImportJobFields {
  id: string;
  status: ImportStatus;
  source: ImportSource;
  fileName: string | null;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  skippedCount: number;
  failedCount: number;
  error: string | null;
  undoSummary: unknown;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  undoneAt: Date | null;
  dataPurgedAt: Date | null;
}

export const importUrl = (id: string) => `/api/v1/imports/${id}`;

/** An import as the API shows it: the progress page's status and counts. */
export function presentImport(job: ImportJobFields): ApiImport {
  return {
    id: job.id,
    status: job.status.toLowerCase() as Lowercase<ImportStatus>,
    source: job.source.toLowerCase() as Lowercase<ImportSource>,
    fileName: job.fileName,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    counts: { created: job.createdCount, updated: job.updatedCount, unchanged: job.unchangedCount, skipped: job.skippedCount, failed: job.failedCount },
    error: job.error,
    undo: (job.undoSummary as ApiImport["undo"]) ?? null,
    createdAt: job.createdAt.toISOString(),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    undoneAt: iso(job.undoneAt),
    dataPurgedAt: iso(job.dataPurgedAt),
    errorsUrl: `${importUrl(job.id)}/errors`,
  };
}

/** A JSON answer; no-store, since every answer is one organisation's data. */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { "Cache-Control": "no-store", ...init.headers } });
}
