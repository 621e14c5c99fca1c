import type { PrismaClient } from "@/generated/prisma/client";

/** The import that created a learner (a file, a pasted list, the CLI, the API or directory sync), if it's still there. */
export function findCreatingImport(db: Pick<PrismaClient, "importJob">, organisationId: string, importId: string | null) {
  if (!importId) return Promise.resolve(null);
  return db.importJob.findFirst({ where: { id: importId, organisationId }, select: { id: true, source: true, fileName: true } });
}

export type CreatingImport = NonNullable<Awaited<ReturnType<typeof findCreatingImport>>>;

/** How the user's page says who added them: "directory sync", "the API", "an import of staff.csv". */
export function createdByPhrase(job: Pick<CreatingImport, "source" | "fileName">): string {
  switch (job.source) {
    case "SCIM":
      return "directory sync";
    case "API":
      return "the API";
    case "CLI":
      return job.fileName ? `the command line (${job.fileName})` : "the command line";
    case "TEXTBOX":
      return "a pasted list";
    case "CSV":
      return job.fileName ? `an import of ${job.fileName}` : "an import";
  }
}
