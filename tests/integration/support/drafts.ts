import { getDb } from "@/lib/db";
import { matchHeaders } from "@/lib/imports/match-headers";
import { parseCsvText } from "@/lib/imports/parse";
import { listFields } from "@/lib/server/fields/list-fields";
import { createDraft } from "@/lib/server/imports/create-draft";
import { type ImportOptions, importOptionsSchema } from "@/lib/server/imports/import-options";

/** Stores a CSV as a draft import (the wizard's upload step) without confirming it. */
export async function draftCsv(org: { organisationId: string; adminId: string }, csv: string, options: Partial<ImportOptions> = {}) {
  const db = await getDb();
  const file = parseCsvText(csv);
  const fields = await listFields(db, org.organisationId, { withGroups: true });
  return createDraft(db, {
    ...org,
    source: "CSV",
    fileName: "draft.csv",
    file,
    byteSize: csv.length,
    mapping: matchHeaders(file.headers, fields),
    options: importOptionsSchema.parse(options),
  });
}
