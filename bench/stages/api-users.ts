// Stage 6b: GET /api/v1/users through the route handler on the organisation the apply stage filled.
import { GET } from "@/app/api/v1/users/route";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { SEARCH_TERM } from "../support/bench-fields";
import { runStage, stageArgs } from "../support/stage-io";
import type { ApiUsersResult, OrgRef } from "../support/stage-types";
import { percentile } from "../support/stats";

const { org, runs } = stageArgs<{ org: OrgRef; runs: number }>();
const WARMUP = 3;

await runStage(async (): Promise<ApiUsersResult> => {
  const db = await getDb();
  env.API_RATE_LIMIT_PER_MINUTE = 1_000_000;
  const learners = await db.learner.count({ where: { organisationId: org.organisationId } });
  const { secret } = await createApiToken(db, { organisationId: org.organisationId, createdById: org.adminId, name: "bench", scopes: ["users:read"], expiresAt: null });
  const get = async (query: string) => {
    const response = await GET(new Request(`http://localhost/api/v1/users?${query}`, { headers: { authorization: `Bearer ${secret}` } }), { params: Promise.resolve({}) });
    if (response.status !== 200) throw new Error(`GET /api/v1/users?${query} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { data: unknown[]; nextCursor: string | null };
  };

  // A cursor deep into the list: the page a nightly sync reaches after 500 pages of 100.
  const middle = await db.learner.findMany({ where: { organisationId: org.organisationId }, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], skip: Math.floor(learners / 2), take: 1 });
  const deepCursor = Buffer.from(JSON.stringify([middle[0]!.updatedAt.toISOString(), middle[0]!.id])).toString("base64url");
  const scenarios = [
    { name: "First page (limit=100)", query: "limit=100" },
    { name: "A page halfway through (cursor)", query: `limit=100&cursor=${deepCursor}` },
    { name: "Largest page (limit=500)", query: "limit=500" },
    { name: `Search “${SEARCH_TERM}”`, query: `q=${encodeURIComponent(SEARCH_TERM)}` },
    { name: "Changed in the last hour (updatedSince)", query: `updatedSince=${new Date(Date.now() - 3_600_000).toISOString()}` },
  ];
  const results: ApiUsersResult["scenarios"] = [];
  for (const { name, query } of scenarios) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < WARMUP + runs; i++) {
      const start = performance.now();
      rows = (await get(query)).data.length;
      if (i >= WARMUP) times.push(performance.now() - start);
    }
    results.push({ name, rows, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) });
  }
  return { learners, runs, scenarios: results };
});
