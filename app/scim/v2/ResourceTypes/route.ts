import { scimBaseUrl } from "@/lib/scim/base-url";
import { resourceTypes } from "@/lib/scim/discovery";
import { scimResponse } from "@/lib/scim/scim-error";
import { scimRoute } from "@/lib/scim/scim-route";

export const GET = scimRoute({ method: "GET", path: "/scim/v2/ResourceTypes", action: "read the SCIM resource types" }, async () => scimResponse(resourceTypes(scimBaseUrl())));
