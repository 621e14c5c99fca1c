import type { PrismaClient } from "@/generated/prisma/client";
import { matchHeaders } from "@/lib/imports/match-headers";
import { parseCsvBytes } from "@/lib/imports/parse";
import { listFields } from "@/lib/server/fields/list-fields";
import { createDraft } from "./create-draft";
import type { ImportOptions } from "./import-options";

export type CsvDraftResult = { ok: true; importId: string } | { ok: false; errors: string[] };

/** Parses an uploaded CSV, maps its headers automatically, and stores it as a draft. */
export async function createCsvDraft(
  db: PrismaClient,
  input: { organisationId: string; adminId: string | null; fileName: string; bytes: Uint8Array; options: ImportOptions; source?: "CSV" | "CLI" },
): Promise<CsvDraftResult> {
  const file = parseCsvBytes(input.bytes);
  if (file.fileErrors.length) return { ok: false, errors: file.fileErrors };
  const fields = await listFields(db, input.organisationId, { withGroups: true });
  const importId = await createDraft(db, {
    organisationId: input.organisationId,
    adminId: input.adminId,
    source: input.source ?? "CSV",
    fileName: input.fileName,
    file,
    byteSize: input.bytes.length,
    mapping: matchHeaders(file.headers, fields),
    options: input.options,
  });
  return { ok: true, importId };
}
