import { DEFAULT_MAX_ROWS } from "@/lib/imports/limits";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as getImportRoute } from "@/app/api/v1/imports/[id]/route";
import { GET as getErrorsRoute } from "@/app/api/v1/imports/[id]/errors/route";
import { POST as undoRoute } from "@/app/api/v1/imports/[id]/undo/route";
import { POST as importsRoute } from "@/app/api/v1/imports/route";
import { GET as getUserRoute, PATCH as patchUserRoute } from "@/app/api/v1/users/[id]/route";
import { GET as usersRoute } from "@/app/api/v1/users/route";
import { dryRunSchema, importAcceptedSchema, importSchema, problemSchema, userListSchema, userSchema } from "@/lib/api/v1/schemas";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { drainInProcessJobs } from "@/lib/server/jobs/in-process";
import { callApi, problemOf, tokenFor } from "./support/api";
import { createTestOrganisation, learnerSnapshot, queueCsv, staffCsv } from "./support/fixtures";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { inProcessSteps } from "@/lib/server/jobs/in-process";

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;

let org: Org;
let other: Org;
let secret: string;

/** Imports a CSV through the API and waits for the background job. */
async function importCsv(csv: string, query = "", headers: Record<string, string> = {}) {
  const response = await callApi(importsRoute, `/api/v1/imports${query}`, { token: secret, body: csv, contentType: "text/csv", headers });
  await drainInProcessJobs();
  return response;
}

beforeAll(async () => {
  [org, other] = [await createTestOrganisation(), await createTestOrganisation()];
  secret = (await tokenFor(org)).secret;
});

afterEach(() => {
  env.API_RATE_LIMIT_PER_MINUTE = 600;
});

afterAll(async () => {
  await drainInProcessJobs();
});

describe("authentication", () => {
  it("refuses a missing, malformed or unknown token with 401, WWW-Authenticate and a sentence saying what to do", async () => {
    const missing = await callApi(usersRoute, "/api/v1/users");
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="Rollcall API"');
    expect(await problemOf(missing)).toMatchObject({ status: 401, code: "token_missing", detail: expect.stringContaining("Settings → API tokens") });

    const malformed = await callApi(usersRoute, "/api/v1/users", { token: "not-a-token" });
    expect(await problemOf(malformed)).toMatchObject({ code: "token_unknown", detail: expect.stringContaining("start with rc_") });
    const unknown = await callApi(usersRoute, "/api/v1/users", { token: `rc_${"A".repeat(43)}` });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect((await problemOf(unknown)).code).toBe("token_unknown");
  });

  it("refuses a revoked token on its very next request, and an expired one", async () => {
    const token = await tokenFor(org, ["users:read"]);
    expect((await callApi(usersRoute, "/api/v1/users", { token: token.secret })).status).toBe(200);
    await revokeApiToken(await getDb(), { organisationId: org.organisationId, tokenId: token.id, adminId: org.adminId });
    const revoked = await callApi(usersRoute, "/api/v1/users", { token: token.secret });
    expect(await problemOf(revoked)).toMatchObject({ status: 401, code: "token_revoked", detail: expect.stringMatching(/^This API token was revoked on \d{4}-\d\d-\d\d at \d\d:\d\d UTC\./) });

    const expired = await tokenFor(org, ["users:read"], new Date(Date.now() - 1000));
    expect(await problemOf(await callApi(usersRoute, "/api/v1/users", { token: expired.secret }))).toMatchObject({ code: "token_expired" });
  });

  it("records when a token was last used, without writing on every request", async () => {
    const token = await tokenFor(org, ["users:read"]);
    const db = await getDb();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toBeNull();
    await callApi(usersRoute, "/api/v1/users", { token: token.secret });
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await callApi(usersRoute, "/api/v1/users", { token: token.secret });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(first);
  });

  it("enforces each route's scope with 403, naming the scope needed and the ones the token has", async () => {
    const readOnly = await tokenFor(org, ["users:read"]);
    const refused = await callApi(importsRoute, "/api/v1/imports", { token: readOnly.secret, body: staffCsv(1), contentType: "text/csv" });
    expect(await problemOf(refused)).toMatchObject({ status: 403, code: "insufficient_scope", detail: expect.stringContaining("needs the imports:write scope, and the token has users:read") });
    expect(await (await getDb()).importJob.count({ where: { organisationId: org.organisationId } })).toBe(0);

    const importsOnly = await tokenFor(org, ["imports:write"]);
    expect((await callApi(usersRoute, "/api/v1/users", { token: importsOnly.secret })).status).toBe(403);
    const patch = await callApi(patchUserRoute, "/api/v1/users/x", { token: importsOnly.secret, params: { id: "x" }, body: '{"active":false}', contentType: "application/json" });
    expect((await problemOf(patch)).code).toBe("insufficient_scope");
  });

  it("limits each token's requests per minute with 429 and Retry-After, and says how many are left on every answer", async () => {
    env.API_RATE_LIMIT_PER_MINUTE = 3;
    const [token, second] = [await tokenFor(org, ["users:read"]), await tokenFor(org, ["users:read"])];
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await callApi(usersRoute, "/api/v1/users?limit=1", { token: token.secret }));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((r) => r.headers.get("ratelimit-remaining"))).toEqual(["2", "1", "0", "0"]);
    const limited = answers[3]!;
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(await problemOf(limited)).toMatchObject({ code: "rate_limited", detail: expect.stringContaining("3 requests this minute") });
    // Per token: another token of the same organisation is unaffected.
    expect((await callApi(usersRoute, "/api/v1/users?limit=1", { token: second.secret })).status).toBe(200);
  });
});

