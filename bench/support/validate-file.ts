// The wizard's parse + validate, in memory: parseCsvBytes → matchHeaders → buildRecords,
// exactly as lib/server/imports/create-csv-draft.ts and plan-import.ts chain them.
import type { PrismaClient } from "@/generated/prisma/client";
import { buildRecords } from "@/lib/imports/build-records";
import { matchHeaders } from "@/lib/imports/match-headers";
import { parseCsvBytes } from "@/lib/imports/parse";
import { listFields } from "@/lib/server/fields/list-fields";
import { CSV_HEADERS } from "./bench-fields";

export async function parseAndValidate(db: PrismaClient, organisationId: string, bytes: Uint8Array) {
  const fields = await listFields(db, organisationId, { withGroups: true });
  const start = performance.now();
  const file = parseCsvBytes(bytes);
  if (file.fileErrors.length) throw new Error(`The generated file was refused: ${file.fileErrors.join(" ")}`);
  const mapping = matchHeaders(file.headers, fields);
  const { records } = buildRecords(file, mapping, fields, { source: "csv", blankClears: false });
  const seconds = (performance.now() - start) / 1000;
  if (Object.keys(mapping).length !== CSV_HEADERS.length) throw new Error(`Only ${Object.keys(mapping).length} of ${CSV_HEADERS.length} columns were matched automatically`);
  return { file, records, seconds };
}
