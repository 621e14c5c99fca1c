import { problem } from "@/lib/api/problem";
import { apiRoute, notFound } from "@/lib/api/v1/api-route";
import { undoImportEndpoint } from "@/lib/api/v1/endpoints";
import { jsonResponse, presentImport } from "@/lib/api/v1/present";
import { getImport } from "@/lib/server/imports/get-import";
import { undoImport } from "@/lib/server/imports/undo-import";

export const POST = apiRoute(undoImportEndpoint, async ({ db, organisationId, params, token }) => {
  const job = await getImport(db, organisationId, params.id);
  if (!job) throw notFound(undoImportEndpoint);
  const result = await undoImport(db, organisationId, job.id, { adminId: null, token });
  if (!result.ok) throw problem(409, job.dataPurgedAt ? "import_data_purged" : "not_undoable", job.dataPurgedAt ? result.error : `${result.error} This import is ${job.status.toLowerCase()}.`);
  return jsonResponse(presentImport((await getImport(db, organisationId, job.id))!));
});
