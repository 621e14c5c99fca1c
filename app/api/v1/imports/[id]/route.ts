import { apiRoute, notFound } from "@/lib/api/v1/api-route";
import { getImport as getImportEndpoint } from "@/lib/api/v1/endpoints";
import { jsonResponse, presentImport } from "@/lib/api/v1/present";
import { getImport } from "@/lib/server/imports/get-import";

export const GET = apiRoute(getImportEndpoint, async ({ db, organisationId, params }) => {
  const job = await getImport(db, organisationId, params.id);
  if (!job) throw notFound(getImportEndpoint);
  return jsonResponse(presentImport(job));
});
