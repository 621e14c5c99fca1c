import { scimBaseUrl } from "@/lib/scim/base-url";
import { listResponse } from "@/lib/scim/discovery";
import { readScimGroup } from "@/lib/scim/group-resource";
import { readPage, readProjection } from "@/lib/scim/paging";
import { GROUP_BODY_LIMIT, readScimBody } from "@/lib/scim/read-scim-body";
import { scimResponse } from "@/lib/scim/scim-error";
import { scimRoute } from "@/lib/scim/scim-route";
import { listScimGroups, scimGroupResources } from "@/lib/server/scim/scim-groups";
import { writeScimGroup } from "@/lib/server/scim/write-scim-group";

export const GET = scimRoute({ method: "GET", path: "/scim/v2/Groups", action: "list groups over SCIM" }, async ({ db, organisationId, request }) => {
  const search = new URL(request.url).searchParams;
  const { startIndex, count } = readPage(search);
  const { total, groups } = await listScimGroups(db, organisationId, { filter: search.get("filter"), startIndex, count });
  return scimResponse(listResponse(await scimGroupResources(db, groups, readProjection(search), scimBaseUrl()), { total, startIndex }));
});

export const POST = scimRoute({ method: "POST", path: "/scim/v2/Groups", action: "provision groups over SCIM" }, async ({ db, organisationId, token, request }) => {
  const desired = readScimGroup(await readScimBody(request, GROUP_BODY_LIMIT));
  const members = desired.members?.length ? { replace: true, add: desired.members, remove: [] } : undefined;
  const group = await writeScimGroup(db, { organisationId, token, target: null, displayName: desired.displayName, externalId: desired.externalId, members });
  const [resource] = await scimGroupResources(db, [group], readProjection(new URL(request.url).searchParams), scimBaseUrl());
  return scimResponse(resource, { status: 201, headers: { Location: `${scimBaseUrl()}/Groups/${group.id}` } });
});
