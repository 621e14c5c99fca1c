import { decodeCursor, encodeCursor } from "@/lib/api/v1/cursor";
import { apiRoute } from "@/lib/api/v1/api-route";
import { listUsers } from "@/lib/api/v1/endpoints";
import { jsonResponse, presentUser } from "@/lib/api/v1/present";
import { problem } from "@/lib/api/problem";
import { findMemberships } from "@/lib/server/groups/find-memberships";
import { listLearnersAfter } from "@/lib/server/learners/list-learners-after";

export const GET = apiRoute(listUsers, async ({ db, organisationId, query }) => {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (after === null) throw problem(400, "invalid_query", "Query parameter cursor: this isn't a cursor from this API. Pass nextCursor from the previous page unchanged.");
  const page = await listLearnersAfter(db, organisationId, {
    q: query.q,
    status: query.status,
    updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
    after,
    limit: query.limit,
  });
  const groups = await findMemberships(db, page.learners.map((learner) => learner.id));
  return jsonResponse({ data: page.learners.map((learner) => presentUser(learner, groups.get(learner.id))), nextCursor: page.last ? encodeCursor(page.last) : null });
});
