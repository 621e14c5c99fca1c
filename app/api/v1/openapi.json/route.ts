import { openApiDocument } from "@/lib/api/v1/openapi";
import { appUrl } from "@/lib/env";

/** Public: the document describes the API, and holds no organisation's data. */
export function GET() {
  return Response.json(openApiDocument(appUrl()), { headers: { "Cache-Control": "public, max-age=300" } });
}
