import { scimBaseUrl } from "@/lib/scim/base-url";
import { serviceProviderConfig } from "@/lib/scim/discovery";
import { scimResponse } from "@/lib/scim/scim-error";
import { scimRoute } from "@/lib/scim/scim-route";

export const GET = scimRoute({ method: "GET", path: "/scim/v2/ServiceProviderConfig", action: "read the SCIM service configuration" }, async () =>
  scimResponse(serviceProviderConfig(scimBaseUrl())),
);