describe("POST /api/v1/imports", () => {
  it("dry run answers with the review's plan and writes nothing", async () => {
    const csv = `${staffCsv(3)}\nbroken-email,No,Address,1,Sales,Role,000999\n,Missing,Email,1,Sales,Role,000998`;
    const response = await callApi(importsRoute, "/api/v1/imports?dryRun=true", { token: secret, body: csv, contentType: "text/csv" });
    expect(response.status).toBe(200);
    const plan = dryRunSchema.parse(await response.json());
    expect(plan.summary).toEqual({ create: 3, update: 0, unchanged: 0, archive: 0, skip: 0, error: 2 });
    expect(plan.rowsWithErrors).toBe(2);
    expect(plan.errors.map((e) => e.row)).toEqual([5, 6]);
    expect(plan.errors[0]!.errors[0]!.message).toMatch(/broken-email/);
    expect(plan.mapping).toContainEqual({ column: "Department", field: expect.any(String) });
    const db = await getDb();
    expect(await db.importJob.count({ where: { organisationId: org.organisationId } })).toBe(0);
    expect(await db.learner.count({ where: { organisationId: org.organisationId } })).toBe(0);
  });

  it("imports a CSV in the background: 202 with a status URL, then status, errors and undo", async () => {
    const csv = `${staffCsv(5, { offset: 100 })}\nbroken-email,No,Address,1,Sales,Role,000999`;
    const response = await importCsv(csv, "?fileName=staff.csv");
    expect(response.status).toBe(202);
    const accepted = importAcceptedSchema.parse(await response.json());
    expect(response.headers.get("location")).toBe(`/api/v1/imports/${accepted.id}`);
    expect(accepted.summary).toMatchObject({ create: 5, error: 1 });

    const status = await callApi(getImportRoute, accepted.statusUrl, { token: secret, params: { id: accepted.id } });
    const job = importSchema.parse(await status.json());
    expect(job).toMatchObject({ status: "completed", source: "api", fileName: "staff.csv", totalRows: 6, processedRows: 6, counts: { created: 5, failed: 1 } });

    const db = await getDb();
    const stored = await db.importJob.findUniqueOrThrow({ where: { id: accepted.id }, include: { apiToken: true } });
    expect(stored).toMatchObject({ adminId: null, source: "API", apiToken: { name: "Token users:read+users:write+imports:write" } });
    const queuedAudit = await db.auditLog.findFirstOrThrow({ where: { organisationId: org.organisationId, action: "import.queued" }, orderBy: { id: "desc" } });
    expect(queuedAudit).toMatchObject({ apiTokenId: stored.apiTokenId, detail: expect.objectContaining({ token: stored.apiToken!.name, importId: accepted.id }) });
    expect(JSON.stringify({ ...queuedAudit, id: String(queuedAudit.id) })).not.toContain(secret);

    const errors = await callApi(getErrorsRoute, accepted.errorsUrl, { token: secret, params: { id: accepted.id } });
    expect(errors.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await errors.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("broken-email");

    const undone = await callApi(undoRoute, `${accepted.statusUrl}/undo`, { token: secret, params: { id: accepted.id } });
    expect(importSchema.parse(await undone.json())).toMatchObject({ status: "undone", undo: { deleted: 5 } });
    expect(await db.learner.count({ where: { organisationId: org.organisationId, email: { startsWith: "person10" } } })).toBe(0);
    const again = await callApi(undoRoute, `${accepted.statusUrl}/undo`, { token: secret, params: { id: accepted.id } });
    expect(await problemOf(again)).toMatchObject({ status: 409, code: "not_undoable" });
  });

  it("imports JSON exactly as the wizard imports the same rows as CSV", async () => {
    const [viaWizard, viaApi] = [await createTestOrganisation(), await createTestOrganisation()];
    const rows = [
      { email: "Zoe.Angstrom@Example.com", firstName: "Zoë", lastName: "Ångström", active: true, department: "Nursing", employeeId: "000042" },
      { email: "li.wei@example.com", firstName: "Li", lastName: "Wei", active: true, department: "Estates", employeeId: "000043" },
    ];
    const csv = ["Email,First Name,Last Name,Active,Department,Employee ID", ...rows.map((r) => `${r.email},${r.firstName},${r.lastName},${r.active ? 1 : 0},${r.department},${r.employeeId}`)].join("\n");
    await processImportSteps({ importId: await queueCsv(viaWizard, csv, { sendWelcome: false }), organisationId: viaWizard.organisationId }, inProcessSteps);

    const db = await getDb();
    const fields = await db.profileField.findMany({ where: { organisationId: viaApi.organisationId, builtIn: false } });
    const key = (label: string) => fields.find((f) => f.label === label)!.key;
    const body = JSON.stringify({
      users: rows.map((r) => ({ email: r.email, firstName: r.firstName, lastName: r.lastName, active: r.active, fields: { [key("Department")]: r.department, [key("Employee ID")]: r.employeeId } })),
    });
    const apiToken = await tokenFor(viaApi, ["imports:write"]);
    const response = await callApi(importsRoute, "/api/v1/imports", { token: apiToken.secret, body, contentType: "application/json" });
    expect(response.status).toBe(202);
    await drainInProcessJobs();

    const strip = (learners: Awaited<ReturnType<typeof learnerSnapshot>>, organisationId: string) =>
      learners.map((l) => ({ ...l, customFields: Object.fromEntries(Object.entries(l.customFields as Record<string, string>).map(([k, v]) => [fieldsLabel(organisationId, k), v])) }));
    const labels = new Map((await db.profileField.findMany({ where: { organisationId: { in: [viaWizard.organisationId, viaApi.organisationId] } } })).map((f) => [`${f.organisationId}:${f.key}`, f.label]));
    const fieldsLabel = (organisationId: string, k: string) => labels.get(`${organisationId}:${k}`) ?? k;
    const wizard = strip(await learnerSnapshot(viaWizard.organisationId), viaWizard.organisationId);
    expect(wizard).toHaveLength(2);
    expect(strip(await learnerSnapshot(viaApi.organisationId), viaApi.organisationId)).toEqual(wizard);
  });

  it("refuses bodies it can't import with a problem naming the column, field or limit", async () => {
    const missingColumn = await callApi(importsRoute, "/api/v1/imports", { token: secret, body: "Email,Department\na@example.com,Sales", contentType: "text/csv" });
    expect(await problemOf(missingColumn)).toMatchObject({ status: 422, code: "file_refused", detail: expect.stringMatching(/^No column in this file matches First Name, Last Name and Active\. Add columns headed/) });

    const unknownField = await callApi(importsRoute, "/api/v1/imports", { token: secret, body: JSON.stringify({ users: [{ email: "a@example.com", fields: { shoeSize: 9 } }] }), contentType: "application/json" });
    expect(await problemOf(unknownField)).toMatchObject({ status: 422, code: "unknown_field", errors: [{ field: "users.0.fields.shoeSize", message: expect.stringContaining("not one of your profile fields") }] });

    const badShape = await callApi(importsRoute, "/api/v1/imports", { token: secret, body: JSON.stringify({ users: [{ email: "a@example.com", active: "yes" }] }), contentType: "application/json" });
    expect(await problemOf(badShape)).toMatchObject({ status: 422, code: "invalid_body", detail: "users.0.active: active is true or false." });

    const notJson = await callApi(importsRoute, "/api/v1/imports", { token: secret, body: "{users:", contentType: "application/json" });
    expect(await problemOf(notJson)).toMatchObject({ status: 400, code: "invalid_json" });
    const empty = await callApi(importsRoute, "/api/v1/imports", { token: secret, body: "", contentType: "text/csv" });
    expect(await problemOf(empty)).toMatchObject({ status: 422, code: "empty_body" });
    const wrongType = await callApi(importsRoute, "/api/v1/imports", { token: secret, body: "<users/>", contentType: "application/xml" });
    expect(await problemOf(wrongType)).toMatchObject({ status: 415, detail: expect.stringContaining("not application/xml") });
    const badMode = await callApi(importsRoute, "/api/v1/imports?mode=merge", { token: secret, body: staffCsv(1), contentType: "text/csv" });
    expect(await problemOf(badMode)).toMatchObject({ status: 400, code: "invalid_query", detail: "Query parameter mode: mode is upsert, create or update." });

    const tooMany = JSON.stringify({ users: Array.from({ length: DEFAULT_MAX_ROWS + 1 }, () => ({ email: "a" })) });
    expect(await problemOf(await callApi(importsRoute, "/api/v1/imports", { token: secret, body: tooMany, contentType: "application/json" }))).toMatchObject({ status: 413, code: "too_large" });
    expect(await (await getDb()).importJob.count({ where: { organisationId: org.organisationId, source: "API", status: "DRAFT" } })).toBe(0);
  });

  it("sets groups from a JSON list: the dry run names the new groups, and the users come back with them", async () => {
    const grouped = await createTestOrganisation();
    const token = await tokenFor(grouped, ["imports:write", "users:read"]);
    const body = JSON.stringify({ users: [{ email: "gia@example.com", firstName: "Gia", lastName: "Rossi", groups: ["Fire wardens", "London office"] }] });
    const plan = dryRunSchema.parse(await (await callApi(importsRoute, "/api/v1/imports?dryRun=true", { token: token.secret, body, contentType: "application/json" })).json());
    expect(plan.newGroups).toEqual(["Fire wardens", "London office"]);
    const refused = await callApi(importsRoute, "/api/v1/imports?dryRun=true&newGroups=error", { token: token.secret, body, contentType: "application/json" });
    expect(dryRunSchema.parse(await refused.json()).summary.error).toBe(1);

    expect((await callApi(importsRoute, "/api/v1/imports", { token: token.secret, body, contentType: "application/json" })).status).toBe(202);
    await drainInProcessJobs();
    const list = userListSchema.parse(await (await callApi(usersRoute, "/api/v1/users", { token: token.secret })).json());
    expect(list.data.map((u) => [u.email, u.groups])).toEqual([["gia@example.com", ["Fire wardens", "London office"]]]);
    const bad = await callApi(importsRoute, "/api/v1/imports", { token: token.secret, body: JSON.stringify({ users: [{ email: "x@example.com", groups: ["a;b"] }] }), contentType: "application/json" });
    expect(await problemOf(bad)).toMatchObject({ status: 422, detail: "users.0.groups.0: A group name can't contain “;”." });
  });

  it("takes a CSV posted as a form field, as curl -F sends it", async () => {
    const form = new FormData();
    form.set("file", new File([staffCsv(2, { offset: 300 })], "from-form.csv", { type: "text/csv" }));
    const request = new Request("http://localhost/api/v1/imports?dryRun=true", { method: "POST", headers: { authorization: `Bearer ${secret}` }, body: form });
    const response = await importsRoute(request, { params: Promise.resolve({}) });
    expect(dryRunSchema.parse(await response.json()).summary.create).toBe(2);
  });

  it("never starts a second import for a retried Idempotency-Key, and refuses the key with a different body", async () => {
    const db = await getDb();
    const before = await db.importJob.count({ where: { organisationId: org.organisationId } });
    const csv = staffCsv(3, { offset: 500 });
    const first = await importCsv(csv, "", { "idempotency-key": "nightly-2026-12-01" });
    const retry = await importCsv(csv, "", { "idempotency-key": "nightly-2026-12-01" });
    expect([first.status, retry.status]).toEqual([202, 202]);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await retry.json()).id).toBe((await first.json()).id);
    expect(await db.importJob.count({ where: { organisationId: org.organisationId } })).toBe(before + 1);

    const changed = await importCsv(staffCsv(4, { offset: 500 }), "", { "idempotency-key": "nightly-2026-12-01" });
    expect(await problemOf(changed)).toMatchObject({ status: 422, code: "idempotency_key_reused" });
    // Keys belong to the organisation: another organisation's same key is a new request.
    const otherToken = await tokenFor(other, ["imports:write"]);
    const elsewhere = await callApi(importsRoute, "/api/v1/imports", { token: otherToken.secret, body: csv, contentType: "text/csv", headers: { "idempotency-key": "nightly-2026-12-01" } });
    expect(elsewhere.status).toBe(202);
    expect(elsewhere.headers.get("idempotent-replayed")).toBeNull();
    await drainInProcessJobs();
  });

  it("answers 409 while a key's first request is still running, and frees a key whose request died", async () => {
    const db = await getDb();
    const csv = staffCsv(1, { offset: 900 });
    const { requestFingerprint } = await import("@/lib/api/idempotency");
    const fingerprint = requestFingerprint(new Request("http://localhost/api/v1/imports", { method: "POST", headers: { "content-type": "text/csv" } }), new TextEncoder().encode(csv));
    await db.apiIdempotencyKey.create({ data: { organisationId: org.organisationId, key: "running", requestHash: fingerprint } });
    const running = await importCsv(csv, "", { "idempotency-key": "running" });
    expect(await problemOf(running)).toMatchObject({ status: 409, code: "idempotency_key_in_progress" });
    expect(running.headers.get("retry-after")).toBe("2");

    await db.apiIdempotencyKey.create({ data: { organisationId: org.organisationId, key: "abandoned", requestHash: fingerprint, createdAt: new Date(Date.now() - 11 * 60 * 1000) } });
    expect((await importCsv(csv, "", { "idempotency-key": "abandoned" })).status).toBe(202);
  });

  it("lets simultaneous requests with one key start exactly one import", async () => {
    const db = await getDb();
    const before = await db.importJob.count({ where: { organisationId: org.organisationId } });
    const csv = staffCsv(2, { offset: 700 });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => callApi(importsRoute, "/api/v1/imports", { token: secret, body: csv, contentType: "text/csv", headers: { "idempotency-key": "burst" } })),
    );
    await drainInProcessJobs();
    expect(answers.filter((r) => r.status === 202).length).toBeGreaterThanOrEqual(1);
    for (const r of answers) expect([202, 409]).toContain(r.status);
    expect(await db.importJob.count({ where: { organisationId: org.organisationId } })).toBe(before + 1);
  });
});

