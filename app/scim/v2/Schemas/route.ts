import { scimBaseUrl } from "@/lib/scim/base-url";
import { schemas } from "@/lib/scim/discovery";
import { scimResponse } from "@/lib/scim/scim-error";
import { scimRoute } from "@/lib/scim/scim-route";
import { scimFields } from "@/lib/server/scim/scim-learners";

export const GET = scimRoute({ method: "GET", path: "/scim/v2/Schemas", action: "read the SCIM schemas" }, async ({ db, organisationId }) => {
  const { fields, mapping } = await scimFields(db, organisationId);
  return scimResponse(schemas(scimBaseUrl(), mapping, fields));
});
