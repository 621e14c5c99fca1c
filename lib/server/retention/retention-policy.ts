import type { ImportStatus } from "@/generated/prisma/enums";

/** Statuses an import can no longer leave by running: only these have data the purge may remove. */
export const FINISHED_STATUSES = ["COMPLETED", "FAILED", "UNDONE"] as const satisfies readonly ImportStatus[];

/** A draft nobody confirmed in this many days (counted from its upload) is deleted with its rows. */
export const DRAFT_MAX_AGE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export type ImportDataRetention =
  | { state: "purged"; purgedAt: Date }
  /** `until` may already have passed: the purge runs hourly, and an Owner may have shortened the period. */
  | { state: "kept"; until: Date };

/**
 * How long a finished import keeps its file's contents (what undo, retry and
 * the error report read): the organisation's period from when it finished,
 * or was undone if that was later. Null for an import still in progress.
 */
export function importDataRetention(
  job: { status: ImportStatus; finishedAt: Date | null; undoneAt: Date | null; createdAt: Date; dataPurgedAt: Date | null },
  retentionDays: number,
): ImportDataRetention | null {
  if (job.dataPurgedAt) return { state: "purged", purgedAt: job.dataPurgedAt };
  if (!(FINISHED_STATUSES as readonly ImportStatus[]).includes(job.status)) return null;
  // The SQL in claim-expired-imports.ts measures from the same moment: keep the two in step.
  const finished = Math.max(job.finishedAt?.getTime() ?? 0, job.undoneAt?.getTime() ?? 0) || job.createdAt.getTime();
  return { state: "kept", until: new Date(finished + retentionDays * DAY_MS) };
}

/** The sentence undo, retry and the error report refuse a purged import with. */
export function purgedImportMessage(purgedAt: Date, refused: string): string {
  const on = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" }).format(purgedAt);
  return `The file's contents were deleted on ${on} under your organisation's retention policy, so ${refused}. The counts are kept.`;
}