describe("users", () => {
  let page: Org;
  let readSecret: string;

  beforeAll(async () => {
    page = await createTestOrganisation();
    await processImportSteps({ importId: await queueCsv(page, staffCsv(250), { sendWelcome: false }), organisationId: page.organisationId }, inProcessSteps);
    readSecret = (await tokenFor(page, ["users:read", "users:write"])).secret;
  });

  it("pages through every user once with the cursor, oldest change first", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await callApi(usersRoute, `/api/v1/users?limit=100${cursor ? `&cursor=${cursor}` : ""}`, { token: readSecret });
      const list = userListSchema.parse(await response.json());
      seen.push(...list.data.map((u) => u.email));
      cursor = list.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(250);
  });

  it("filters by search, status and updatedSince", async () => {
    const db = await getDb();
    const target = await db.learner.findFirstOrThrow({ where: { organisationId: page.organisationId, email: "person42@example.com" } });
    const since = new Date();
    await db.learner.update({ where: { id: target.id }, data: { lastName: "Changed" } });

    const changed = userListSchema.parse(await (await callApi(usersRoute, `/api/v1/users?updatedSince=${since.toISOString()}`, { token: readSecret })).json());
    expect(changed.data.map((u) => u.email)).toEqual(["person42@example.com"]);
    const searched = userListSchema.parse(await (await callApi(usersRoute, "/api/v1/users?q=PERSON24", { token: readSecret })).json());
    expect(searched.data.map((u) => u.email).sort()).toEqual(["person240@example.com", "person241@example.com", "person242@example.com", "person243@example.com", "person244@example.com", "person245@example.com", "person246@example.com", "person247@example.com", "person248@example.com", "person249@example.com", "person24@example.com"]);
    expect(userListSchema.parse(await (await callApi(usersRoute, "/api/v1/users?status=archived", { token: readSecret })).json()).data).toEqual([]);
  });

  it("answers bad queries with 400 naming the parameter", async () => {
    expect(await problemOf(await callApi(usersRoute, "/api/v1/users?limit=5000", { token: readSecret }))).toMatchObject({ status: 400, detail: "Query parameter limit: limit is at most 500." });
    expect(await problemOf(await callApi(usersRoute, "/api/v1/users?cursor=bogus", { token: readSecret }))).toMatchObject({ status: 400, detail: expect.stringContaining("cursor") });
    expect(await problemOf(await callApi(usersRoute, "/api/v1/users?updatedSince=yesterday", { token: readSecret }))).toMatchObject({ status: 400, errors: [{ field: "updatedSince", message: expect.stringContaining("ISO 8601") }] });
  });

  it("gets one user, and archives and restores them with PATCH (audited under the token's name)", async () => {
    const db = await getDb();
    const learner = await db.learner.findFirstOrThrow({ where: { organisationId: page.organisationId, email: "person7@example.com" } });
    const got = userSchema.parse(await (await callApi(getUserRoute, `/api/v1/users/${learner.id}`, { token: readSecret, params: { id: learner.id } })).json());
    expect(got).toMatchObject({ id: learner.id, email: "person7@example.com", active: true, welcome: { status: "not_sent" } });

    const archive = await callApi(patchUserRoute, `/api/v1/users/${learner.id}`, { token: readSecret, params: { id: learner.id }, body: '{"active":false}', contentType: "application/json" });
    expect(userSchema.parse(await archive.json()).active).toBe(false);
    const entry = await db.auditLog.findFirstOrThrow({ where: { organisationId: page.organisationId, action: "learners.archived" }, orderBy: { id: "desc" } });
    expect(entry.detail).toMatchObject({ count: 1, learnerIds: [learner.id], token: "Token users:read+users:write" });

    const bad = await callApi(patchUserRoute, `/api/v1/users/${learner.id}`, { token: readSecret, params: { id: learner.id }, body: '{"active":false,"email":"x@y.z"}', contentType: "application/json" });
    expect(await problemOf(bad)).toMatchObject({ status: 422, code: "invalid_body" });
  });

  it("answers another organisation's ids exactly as ids that don't exist", async () => {
    const db = await getDb();
    const theirs = await db.learner.findFirstOrThrow({ where: { organisationId: page.organisationId } });
    const otherSecret = (await tokenFor(other, ["users:read", "users:write"])).secret;
    const answer = async (id: string) => {
      const response = await callApi(getUserRoute, `/api/v1/users/${id}`, { token: otherSecret, params: { id } });
      return { status: response.status, body: await response.text() };
    };
    const [mine, missing] = [await answer(theirs.id), await answer("c0000000000000000000000000")];
    expect(mine.status).toBe(404);
    expect(mine).toEqual(missing);
    const patched = await callApi(patchUserRoute, `/api/v1/users/${theirs.id}`, { token: otherSecret, params: { id: theirs.id }, body: '{"active":false}', contentType: "application/json" });
    expect(patched.status).toBe(404);
    expect((await db.learner.findUniqueOrThrow({ where: { id: theirs.id } })).active).toBe(theirs.active);
  });
});

describe("problem bodies", () => {
  it("match the published Problem schema", async () => {
    problemSchema.parse(await (await callApi(usersRoute, "/api/v1/users")).json());
  });
});
