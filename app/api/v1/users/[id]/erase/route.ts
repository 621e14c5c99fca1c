import { apiRoute, notFound } from "@/lib/api/v1/api-route";
import { eraseUser } from "@/lib/api/v1/endpoints";
import { jsonResponse } from "@/lib/api/v1/present";
import { eraseLearners } from "@/lib/server/privacy/erase-learners";

export const POST = apiRoute(eraseUser, async ({ db, organisationId, params, token }) => {
  const { erased } = await eraseLearners(db, organisationId, { ids: [params.id], adminId: null, token });
  if (erased === 0) throw notFound(eraseUser);
  return jsonResponse({ id: params.id, erased: true });
});
