import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { exportActivityCsv } from "@/lib/csv/export-activity";
import { getDb } from "@/lib/db";
import { listActivity } from "@/lib/server/activity/list-activity";
import { listActivityPeople } from "@/lib/server/activity/list-activity-people";
import { listRelatedActivity } from "@/lib/server/activity/list-related-activity";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { audit } from "@/lib/server/audit";
import { attemptLogin } from "@/lib/server/auth/attempt-login";
import { createGroup } from "@/lib/server/groups/create-group";
import { drainInProcessJobs, inProcessSteps } from "@/lib/server/jobs/in-process";
import { setLearnersActive } from "@/lib/server/learners/set-learners-active";
import { parseActivityQuery } from "@/lib/validations/activity";
import { createTestOrganisation, queueCsv } from "./support/fixtures";

type Admin = { organisationId: string; role: "OWNER" | "ADMIN" | "VIEWER"; organisation: { slug: string } } | null;
const session = vi.hoisted(() => ({ admin: null as Admin }));
vi.mock("@/lib/auth/require-admin", () => ({ getCurrentAdmin: async () => session.admin }));
const { GET } = await import("@/app/api/activity/export/route");

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;
let a: Org;
let b: Org;
let token: { id: string; name: string };
let learnerIds: string[];
let importId: string;
const uniqueIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
const query = (params: Record<string, string> = {}) => parseActivityQuery(new URLSearchParams(params));
const csvRows = (text: string) => text.replace(/^\uFEFF/, "").trim().split("\r\n");

beforeAll(async () => {
  const db = await getDb();
  [a, b] = [await createTestOrganisation(), await createTestOrganisation()];
  await db.admin.update({ where: { id: a.adminId }, data: { name: "=HYPERLINK(\"http://evil\")" } });
  const created = await createApiToken(db, { organisationId: a.organisationId, createdById: a.adminId, name: "HR sync", scopes: ["users:write"], expiresAt: null });
  token = { id: created.id, name: created.name };

  // An import run by the token: its completion is logged under the token's name.
  importId = await queueCsv(a, "Email,First Name,Last Name,Active\nann@act.test,Ann,Able,1\nbob@act.test,Bob,Best,1\n", { sendWelcome: false });
  await db.importJob.update({ where: { id: importId }, data: { apiTokenId: token.id, adminId: null } });
  await processImportSteps({ importId, organisationId: a.organisationId }, inProcessSteps);
  learnerIds = (await db.learner.findMany({ where: { organisationId: a.organisationId }, orderBy: { emailKey: "asc" }, select: { id: true } })).map((l) => l.id);
  await setLearnersActive(db, a.organisationId, { ids: [learnerIds[0]!], active: false, adminId: null, token });
  await setLearnersActive(db, a.organisationId, { ids: [learnerIds[0]!], active: true, adminId: a.adminId });
  await createGroup(db, a.organisationId, { name: "Fire wardens", description: "", adminId: a.adminId });

  // B's own activity, which A must never see.
  await createGroup(db, b.organisationId, { name: "B's secret group", description: "", adminId: b.adminId });
  await audit(db, { action: "login.succeeded", organisationId: b.organisationId, adminId: b.adminId, ip: "192.0.2.1" });
});

afterAll(async () => {
  await drainInProcessJobs();
});

beforeEach(() => {
  session.admin = null;
});

