import type { PrismaClient } from "@/generated/prisma/client";
import type { ImportSource } from "@/generated/prisma/enums";
import type { Mapping, ParsedFile } from "@/lib/imports/types";
import type { AuditToken } from "@/lib/server/audit";
import { createDraft } from "./create-draft";
import type { ImportOptions } from "./import-options";
import { queueImport } from "./queue-import";

/**
 * Stores a file that was mapped without a person (the CLI, the API) as a
 * draft and confirms it, as the wizard's Import button does. The caller then
 * hands the import to the job runner. Returns the import's id.
 */
export async function submitImport(
  db: PrismaClient,
  input: {
    organisationId: string;
    adminId: string | null;
    token?: AuditToken | null;
    source: ImportSource;
    fileName: string | null;
    byteSize: number;
    file: ParsedFile;
    mapping: Mapping;
    options: ImportOptions;
  },
): Promise<string> {
  const { organisationId, adminId, token, options } = input;
  const importId = await createDraft(db, { ...input, apiTokenId: token?.id ?? null });
  const queued = await queueImport(db, { organisationId, adminId, token, importId, options });
  if (!queued.ok) throw new Error(queued.error);
  return importId;
}
