/**
 * The check from #17: a person created by a CSV import, updated by a second
 * import (through the API, with an Idempotency-Key), welcomed, searched for
 * and exported, put in a group, provisioned and refused over SCIM, is then
 * erased; afterwards no text, varchar, text[] or json/jsonb column of any
 * table (found through information_schema, so a table added later is
 * scanned too) holds their email, names or field values, and every
 * import's counts are what they were.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as importsRoute } from "@/app/api/v1/imports/route";
import { POST as createScimGroup } from "@/app/scim/v2/Groups/route";
import { POST as createScimUser } from "@/app/scim/v2/Users/route";
import { POST as eraseRoute } from "@/app/api/v1/users/[id]/erase/route";
import { exportLearnersCsv } from "@/lib/csv/export-learners";
import { getDb } from "@/lib/db";
import { changeGroupMembers } from "@/lib/server/groups/change-group-members";
import { setLearnersActive } from "@/lib/server/learners/set-learners-active";
import { listLearners } from "@/lib/server/learners/list-learners";
import { drainInProcessJobs, inProcessSteps } from "@/lib/server/jobs/in-process";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { undoImport } from "@/lib/server/imports/undo-import";
import { eraseLearners } from "@/lib/server/privacy/erase-learners";
import { loadReview } from "@/lib/server/imports/stored-plan/load-review";
import { DEFAULT_LIST_QUERY } from "@/lib/validations/learners";
import { callApi, tokenFor } from "./support/api";
import { draftCsv } from "./support/drafts";
import { createTestOrganisation, queueCsv } from "./support/fixtures";
import { callScim } from "./support/scim";

vi.hoisted(() => {
  vi.stubEnv("RESEND_API_KEY", "");
});

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;

const run = Math.random().toString(36).slice(2, 8);
const person = {
  email: `zephyrine.quill-${run}@erasure.test`,
  firstName: "Zéphyrine",
  lastName: "Quillfeather-Ódinsdóttir",
  department: `Lighthouse Keeping ${run}`,
  newDepartment: `Semaphore Signalling ${run}`,
  badge: `EMP-77${run}`,
  externalId: `okta-zq-${run}`,
};
const other = { email: `orson-${run}@erasure.test`, firstName: "Orson", lastName: "Keptalong" };
const needles = [person.email, person.firstName, person.lastName, person.department, person.newDepartment, person.badge, person.externalId];

interface Hit {
  table: string;
  column: string;
  needle: string;
}

/** Every text-like column of every table in the schema, as the database describes itself. */
async function textColumns() {
  const db = await getDb();
  return db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
    WHERE table_schema = current_schema()
      AND (data_type IN ('text', 'character varying', 'json', 'jsonb') OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))
    ORDER BY 1, 2`;
}

async function scan(values: string[]): Promise<Hit[]> {
  const db = await getDb();
  const hits: Hit[] = [];
  for (const { table, column } of await textColumns()) {
    for (const needle of values) {
      const [{ found }] = await db.$queryRawUnsafe<[{ found: boolean }]>(
        `SELECT EXISTS (SELECT 1 FROM "${table}" WHERE lower("${column}"::text) LIKE '%' || lower($1) || '%') AS found`,
        needle,
      );
      if (found) hits.push({ table, column, needle });
    }
  }
  return hits;
}

async function importCounts(organisationId: string) {
  const db = await getDb();
  return db.importJob.findMany({
    where: { organisationId },
    orderBy: { id: "asc" },
    select: { id: true, totalRows: true, createdCount: true, updatedCount: true, unchangedCount: true, skippedCount: true, failedCount: true, _count: { select: { rows: true } } },
  });
}

let org: Org;
let learnerId: string;
let otherId: string;
let firstImportId: string;
let secondImportId: string;
let hitsBefore: Hit[];
let historyBefore: { memberships: number; changes: number; welcomeBatches: number };
let countsBefore: Awaited<ReturnType<typeof importCounts>>;

beforeAll(async () => {
  const db = await getDb();
  org = await createTestOrganisation(["Department", "Badge"]);

  // A CSV import that creates them, welcomes them, and has a duplicate row with their address.
  firstImportId = await queueCsv(
    org,
    [
      "Email,First Name,Last Name,Active,Department,Badge",
      `${person.email},${person.firstName},${person.lastName},1,${person.department},${person.badge}`,
      `${other.email},${other.firstName},${other.lastName},1,Ops,B-1`,
      `${person.email.toUpperCase()},${person.firstName},${person.lastName},1,${person.department},${person.badge}`,
    ].join("\n"),
    { sendWelcome: true },
  );
  await processImportSteps({ importId: firstImportId, organisationId: org.organisationId }, inProcessSteps);
  await drainInProcessJobs();
  const learner = await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId, emailKey: person.email } });
  learnerId = learner.id;
  otherId = (await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId, emailKey: other.email } })).id;

  // A second import, through the API with an Idempotency-Key, that moves them to another department.
  const api = await tokenFor(org, ["users:read", "users:write", "imports:write", "scim"]);
  const response = await callApi(importsRoute, "/api/v1/imports", {
    token: api.secret,
    contentType: "text/csv",
    headers: { "idempotency-key": `erasure-${run}` },
    body: `Email,First Name,Last Name,Active,Department,Badge\n${person.email},${person.firstName},${person.lastName},1,${person.newDepartment},${person.badge}\n${other.email},${other.firstName},${other.lastName},1,Sales,B-1`,
  });
  expect(response.status).toBeLessThan(300);
  secondImportId = ((await response.json()) as { id: string }).id;
  await drainInProcessJobs();

  // Searched for and exported from the directory (neither records anything today; if one starts to, the scan covers it).
  expect((await listLearners(db, org.organisationId, { ...DEFAULT_LIST_QUERY, q: person.lastName })).rows.map((row) => row.id)).toEqual([learnerId]);
  let exported = "";
  for await (const chunk of exportLearnersCsv(db, org.organisationId, { q: person.firstName, group: "", status: "all" })) exported += chunk;
  expect(exported).toContain(person.email);

  // Archived and back, and in a group with someone else.
  await setLearnersActive(db, org.organisationId, { ids: [learnerId], active: false, adminId: org.adminId });
  await setLearnersActive(db, org.organisationId, { ids: [learnerId], active: true, adminId: org.adminId });
  const group = await db.group.create({ data: { organisationId: org.organisationId, name: `Wardens ${run}`, nameKey: `wardens ${run}` } });
  await changeGroupMembers(db, org.organisationId, { ids: [learnerId, otherId], groupId: group.id, change: "add", adminId: org.adminId });

  // Directory sync: provisioned (linking them by email), a refused second create, and a SCIM group with them in it.
  const scimUser = {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    userName: person.email,
    externalId: person.externalId,
    active: true,
    name: { givenName: person.firstName, familyName: person.lastName },
    emails: [{ primary: true, value: person.email }],
  };
  const provisioned = await callScim(createScimUser, "/scim/v2/Users", { token: api.secret, body: scimUser });
  expect(provisioned.status).toBe(201);
  const scimId = ((await provisioned.json()) as { id: string }).id;
  expect((await callScim(createScimUser, "/scim/v2/Users", { token: api.secret, body: scimUser })).status).toBe(409);
  const filtered = await callScim(createScimGroup, "/scim/v2/Groups", {
    token: api.secret,
    body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: `Okta crew ${run}`, members: [{ value: scimId }] },
  });
  expect(filtered.status, await filtered.clone().text()).toBe(201);
  await drainInProcessJobs();

  // A draft naming them twice, reviewed: its stored plan keeps the duplicate row's error, address and all.
  const draftId = await draftCsv(org, ["Email,First Name,Last Name,Active", `${person.email},${person.firstName},${person.lastName},1`, `${person.email},${person.firstName},${person.lastName},1`].join("\n"));
  await loadReview(db, org.organisationId, draftId, { page: 1, pageSize: 50 });
  expect(await db.importRowPlan.count({ where: { importId: draftId, action: "error" } })).toBe(1);

  historyBefore = {
    memberships: await db.groupMember.count({ where: { learnerId } }),
    changes: await db.groupMembershipChange.count({ where: { learnerId } }),
    welcomeBatches: await db.welcomeBatch.count({ where: { learnerIds: { has: learnerId } } }),
  };
  hitsBefore = await scan(needles);
  countsBefore = await importCounts(org.organisationId);
});

describe("erasing a person", () => {
  it("finds them all over the database before the erasure (so the scan can see them)", () => {
    for (const needle of needles) expect(hitsBefore.filter((hit) => hit.needle === needle), needle).not.toEqual([]);
    expect(historyBefore).toEqual({ memberships: 2, changes: 1, welcomeBatches: 1 });
    const tables = new Set(hitsBefore.map((hit) => hit.table));
    for (const table of ["Learner", "ImportRow", "ImportRowPlan", "Email", "AuditLog", "ScimRequestError"]) expect(tables, table).toContain(table);
  });

  it("leaves nothing of them in any text or JSON column, and every import's counts as they were", async () => {
    const db = await getDb();
    const someoneElse = await createTestOrganisation();
    expect(await eraseLearners(db, someoneElse.organisationId, { ids: [learnerId], adminId: someoneElse.adminId })).toEqual({ erased: 0, missing: 1 });
    expect(await db.learner.count({ where: { id: learnerId } })).toBe(1);

    expect(await eraseLearners(db, org.organisationId, { ids: [learnerId, learnerId], adminId: org.adminId })).toEqual({ erased: 1, missing: 0 });

    expect(await scan(needles)).toEqual([]);
    expect(await importCounts(org.organisationId)).toEqual(countsBefore);
    expect(await db.groupMember.count({ where: { learnerId } })).toBe(0);
    expect(await db.groupMembershipChange.count({ where: { learnerId } })).toBe(0);
    expect(await db.welcomeBatch.count({ where: { learnerIds: { has: learnerId } } })).toBe(0);
    expect(await db.welcomeBatch.count({ where: { learnerIds: { has: otherId } } })).toBe(1);
  });

  it("keeps everyone else as they were", async () => {
    const db = await getDb();
    const kept = await db.learner.findUniqueOrThrow({ where: { id: otherId }, include: { groups: true } });
    expect(kept).toMatchObject({ email: other.email, firstName: other.firstName, lastName: other.lastName });
    expect(kept.groups).toHaveLength(1);
    expect(await scan([other.email, other.lastName])).not.toEqual([]);
    const rows = await db.importRow.findMany({ where: { importId: firstImportId }, orderBy: { rowNumber: "asc" } });
    expect(rows.map((row) => [row.outcome, row.erasedAt !== null])).toEqual([
      ["CREATED", true],
      ["CREATED", false],
      [rows[2]!.outcome, true],
    ]);
    expect(rows[1]!.cells).toContain(other.email);
  });

  it("records that one person was erased, by whom, and not who; the group change still counts two", async () => {
    const db = await getDb();
    const entry = await db.auditLog.findFirstOrThrow({ where: { organisationId: org.organisationId, action: "learners.erased" } });
    expect(entry).toMatchObject({ adminId: org.adminId, detail: { count: 1 } });
    const added = await db.auditLog.findFirstOrThrow({ where: { organisationId: org.organisationId, action: "groups.members_changed" } });
    expect(added.detail).toMatchObject({ count: 2, learnerIds: [otherId] });
  });

  it("undoing an import that touched them skips them and says how many were erased", async () => {
    const db = await getDb();
    const second = await undoImport(db, org.organisationId, secondImportId, { adminId: org.adminId });
    expect(second).toMatchObject({ ok: true, summary: { erased: 1, restored: 1, keptChanged: 0 } });
    const first = await undoImport(db, org.organisationId, firstImportId, { adminId: org.adminId });
    // The other person was changed since (groups), so they're archived rather than removed.
    expect(first).toMatchObject({ ok: true, summary: { erased: 1 } });
    expect(await db.learner.count({ where: { organisationId: org.organisationId, emailKey: person.email } })).toBe(0);
    expect(await scan(needles)).toEqual([]);
  });
});

describe("POST /api/v1/users/{id}/erase", () => {
  const erase = (id: string, secret: string) => callApi(eraseRoute, `/api/v1/users/${id}/erase`, { method: "POST", token: secret, params: { id } });

  it("needs the users:erase scope, erases the user once, then answers 404 like any unknown id", async () => {
    const db = await getDb();
    const target = await db.learner.create({ data: { organisationId: org.organisationId, email: `api-${run}@erasure.test`, emailKey: `api-${run}@erasure.test`, firstName: "Apolline" } });
    const writer = await tokenFor(org, ["users:read", "users:write"]);
    expect((await erase(target.id, writer.secret)).status).toBe(403);
    expect(await db.learner.count({ where: { id: target.id } })).toBe(1);

    const eraser = await tokenFor(org, ["users:erase"]);
    const answer = await erase(target.id, eraser.secret);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ id: target.id, erased: true });
    expect(await db.learner.count({ where: { id: target.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { organisationId: org.organisationId, action: "learners.erased", apiTokenId: eraser.id } })).toMatchObject({ detail: { count: 1 } });
    expect((await erase(target.id, eraser.secret)).status).toBe(404);
  });
});
