import type { PrismaClient } from "@/generated/prisma/client";

export const LEARNER_IMPORTS_LIMIT = 50;

/** The import rows that matched this learner, newest import first, each with its import. */
export function listLearnerImports(db: Pick<PrismaClient, "importRow">, organisationId: string, learnerId: string) {
  return db.importRow.findMany({
    where: { learnerId, job: { organisationId } },
    orderBy: [{ job: { createdAt: "desc" } }, { rowNumber: "asc" }],
    take: LEARNER_IMPORTS_LIMIT,
    select: {
      importId: true,
      rowNumber: true,
      outcome: true,
      message: true,
      previous: true,
      applied: true,
      job: { select: { createdAt: true, source: true, fileName: true, status: true, dataPurgedAt: true, admin: { select: { name: true } }, apiToken: { select: { name: true } } } },
    },
  });
}

export type LearnerImportRow = Awaited<ReturnType<typeof listLearnerImports>>[number];
