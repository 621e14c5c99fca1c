import { scimBaseUrl } from "@/lib/scim/base-url";
import { applyPatch, normalisePatch } from "@/lib/scim/patch";
import { projectResource } from "@/lib/scim/project";
import { readScimBody } from "@/lib/scim/read-scim-body";
import { scimError, scimResponse } from "@/lib/scim/scim-error";
import { type ScimContext, scimRoute } from "@/lib/scim/scim-route";
import { canonicaliseUser, readScimUser, toScimUser } from "@/lib/scim/user-resource";
import { getScimLearner, scimFields } from "@/lib/server/scim/scim-learners";
import { syncScimUser } from "@/lib/server/scim/sync-scim-user";

const NOT_FOUND = "No user in this directory has this id: it was never provisioned, or it was deleted. Provision the user again with POST /Users.";

async function load({ db, organisationId, params }: ScimContext) {
  const [learner, { fields, mapping }] = await Promise.all([getScimLearner(db, organisationId, params.id ?? ""), scimFields(db, organisationId)]);
  if (!learner) throw scimError(404, NOT_FOUND);
  return { learner, fields, mapping };
}

export const GET = scimRoute({ method: "GET", path: "/scim/v2/Users/{id}", action: "read users over SCIM" }, async (ctx) => {
  const { learner, mapping } = await load(ctx);
  const search = new URL(ctx.request.url).searchParams;
  const projection = { attributes: search.get("attributes"), excludedAttributes: search.get("excludedAttributes") };
  return scimResponse(projectResource(toScimUser(learner, mapping, scimBaseUrl()), projection, mapping.extension.map((f) => f.key)));
});

/** PUT replaces the user: what the body leaves out of the core attributes is kept; profile fields it omits are left as they are. */
export const PUT = scimRoute({ method: "PUT", path: "/scim/v2/Users/{id}", action: "update users over SCIM" }, async (ctx) => {
  const { learner, fields, mapping } = await load(ctx);
  const desired = readScimUser(canonicaliseUser(await readScimBody(ctx.request), mapping), mapping);
  const updated = await syncScimUser(ctx.db, { organisationId: ctx.organisationId, token: ctx.token, fields, target: learner, desired });
  return scimResponse(toScimUser(updated, mapping, scimBaseUrl()));
});

export const PATCH = scimRoute({ method: "PATCH", path: "/scim/v2/Users/{id}", action: "update users over SCIM" }, async (ctx) => {
  const { learner, fields, mapping } = await load(ctx);
  const operations = normalisePatch(await readScimBody(ctx.request), mapping);
  const before = toScimUser(learner, mapping, scimBaseUrl());
  const desired = readScimUser(applyPatch(before, operations), mapping);
  // A profile field the operations removed is cleared, not left as it was.
  for (const key of Object.keys(readScimUser(before, mapping).custom)) desired.custom[key] ??= "";
  const updated = await syncScimUser(ctx.db, { organisationId: ctx.organisationId, token: ctx.token, fields, target: learner, desired });
  return scimResponse(toScimUser(updated, mapping, scimBaseUrl()));
});

/** The user leaves the directory: archived (their history kept) and unlinked, so GET answers 404 from now on. */
export const DELETE = scimRoute({ method: "DELETE", path: "/scim/v2/Users/{id}", action: "deprovision users over SCIM" }, async (ctx) => {
  const { learner, fields, mapping } = await load(ctx);
  const desired = { ...readScimUser(toScimUser(learner, mapping, scimBaseUrl()), mapping), active: false, custom: {} };
  await syncScimUser(ctx.db, { organisationId: ctx.organisationId, token: ctx.token, fields, target: learner, desired, unlink: true });
  return new Response(null, { status: 204 });
});