describe("the activity log query", () => {
  it("lists the organisation's entries newest first, with who did what", async () => {
    const db = await getDb();
    const page = await listActivity(db, a.organisationId, query());
    const lines = page.rows.map((row) => `${row.actor.label} | ${row.sentence}`);
    expect(lines).toEqual([
      `=HYPERLINK("http://evil") | Created the group ‘Fire wardens’.`,
      `=HYPERLINK("http://evil") | Unarchived 1 user.`,
      "API token ‘HR sync’ | Archived 1 user.",
      "API token ‘HR sync’ | An import finished: 2 created and 0 updated.",
      `=HYPERLINK("http://evil") | Started an import of 2 rows.`,
      `=HYPERLINK("http://evil") | Created the API token ‘HR sync’ (users:write).`,
    ]);
    expect(page.rows.every((row) => new Date(row.createdAt).getTime() <= Date.now())).toBe(true);
    const completed = await db.auditLog.findFirstOrThrow({ where: { organisationId: a.organisationId, action: "import.completed" } });
    expect(completed).toMatchObject({ apiTokenId: token.id, adminId: null, detail: expect.objectContaining({ token: "HR sync", importId, source: "CSV" }) });
  });

  it("filters by person (an admin or a token), by kind, and by dates, and the filters combine", async () => {
    const db = await getDb();
    const sentences = async (params: Record<string, string>) => (await listActivity(db, a.organisationId, query(params))).rows.map((row) => row.sentence);
    expect(await sentences({ person: `token:${token.id}` })).toEqual(["Archived 1 user.", "An import finished: 2 created and 0 updated."]);
    expect(await sentences({ person: `admin:${a.adminId}`, kind: "users" })).toEqual(["Unarchived 1 user."]);
    expect(await sentences({ kind: "api_tokens" })).toEqual(["Created the API token ‘HR sync’ (users:write)."]);
    expect(await sentences({ kind: "imports" })).toEqual(["An import finished: 2 created and 0 updated.", "Started an import of 2 rows."]);

    // Move the token's creation to last month: the date range keeps or drops it by the whole day.
    const entry = await db.auditLog.findFirstOrThrow({ where: { organisationId: a.organisationId, action: "api_token.created" } });
    await db.auditLog.update({ where: { id: entry.id }, data: { createdAt: new Date("2026-10-15T23:30:00Z") } });
    expect(await sentences({ from: "2026-10-15", to: "2026-10-15" })).toEqual(["Created the API token ‘HR sync’ (users:write)."]);
    expect(await sentences({ to: "2026-10-14" })).toEqual([]);
    expect(await sentences({ from: "2026-10-16", kind: "api_tokens" })).toEqual([]);
    expect(await sentences({ from: "2026-10-01", to: "2026-10-31", person: `admin:${a.adminId}` })).toEqual(["Created the API token ‘HR sync’ (users:write)."]);
  });

  it("ignores filters it can't read instead of failing", () => {
    expect(query({ person: "robert'); DROP TABLE", kind: "nonsense", from: "2026-02-30", to: "yesterday", page: "-3", pageSize: "7" })).toEqual({
      person: "",
      kind: "",
      from: "",
      to: "",
      page: 1,
      pageSize: 50,
    });
  });

  it("pages through a long log in the database without repeating or skipping entries", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const start = Date.parse("2026-11-01T09:00:00Z");
    await db.auditLog.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({ organisationId: org.organisationId, adminId: org.adminId, action: "login.succeeded", createdAt: new Date(start + i * 60_000) })),
    });
    const pages = await Promise.all([1, 2, 3].map((page) => listActivity(db, org.organisationId, query({ page: String(page), pageSize: "25" }))));
    expect(pages.map((p) => [p.total, p.pageCount, p.rows.length])).toEqual([
      [60, 3, 25],
      [60, 3, 25],
      [60, 3, 10],
    ]);
    const times = pages.flatMap((p) => p.rows.map((row) => new Date(row.createdAt).getTime()));
    expect(new Set(times).size).toBe(60);
    expect(times).toEqual([...times].sort((x, y) => y - x));
    // Past the end: the last page.
    expect(await listActivity(db, org.organisationId, query({ page: "9", pageSize: "25" }))).toMatchObject({ page: 3, rows: pages[2]!.rows });
  });

  it("never shows another organisation's entries, even through a filter naming its admin", async () => {
    const db = await getDb();
    const mine = await listActivity(db, a.organisationId, query());
    expect(JSON.stringify(mine)).not.toContain("B's secret group");
    expect(await listActivity(db, a.organisationId, query({ person: `admin:${b.adminId}` }))).toMatchObject({ total: 0, rows: [] });
    const theirs = await listActivity(db, b.organisationId, query());
    expect(theirs.rows.map((row) => row.sentence)).toEqual(["Signed in.", "Created the group ‘B's secret group’."]);
    expect((await listActivityPeople(db, a.organisationId)).map((p) => p.label)).toEqual([`=HYPERLINK("http://evil")`, "API token ‘HR sync’"]);
  });

  it("finds a user's and an import's own entries for their pages, within the organisation", async () => {
    const db = await getDb();
    const user = await listRelatedActivity(db, a.organisationId, { learnerId: learnerIds[0]! });
    expect(user.map((row) => `${row.actor.label}: ${row.sentence}`)).toEqual([`=HYPERLINK("http://evil"): Unarchived 1 user.`, "API token ‘HR sync’: Archived 1 user."]);
    expect(await listRelatedActivity(db, b.organisationId, { learnerId: learnerIds[0]! })).toEqual([]);
    const job = await listRelatedActivity(db, a.organisationId, { importId });
    expect(job.map((row) => row.action)).toEqual(["import.completed", "import.queued"]);
    expect(await listRelatedActivity(db, b.organisationId, { importId })).toEqual([]);
  });
});

