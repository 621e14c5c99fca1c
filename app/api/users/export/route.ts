import { toReadableStream } from "@/lib/csv/to-readable-stream";
import { exportLearnersCsv } from "@/lib/csv/export-learners";
import { adminRoute } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { parseLearnerListQuery } from "@/lib/validations/learners";

/**
 * Downloads the organisation's users in the upload template's layout. The
 * users list links here with its search, status and group; without a status every
 * user is exported.
 */
export const GET = adminRoute("export", async (request, _context: unknown, admin) => {
  const params = new URL(request.url).searchParams;
  const { q, status, group } = parseLearnerListQuery(params);
  const csv = exportLearnersCsv(await getDb(), admin.organisationId, { q, group, status: params.has("status") ? status : "all" });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(toReadableStream(csv), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="users-${admin.organisation.slug}-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}, { signedOut: "Your session has ended. Log in again, then export the users." });
