import { problem } from "@/lib/api/problem";
import { purgedImportMessage } from "@/lib/server/retention/retention-policy";
import { apiRoute, notFound } from "@/lib/api/v1/api-route";
import { getImportErrors } from "@/lib/api/v1/endpoints";
import { errorReportResponse } from "@/lib/csv/error-report-response";
import { getImport } from "@/lib/server/imports/get-import";

export const GET = apiRoute(getImportErrors, async ({ db, organisationId, params }) => {
  const job = await getImport(db, organisationId, params.id);
  if (!job) throw notFound(getImportErrors);
  if (job.dataPurgedAt) throw problem(410, "import_data_purged", purgedImportMessage(job.dataPurgedAt, "there is no error report any more"));
  return errorReportResponse(db, job);
});
