// Stage 1b: the upload, as the route does it: createCsvDraft reading the file from disk in batches
// (the route spools the body to a temporary file first), storing the draft and its plan.
import { basename } from "node:path";
import { getDb } from "@/lib/db";
import { createCsvDraft } from "@/lib/server/imports/create-csv-draft";
import { fileSource } from "@/lib/server/imports/file-source";
import { importOptionsSchema } from "@/lib/server/imports/import-options";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { OrgRef, UploadResult } from "../support/stage-types";
import { warmUpBytes } from "../support/warm-up";

const { org, file } = stageArgs<{ org: OrgRef; file: string }>();
const options = importOptionsSchema.parse({});

await runStage(async (): Promise<UploadResult> => {
  const db = await getDb();
  const warmUp = await createCsvDraft(db, { ...org, fileName: "warm-up.csv", bytes: warmUpBytes(), options });
  const start = performance.now();
  const draft = await createCsvDraft(db, { ...org, fileName: basename(file), file: fileSource(file), options });
  const uploadSeconds = seconds(start);
  if (!draft.ok) throw new Error(draft.errors.join(" "));
  const { totalRows } = await db.importJob.findUniqueOrThrow({ where: { id: draft.importId }, select: { totalRows: true } });
  return { rows: totalRows, importId: draft.importId, warmUpImportId: warmUp.ok ? warmUp.importId : null, uploadSeconds };
});
