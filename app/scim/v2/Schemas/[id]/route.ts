import { scimBaseUrl } from "@/lib/scim/base-url";
import { schemas } from "@/lib/scim/discovery";
import { scimError, scimResponse } from "@/lib/scim/scim-error";
import { scimRoute } from "@/lib/scim/scim-route";
import { scimFields } from "@/lib/server/scim/scim-learners";

export const GET = scimRoute({ method: "GET", path: "/scim/v2/Schemas/{id}", action: "read the SCIM schemas" }, async ({ db, organisationId, params }) => {
  const { fields, mapping } = await scimFields(db, organisationId);
  // Schema URNs are compared ignoring case, like every other SCIM name.
  const schema = schemas(scimBaseUrl(), mapping, fields).Resources.find((s) => s.id.toLowerCase() === (params.id ?? "").toLowerCase());
  if (!schema) throw scimError(404, `No schema has the id ${JSON.stringify(params.id)}. GET /Schemas lists them.`);
  return scimResponse(schema);
});
