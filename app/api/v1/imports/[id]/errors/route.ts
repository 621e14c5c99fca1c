import { apiRoute, notFound } from "@/lib/api/v1/api-route";
import { getImportErrors } from "@/lib/api/v1/endpoints";
import { errorReportResponse } from "@/lib/csv/error-report-response";
import { getImport } from "@/lib/server/imports/get-import";

export const GET = apiRoute(getImportErrors, async ({ db, organisationId, params }) => {
  const job = await getImport(db, organisationId, params.id);
  if (!job) throw notFound(getImportErrors);
  return errorReportResponse(db, job);
});
