import { scimBaseUrl } from "@/lib/scim/base-url";
import { listResponse } from "@/lib/scim/discovery";
import { readPage, readProjection } from "@/lib/scim/paging";
import { projectResource } from "@/lib/scim/project";
import { readScimBody } from "@/lib/scim/read-scim-body";
import { scimResponse } from "@/lib/scim/scim-error";
import { scimRoute } from "@/lib/scim/scim-route";
import { canonicaliseUser, readScimUser, toScimUser } from "@/lib/scim/user-resource";
import { listScimUsers } from "@/lib/server/scim/list-scim-users";
import { scimFields } from "@/lib/server/scim/scim-learners";
import { syncScimUser } from "@/lib/server/scim/sync-scim-user";

export const GET = scimRoute({ method: "GET", path: "/scim/v2/Users", action: "list users over SCIM" }, async ({ db, organisationId, request }) => {
  const search = new URL(request.url).searchParams;
  const { mapping } = await scimFields(db, organisationId);
  const { startIndex, count } = readPage(search);
  const { total, learners } = await listScimUsers(db, organisationId, { filter: search.get("filter"), startIndex, count, mapping });
  const projection = readProjection(search);
  const keys = mapping.extension.map((f) => f.key);
  const resources = learners.map((learner) => projectResource(toScimUser(learner, mapping, scimBaseUrl()), projection, keys));
  return scimResponse(listResponse(resources, { total, startIndex }));
});

export const POST = scimRoute({ method: "POST", path: "/scim/v2/Users", action: "provision users over SCIM" }, async ({ db, organisationId, token, request }) => {
  const { fields, mapping } = await scimFields(db, organisationId);
  const desired = readScimUser(canonicaliseUser(await readScimBody(request), mapping), mapping);
  const learner = await syncScimUser(db, { organisationId, token, fields, target: null, desired });
  const user = toScimUser(learner, mapping, scimBaseUrl());
  return scimResponse(user, { status: 201, headers: { Location: String((user.meta as { location: string }).location) } });
});
