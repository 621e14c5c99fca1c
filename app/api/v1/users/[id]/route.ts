import { apiRoute, notFound } from "@/lib/api/v1/api-route";
import { getUser, updateUser } from "@/lib/api/v1/endpoints";
import { readJsonBody } from "@/lib/api/v1/read-json-body";
import { jsonResponse, presentUser } from "@/lib/api/v1/present";
import { updateUserBodySchema } from "@/lib/api/v1/schemas";
import { findMemberships } from "@/lib/server/groups/find-memberships";
import { getLearner } from "@/lib/server/learners/get-learner";
import { setLearnersActive } from "@/lib/server/learners/set-learners-active";

export const GET = apiRoute(getUser, async ({ db, organisationId, params }) => {
  const learner = await getLearner(db, organisationId, params.id);
  if (!learner) throw notFound(getUser);
  return jsonResponse(presentUser(learner, (await findMemberships(db, [learner.id])).get(learner.id)));
});

export const PATCH = apiRoute(updateUser, async ({ db, organisationId, params, request, token }) => {
  const body = await readJsonBody(request, updateUserBodySchema);
  const learner = await getLearner(db, organisationId, params.id);
  if (!learner) throw notFound(updateUser);
  await setLearnersActive(db, organisationId, { ids: [learner.id], active: body.active, adminId: null, token });
  return jsonResponse(presentUser((await getLearner(db, organisationId, learner.id)) ?? learner, (await findMemberships(db, [learner.id])).get(learner.id)));
});
