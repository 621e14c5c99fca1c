import { scimBaseUrl } from "@/lib/scim/base-url";
import { readGroupPatch } from "@/lib/scim/group-patch";
import { readScimGroup } from "@/lib/scim/group-resource";
import { readProjection } from "@/lib/scim/paging";
import { GROUP_BODY_LIMIT, readScimBody } from "@/lib/scim/read-scim-body";
import { scimError, scimResponse } from "@/lib/scim/scim-error";
import { type ScimContext, scimRoute } from "@/lib/scim/scim-route";
import { deleteScimGroup } from "@/lib/server/scim/delete-scim-group";
import { getScimGroup, scimGroupResources } from "@/lib/server/scim/scim-groups";
import { writeScimGroup } from "@/lib/server/scim/write-scim-group";

const NOT_FOUND = "No group in this organisation has this id: it was deleted, or never existed. Create it with POST /Groups.";

async function load({ db, organisationId, params }: ScimContext) {
  const group = await getScimGroup(db, organisationId, params.id ?? "");
  if (!group) throw scimError(404, NOT_FOUND);
  return group;
}

/** The group as the request's attributes/excludedAttributes shape it. */
async function answer(ctx: ScimContext, group: Awaited<ReturnType<typeof load>>) {
  const [resource] = await scimGroupResources(ctx.db, [group], readProjection(new URL(ctx.request.url).searchParams), scimBaseUrl());
  return scimResponse(resource);
}

export const GET = scimRoute({ method: "GET", path: "/scim/v2/Groups/{id}", action: "read groups over SCIM" }, async (ctx) => answer(ctx, await load(ctx)));

/** PUT replaces the group: its name, externalId and the directory's members (none, when the body lists none). */
export const PUT = scimRoute({ method: "PUT", path: "/scim/v2/Groups/{id}", action: "update groups over SCIM" }, async (ctx) => {
  const target = await load(ctx);
  const desired = readScimGroup(await readScimBody(ctx.request, GROUP_BODY_LIMIT));
  const members = { replace: true, add: desired.members ?? [], remove: [] };
  const group = await writeScimGroup(ctx.db, { organisationId: ctx.organisationId, token: ctx.token, target, displayName: desired.displayName, externalId: desired.externalId, members });
  return answer(ctx, group);
});

export const PATCH = scimRoute({ method: "PATCH", path: "/scim/v2/Groups/{id}", action: "update groups over SCIM" }, async (ctx) => {
  const target = await load(ctx);
  const patch = readGroupPatch(await readScimBody(ctx.request, GROUP_BODY_LIMIT));
  const group = await writeScimGroup(ctx.db, { organisationId: ctx.organisationId, token: ctx.token, target, ...patch });
  return answer(ctx, group);
});

/** The group and its memberships go; its members stay in Rollcall. */
export const DELETE = scimRoute({ method: "DELETE", path: "/scim/v2/Groups/{id}", action: "delete groups over SCIM" }, async (ctx) => {
  if (!(await deleteScimGroup(ctx.db, { organisationId: ctx.organisationId, token: ctx.token, groupId: ctx.params.id ?? "" }))) throw scimError(404, NOT_FOUND);
  return new Response(null, { status: 204 });
});
