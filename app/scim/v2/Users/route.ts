import { scimBaseUrl } from "@/lib/scim/base-url";
import { DEFAULT_COUNT, listResponse, MAX_RESULTS } from "@/lib/scim/discovery";
import { projectResource } from "@/lib/scim/project";
import { readScimBody } from "@/lib/scim/read-scim-body";
import { scimError, scimResponse } from "@/lib/scim/scim-error";
import { scimRoute } from "@/lib/scim/scim-route";
import { canonicaliseUser, readScimUser, toScimUser } from "@/lib/scim/user-resource";
import { listScimUsers } from "@/lib/server/scim/list-scim-users";
import { scimFields } from "@/lib/server/scim/scim-learners";
import { syncScimUser } from "@/lib/server/scim/sync-scim-user";

function integer(value: string | null, name: string, fallback: number): number {
  if (value === null || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw scimError(400, `${name} must be a whole number, not ${JSON.stringify(value)}.`, "invalidValue");
  return n;
}

export const GET = scimRoute({ method: "GET", path: "/scim/v2/Users", action: "list users over SCIM" }, async ({ db, organisationId, request }) => {
  const search = new URL(request.url).searchParams;
  const { mapping } = await scimFields(db, organisationId);
  // RFC 7644 §3.4.2.4: startIndex below 1 means 1, count below 0 means 0; more than maxResults gets maxResults.
  const startIndex = Math.max(1, integer(search.get("startIndex"), "startIndex", 1));
  const count = Math.min(MAX_RESULTS, Math.max(0, integer(search.get("count"), "count", DEFAULT_COUNT)));
  const { total, learners } = await listScimUsers(db, organisationId, { filter: search.get("filter"), startIndex, count, mapping });
  const projection = { attributes: search.get("attributes"), excludedAttributes: search.get("excludedAttributes") };
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
