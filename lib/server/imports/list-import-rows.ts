import type { PrismaClient } from "@/generated/prisma/client";
import type { EmailStatus, RowOutcome } from "@/generated/prisma/enums";
import { groupChange } from "@/lib/imports/group-change";
import { readMapping, readOptions } from "./import-options";

export const OUTCOME_FILTERS = ["all", "CREATED", "UPDATED", "UNCHANGED", "SKIPPED", "FAILED"] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

export const IMPORTED_ARCHIVED = "The user was imported as archived.";

export interface RowWelcome {
  status: EmailStatus;
  error: string | null;
}

/**
 * One page of an import's per-row results, with each created learner's
 * welcome email state. A new user the file archived got none: shown as
 * skipped, like one archived while their email waited.
 */
export async function listImportRows(
  db: PrismaClient,
  job: { id: string; organisationId: string; mapping: unknown; options: unknown },
  opts: { outcome: OutcomeFilter; page: number; pageSize: number },
) {
  const where = { importId: job.id, ...(opts.outcome === "all" ? {} : { outcome: opts.outcome as RowOutcome }) };
  const [total, rows] = await Promise.all([
    db.importRow.count({ where }),
    db.importRow.findMany({
      where,
      orderBy: { rowNumber: "asc" },
      skip: (opts.page - 1) * opts.pageSize,
      take: opts.pageSize,
      select: { rowNumber: true, cells: true, outcome: true, message: true, learnerId: true, previous: true, applied: true },
    }),
  ]);
  const emailColumn = Number(Object.entries(readMapping(job.mapping)).find(([, key]) => key === "email")?.[0] ?? 0);
  const learnerIds = rows.map((r) => r.learnerId).filter((id): id is string => Boolean(id));
  const emails = learnerIds.length
    ? await db.email.findMany({ where: { importId: job.id, kind: "WELCOME", learnerId: { in: learnerIds } }, select: { learnerId: true, status: true, error: true } })
    : [];
  // A row whose cells the retention purge removed still links to its learner: show their email as it is now.
  const cellEmail = (r: (typeof rows)[number]) => r.cells[emailColumn] ?? "";
  const purgedLearnerIds = rows.filter((r) => !cellEmail(r) && r.learnerId).map((r) => r.learnerId!);
  const learnerEmails = new Map(
    purgedLearnerIds.length
      ? (await db.learner.findMany({ where: { organisationId: job.organisationId, id: { in: purgedLearnerIds } }, select: { id: true, email: true } })).map((l) => [l.id, l.email])
      : [],
  );
  const welcome = new Map<string | null, RowWelcome>(emails.map((e) => [e.learnerId, { status: e.status, error: e.error }]));
  const { sendWelcome } = readOptions(job.options);
  const rowWelcome = (r: (typeof rows)[number]): RowWelcome | null => {
    const email = r.learnerId ? welcome.get(r.learnerId) : undefined;
    if (email) return email;
    const importedArchived = sendWelcome && r.outcome === "CREATED" && (r.applied as { active?: boolean } | null)?.active === false;
    return importedArchived ? { status: "SKIPPED", error: IMPORTED_ARCHIVED } : null;
  };
  return {
    total,
    rows: rows.map((r) => ({
      rowNumber: r.rowNumber,
      email: cellEmail(r) || (r.learnerId ? (learnerEmails.get(r.learnerId) ?? "") : ""),
      outcome: r.outcome,
      message: r.message,
      learnerId: r.learnerId,
      welcome: rowWelcome(r),
      groups: groupChange(r.previous, r.applied),
    })),
  };
}
