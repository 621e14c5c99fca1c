// Stage 7: directory sync. An initial Entra ID cycle (POST /scim/v2/Users one user after another, as
// its provisioning service sends them), then GET /Users?filter=userName eq "…" with the organisation
// at 100,000 linked learners, through the route handlers and their token gate, without the HTTP server.
// Then a sample of POSTs again on a client that logs every query, to show where a POST's time goes.
import { PrismaPg } from "@prisma/adapter-pg";
import { GET, POST } from "@/app/scim/v2/Users/route";
import { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { DEPARTMENTS } from "../support/bench-fields";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { OrgRef, ScimResult } from "../support/stage-types";
import { percentile } from "../support/stats";

const { org, posts, learners, runs, profileSample } = stageArgs<{ org: OrgRef; posts: number; learners: number; runs: number; profileSample: number }>();
const WARMUP = 20;
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** Entra ID's create request, as its provisioning service sends it. */
const entraUser = (i: number, prefix: string) => {
  const userName = `${prefix}${i}@contoso.bench.test`;
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
    externalId: `${prefix}-ext-${i}`,
    userName,
    active: true,
    displayName: `Ana${i} Lopez`,
    emails: [{ primary: true, type: "work", value: userName }],
    name: { givenName: `Ana${i}`, familyName: "Lopez" },
    [ENTERPRISE]: { department: DEPARTMENTS[i % DEPARTMENTS.length], employeeNumber: String(i).padStart(6, "0") },
  };
};

const summary = (times: number[]) => ({ p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) });

await runStage(async (): Promise<ScimResult> => {
  const db = await getDb();
  env.API_RATE_LIMIT_PER_MINUTE = 1_000_000;
  const { secret } = await createApiToken(db, { organisationId: org.organisationId, createdById: org.adminId, name: "Entra ID (bench)", scopes: ["scim"], expiresAt: null });
  const headers = { authorization: `Bearer ${secret}`, "content-type": "application/scim+json" };
  const post = async (body: unknown) => {
    const response = await POST(new Request("http://localhost/scim/v2/Users", { method: "POST", headers, body: JSON.stringify(body) }), { params: Promise.resolve({}) });
    if (response.status !== 201) throw new Error(`POST /scim/v2/Users answered ${response.status}: ${await response.text()}`);
  };
  const lookUp = async (userName: string) => {
    const query = `filter=${encodeURIComponent(`userName eq "${userName}"`)}`;
    const response = await GET(new Request(`http://localhost/scim/v2/Users?${query}`, { headers }), { params: Promise.resolve({}) });
    if (response.status !== 200) throw new Error(`GET /scim/v2/Users?${query} answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { totalResults: number }).totalResults;
  };

  for (let i = 0; i < WARMUP; i++) await post(entraUser(i, "warm"));

  const postTimes: number[] = [];
  const cycle = performance.now();
  for (let i = 0; i < posts; i++) {
    const start = performance.now();
    await post(entraUser(i, "u"));
    postTimes.push(performance.now() - start);
  }
  const cycleSeconds = seconds(cycle);

  // The rest of the organisation, linked as a finished sync leaves it (not timed): set-based, like a big import.
  const seeded = Math.max(0, learners - posts - WARMUP);
  await db.$executeRaw`
    INSERT INTO "Learner" ("id", "organisationId", "email", "emailKey", "firstName", "lastName", "customFields", "scimUserName", "scimUserNameKey", "scimExternalId", "updatedAt")
    SELECT 'seed' || g, ${org.organisationId}, 'seed' || g || '@contoso.bench.test', 'seed' || g || '@contoso.bench.test', 'Seed' || g, 'Lopez', '{}'::jsonb,
           'seed' || g || '@contoso.bench.test', 'seed' || g || '@contoso.bench.test', 'seed-ext-' || g, now()
    FROM generate_series(1, ${seeded}::int) AS g`;
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "Learner"`);
  const linked = await db.learner.count({ where: { organisationId: org.organisationId, scimUserNameKey: { not: null } } });

  const pick = (n: number) => (n % 2 ? `u${(n * 7919) % posts}@contoso.bench.test` : `seed${1 + ((n * 104729) % Math.max(1, seeded))}@contoso.bench.test`);
  const timed = async (name: string, userName: (n: number) => string, expected: number) => {
    const times: number[] = [];
    for (let n = 0; n < 3 + runs; n++) {
      const start = performance.now();
      const found = await lookUp(userName(n));
      if (n >= 3) times.push(performance.now() - start);
      if (found !== expected) throw new Error(`${name}: expected ${expected} match, got ${found} for ${userName(n)}`);
    }
    return { name, ...summary(times) };
  };
  const lookups = [
    await timed("a provisioned user (found)", pick, 1),
    await timed("a user not provisioned yet (Entra's check before each create)", (n) => `nobody${n}@contoso.bench.test`, 0),
  ];

  // Where a POST's time goes: the same requests on a client that reports every query and its duration.
  const logged = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL!, max: 10 }), log: [{ emit: "event", level: "query" }] });
  const statements = new Map<string, { calls: number; ms: number }>();
  let recording = false;
  logged.$on("query", (event) => {
    if (!recording) return;
    const text = event.query.replace(/\s+/g, " ").replace(/"public"\./g, "").slice(0, 90);
    const entry = statements.get(text) ?? { calls: 0, ms: 0 };
    entry.calls += 1;
    entry.ms += event.duration;
    statements.set(text, entry);
  });
  const globalForDb = globalThis as unknown as { rollcallDb?: Promise<PrismaClient> };
  globalForDb.rollcallDb = Promise.resolve(logged);
  for (let i = 0; i < 5; i++) await post(entraUser(i, "pwarm"));
  recording = true;
  const profileStart = performance.now();
  for (let i = 0; i < profileSample; i++) await post(entraUser(i, "prof"));
  const profileMs = performance.now() - profileStart;
  recording = false;
  const all = [...statements.entries()];
  const queries = all.reduce((sum, [, s]) => sum + s.calls, 0);
  const dbMs = all.reduce((sum, [, s]) => sum + s.ms, 0);
  const top = all
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 6)
    .map(([statement, s]) => ({ statement, callsPerPost: s.calls / profileSample, msPerPost: s.ms / profileSample }));

  return {
    posts,
    postTotalSeconds: cycleSeconds,
    post: summary(postTimes),
    learners: linked,
    runs,
    lookups,
    profile: { sample: profileSample, wallMsPerPost: profileMs / profileSample, queriesPerPost: queries / profileSample, dbMsPerPost: dbMs / profileSample, top },
  };
});
