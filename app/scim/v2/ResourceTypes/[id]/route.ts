import { scimBaseUrl } from "@/lib/scim/base-url";
import { resourceTypes } from "@/lib/scim/discovery";
import { scimError, scimResponse } from "@/lib/scim/scim-error";
import { scimRoute } from "@/lib/scim/scim-route";

export const GET = scimRoute({ method: "GET", path: "/scim/v2/ResourceTypes/{id}", action: "read the SCIM resource types" }, async ({ params }) => {
  const type = resourceTypes(scimBaseUrl()).Resources.find((t) => t.id.toLowerCase() === (params.id ?? "").toLowerCase());
  if (!type) throw scimError(404, `No resource type has the id ${JSON.stringify(params.id)}: Rollcall serves User and Group.`);
  return scimResponse(type);
});
