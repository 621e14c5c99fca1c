// Stage 3: the users directory's server query (listLearners) on the organisation the apply stage filled,
// and, filtered by a group, on the one it filled from the file with groups.
import { getDb } from "@/lib/db";
import { listLearners } from "@/lib/server/learners/list-learners";
import { DEFAULT_LIST_QUERY, type LearnerListQuery } from "@/lib/validations/learners";
import { GROUP_NAMES, LARGE_GROUP, SEARCH_TERM } from "../support/bench-fields";
import { runStage, stageArgs } from "../support/stage-io";
import type { DirectoryResult } from "../support/stage-types";
import { percentile } from "../support/stats";

const { organisationId, groupsOrganisationId, page, runs } = stageArgs<{ organisationId: string; groupsOrganisationId: string; page: number; runs: number }>();
const WARMUP = 3;

await runStage(async (): Promise<DirectoryResult> => {
  const db = await getDb();
  // The state a few minutes after an import, once autovacuum has been round: statistics and visibility map current.
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "Learner"`);
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "GroupMember"`);
  const learners = await db.learner.count({ where: { organisationId } });
  const groupLearners = await db.learner.count({ where: { organisationId: groupsOrganisationId } });
  const groupId = async (name: string) => (await db.group.findFirstOrThrow({ where: { organisationId: groupsOrganisationId, name } })).id;
  const [small, large] = [await groupId(GROUP_NAMES[20]!), await groupId(LARGE_GROUP)];
  const middlePage = Math.max(2, Math.round(page / 10));

  const scenarios: { name: string; query: LearnerListQuery; organisationId?: string }[] = [
    { name: "Page 1 (default: active users, by name)", query: { ...DEFAULT_LIST_QUERY } },
    { name: `Page ${page}`, query: { ...DEFAULT_LIST_QUERY, page } },
    { name: `Search “${SEARCH_TERM}”`, query: { ...DEFAULT_LIST_QUERY, q: SEARCH_TERM } },
    { name: "Sort by last name, descending", query: { ...DEFAULT_LIST_QUERY, sort: "name", dir: "desc" } },
    { name: `Group “${GROUP_NAMES[20]}” (≈ 5% of users), page 1`, query: { ...DEFAULT_LIST_QUERY, group: small }, organisationId: groupsOrganisationId },
    { name: `Group “${LARGE_GROUP}” (25% of users), page 1`, query: { ...DEFAULT_LIST_QUERY, group: large }, organisationId: groupsOrganisationId },
    { name: `Group “${LARGE_GROUP}”, page ${middlePage}`, query: { ...DEFAULT_LIST_QUERY, group: large, page: middlePage }, organisationId: groupsOrganisationId },
    { name: `Group “${GROUP_NAMES[20]}” + search “${SEARCH_TERM}”`, query: { ...DEFAULT_LIST_QUERY, group: small, q: SEARCH_TERM }, organisationId: groupsOrganisationId },
  ];

  const results: DirectoryResult["scenarios"] = [];
  for (const { name, query, organisationId: org = organisationId } of scenarios) {
    const times: number[] = [];
    let last = await listLearners(db, org, query);
    for (let i = 0; i < WARMUP + runs; i++) {
      const start = performance.now();
      last = await listLearners(db, org, query);
      if (i >= WARMUP) times.push(performance.now() - start);
    }
    if (last.page !== query.page) throw new Error(`${name}: asked for page ${query.page}, got ${last.page} of ${last.pageCount}`);
    results.push({
      name,
      query: new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString(),
      rows: last.rows.length,
      total: last.total,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: Math.max(...times),
      learners: org === organisationId ? learners : groupLearners,
    });
  }
  return { learners, runs, scenarios: results };
});
