import { getCurrentAdmin } from "@/lib/auth/require-admin";
import { getDb } from "@/lib/db";
import { buildTemplateCsv } from "@/lib/imports/template";
import { listFields } from "@/lib/server/fields/list-fields";

/** The CSV template: the organisation's enabled fields as headers and one example row. */
export async function GET() {
  const admin = await getCurrentAdmin();
  if (!admin) return new Response("Log in to download the template.", { status: 401 });
  const fields = await listFields(await getDb(), admin.organisationId, { withGroups: true });
  return new Response(buildTemplateCsv(fields), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rollcall-users-template.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
