import type { PrismaClient } from "@/generated/prisma/client";

/** An import of this organisation, or null: ids from another organisation look like missing ones. */
export function getImport(db: PrismaClient, organisationId: string, importId: string) {
  return db.importJob.findFirst({
    where: { id: importId, organisationId },
    include: { admin: { select: { name: true, username: true } } },
  });
}

export type ImportJobWithAdmin = NonNullable<Awaited<ReturnType<typeof getImport>>>;
