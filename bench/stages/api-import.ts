// Stage 6a: POST /api/v1/imports with a CSV body, through the route handler and its wrapper (token, rate limit, validation).
import { readFileSync } from "node:fs";
import { POST } from "@/app/api/v1/imports/route";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { drainInProcessJobs } from "@/lib/server/jobs/in-process";
import { runStage, seconds, stageArgs } from "../support/stage-io";
import type { ApiImportResult, OrgRef } from "../support/stage-types";

const { org, file, dryRun } = stageArgs<{ org: OrgRef; file: string; dryRun: boolean }>();

await runStage(async (): Promise<ApiImportResult> => {
  const db = await getDb();
  env.API_RATE_LIMIT_PER_MINUTE = 1_000_000;
  const { secret } = await createApiToken(db, { organisationId: org.organisationId, createdById: org.adminId, name: "bench", scopes: ["imports:write"], expiresAt: null });
  const post = (body: Uint8Array<ArrayBuffer>, query: string) =>
    POST(new Request(`http://localhost/api/v1/imports?${query}`, { method: "POST", headers: { authorization: `Bearer ${secret}`, "content-type": "text/csv" }, body }), { params: Promise.resolve({}) });
  // Warm-up: modules, Prisma and the plan path loaded before the clock starts.
  await (await post(new TextEncoder().encode("Email,First Name,Last Name,Active\nwarm@up.test,Warm,Up,1"), "dryRun=true")).text();

  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  const response = await post(bytes, dryRun ? "dryRun=true" : "fileName=bench.csv");
  const body = (await response.json()) as { summary: Record<string, number>; id?: string };
  const answerSeconds = seconds(start);
  if (response.status !== (dryRun ? 200 : 202)) throw new Error(`POST /api/v1/imports answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  let completeSeconds: number | null = null;
  if (!dryRun) {
    await drainInProcessJobs();
    completeSeconds = seconds(start);
    const job = await db.importJob.findUniqueOrThrow({ where: { id: body.id! } });
    if (job.status !== "COMPLETED") throw new Error(`the API import ended ${job.status}: ${job.error}`);
  }
  const rows = Object.entries(body.summary).filter(([k]) => k !== "archive").reduce((sum, [, v]) => sum + v, 0);
  return { rows, dryRun, status: response.status, answerSeconds, completeSeconds, summary: body.summary };
});
