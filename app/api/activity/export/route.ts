import { exportActivityCsv } from "@/lib/csv/export-activity";
import { toReadableStream } from "@/lib/csv/to-readable-stream";
import { adminRoute } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { parseActivityQuery } from "@/lib/validations/activity";

/**
 * Downloads the organisation's activity log as CSV, with the filters the
 * Activity page links here with (person, kind, from, to). The organisation
 * is the signed-in admin's, never one from the URL. Every role may export it.
 */
export const GET = adminRoute(
  "export",
  async (request, _context: unknown, admin) => {
    const { person, kind, from, to } = parseActivityQuery(new URL(request.url).searchParams);
    const csv = exportActivityCsv(await getDb(), admin.organisationId, { person, kind, from, to }, { baseUrl: appUrl() });
    const date = new Date().toISOString().slice(0, 10);
    return new Response(toReadableStream(csv), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="activity-${admin.organisation.slug}-${date}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
  { signedOut: "Your session has ended. Log in again, then export the activity log." },
);