describe("sign-ins in the log", () => {
  it("records successes and failures on an admin's username in their organisation, never a password, and unknown usernames in none", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const admin = await db.admin.findUniqueOrThrow({ where: { id: org.adminId } });
    const password = `secret-${randomBytes(6).toString("hex")}`;
    const stranger = `nobody-${randomBytes(4).toString("hex")}`;
    await attemptLogin(db, { username: admin.username, password, ip: uniqueIp() });
    await attemptLogin(db, { username: admin.username, password: "integration test password", ip: uniqueIp() });
    await attemptLogin(db, { username: stranger, password, ip: uniqueIp() });

    const page = await listActivity(db, org.organisationId, query({ kind: "sign_ins" }));
    expect(page.rows.map((row) => [row.actor.kind, row.sentence])).toEqual([
      ["admin", "Signed in."],
      ["anonymous", `Failed sign-in as ‘${admin.username}’: wrong username or password.`],
    ]);
    const strangers = await db.auditLog.findMany({ where: { action: "login.failed", detail: { path: ["username"], equals: stranger } } });
    expect(strangers).toHaveLength(1);
    expect(strangers[0]!.organisationId).toBeNull();
    // Nowhere in the whole log, whichever organisation.
    const [{ n }] = await db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM "AuditLog" WHERE "detail"::text LIKE ${`%${password}%`} OR "action" LIKE ${`%${password}%`}`;
    expect(n).toBe(0);
  });

  it("records a throttled attempt on an admin's username in their organisation", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const admin = await db.admin.findUniqueOrThrow({ where: { id: org.adminId } });
    for (let i = 0; i < 6; i++) await attemptLogin(db, { username: admin.username, password: "wrong wrong wrong", ip: uniqueIp() });
    const throttled = await listActivity(db, org.organisationId, query({ kind: "sign_ins" }));
    expect(throttled.rows[0]?.sentence).toBe(`Sign-in as ‘${admin.username}’ refused: too many attempts.`);
  });
});

describe("GET /api/activity/export", () => {
  it("refuses a request without a signed-in admin", async () => {
    const response = await GET(new Request("http://localhost/api/activity/export"));
    expect(response.status).toBe(401);
  });

  it("streams the filtered entries of the admin's organisation as CSV, with formula-like cells neutralised", async () => {
    session.admin = { organisationId: a.organisationId, role: "VIEWER", organisation: { slug: "act-a" } };
    const response = await GET(new Request(`http://localhost/api/activity/export?kind=users`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="activity-act-a-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvRows(await response.text());
    expect(rows[0]).toBe("Time (UTC),Who,Activity,Action,IP address,Link");
    expect(rows.slice(1).map((row) => row.replace(/^[^,]+,/, ""))).toEqual([
      `"'=HYPERLINK(""http://evil"")",Unarchived 1 user.,learners.unarchived,,http://localhost:3000/users/${learnerIds[0]}`,
      `API token ‘HR sync’,Archived 1 user.,learners.archived,,http://localhost:3000/users/${learnerIds[0]}`,
    ]);

    const all = csvRows(await (await GET(new Request("http://localhost/api/activity/export"))).text());
    expect(all).toHaveLength(1 + (await listActivity(await getDb(), a.organisationId, query())).total);
    expect(all.join("\n")).not.toContain("B's secret group");
    // B's admin id as the person filter: only the header.
    expect(csvRows(await (await GET(new Request(`http://localhost/api/activity/export?person=admin:${b.adminId}`))).text())).toHaveLength(1);
  });

  it("reads a long log a batch at a time, in order, without repeats", async () => {
    const db = await getDb();
    const org = await createTestOrganisation();
    const at = new Date("2026-11-02T10:00:00Z");
    // Entries sharing one timestamp: the keyset must break ties by id.
    await db.auditLog.createMany({ data: Array.from({ length: 23 }, () => ({ organisationId: org.organisationId, adminId: org.adminId, action: "login.succeeded", createdAt: at })) });
    let text = "";
    for await (const chunk of exportActivityCsv(db, org.organisationId, {}, { baseUrl: "", batchSize: 5 })) text += chunk;
    expect(csvRows(text)).toHaveLength(24);
  });
});
