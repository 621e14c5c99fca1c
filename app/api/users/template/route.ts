import { adminRoute } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { buildTemplateCsv } from "@/lib/imports/template";
import { listFields } from "@/lib/server/fields/list-fields";

/** The CSV template: the organisation's enabled fields as headers and one example row. Part of importing, so Viewers don't get it. */
export const GET = adminRoute("imports:write", async (_request, _context: unknown, admin) => {
  const fields = await listFields(await getDb(), admin.organisationId, { withGroups: true });
  return new Response(buildTemplateCsv(fields), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rollcall-users-template.csv"`,
      "Cache-Control": "no-store",
    },
  });
}, { signedOut: "Log in to download the template." });
