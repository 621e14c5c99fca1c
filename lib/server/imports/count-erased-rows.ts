import type { PrismaClient } from "@/generated/prisma/client";

/** How many of the people an import created or updated have been erased since: undo can't bring them back. */
export async function countErasedRows(db: Pick<PrismaClient, "importRow">, importId: string): Promise<number> {
  return db.importRow.count({ where: { importId, outcome: { in: ["CREATED", "UPDATED"] }, erasedAt: { not: null } } });
}
