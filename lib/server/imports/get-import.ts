import type { PrismaClient } from "@/generated/prisma/client";

/** An import of this organisation, or null: ids from another organisation look like missing ones. */
export function getImport(db: PrismaClient, organisationId: string, importId: string) {
  return db.importJob.findFirst({
    where: { id: importId, organisationId },
    include: { admin: { select: { name: true, username: true } }, apiToken: { select: { name: true } } },
  });
}

/** Who started an import, as the import's page and the user's history name them. */
export function importStarter(job: Pick<ImportJobWithAdmin, "source" | "admin" | "apiToken">): string {
  if (job.apiToken) return `the API token “${job.apiToken.name}”`;
  if (job.admin) return job.admin.name;
  return job.source === "CLI" ? "the command line" : "a deleted admin";
}

export type ImportJobWithAdmin = NonNullable<Awaited<ReturnType<typeof getImport>>>;
