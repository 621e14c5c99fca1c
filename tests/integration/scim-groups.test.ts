import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { DELETE as deleteGroup, GET as getGroup, PATCH as patchGroup, PUT as putGroup } from "@/app/scim/v2/Groups/[id]/route";
import { GET as listGroups, POST as createGroup } from "@/app/scim/v2/Groups/route";
import { GET as getResourceType } from "@/app/scim/v2/ResourceTypes/[id]/route";
import { GET as getResourceTypes } from "@/app/scim/v2/ResourceTypes/route";
import { GET as getSchema } from "@/app/scim/v2/Schemas/[id]/route";
import { POST as createUser } from "@/app/scim/v2/Users/route";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { getDb } from "@/lib/db";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import { listLearnerGroupChanges } from "@/lib/server/learners/list-learner-group-changes";
import { writeScimGroup } from "@/lib/server/scim/write-scim-group";
import { tokenFor } from "./support/api";
import { createTestOrganisation, queueCsv } from "./support/fixtures";
import { callScim, scimErrorOf } from "./support/scim";

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;
const GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

let org: Org;
let secret: string;
const run = Math.random().toString(36).slice(2, 8);
const mail = (name: string) => `${name}-${run}@contoso.test`;

interface Group {
  id: string;
  displayName: string;
  externalId?: string;
  members?: { value: string; display: string; type: string; $ref: string }[];
  meta: { resourceType: string; location: string; lastModified: string };
}
const list = async (query: string) => {
  const response = await callScim(listGroups, `/scim/v2/Groups?${query}`, { token: secret });
  expect(response.status).toBe(200);
  return (await response.json()) as { totalResults: number; startIndex: number; itemsPerPage: number; Resources: Group[] };
};
const filter = (f: string, extra = "") => list(`filter=${encodeURIComponent(f)}${extra}`);
const post = (body: unknown) => callScim(createGroup, "/scim/v2/Groups", { token: secret, body });
const get = (id: string, query = "") => callScim(getGroup, `/scim/v2/Groups/${id}${query}`, { token: secret, params: { id } });
const patch = (id: string, Operations: unknown[], query = "") => callScim(patchGroup, `/scim/v2/Groups/${id}${query}`, { token: secret, params: { id }, body: { schemas: [PATCH_OP], Operations } });
const put = (id: string, body: unknown) => callScim(putGroup, `/scim/v2/Groups/${id}`, { token: secret, params: { id }, body });
const remove = (id: string) => callScim(deleteGroup, `/scim/v2/Groups/${id}`, { token: secret, params: { id } });
const memberIds = (group: Group) => (group.members ?? []).map((m) => m.value).sort();

/** A user provisioned over /Users, as the identity provider does before it pushes groups. */
async function provision(name: string) {
  const userName = mail(name);
  const response = await callScim(createUser, "/scim/v2/Users", { token: secret, body: { userName, name: { givenName: name, familyName: "Scim" }, emails: [{ value: userName, primary: true }] } });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

beforeAll(async () => {
  org = await createTestOrganisation(["Department"]);
  secret = (await tokenFor(org, ["scim"])).secret;
});

describe("discovery", () => {
  it("advertises Group, and serves each resource type and schema by id", async () => {
    const types = await (await callScim(getResourceTypes, "/scim/v2/ResourceTypes", { token: secret })).json();
    expect(types.Resources.map((t: { id: string }) => t.id)).toEqual(["User", "Group"]);
    const group = await callScim(getResourceType, "/scim/v2/ResourceTypes/Group", { token: secret, params: { id: "group" } });
    expect(await group.json()).toMatchObject({ id: "Group", endpoint: "/Groups", schema: GROUP, meta: { location: expect.stringMatching(/\/scim\/v2\/ResourceTypes\/Group$/) } });
    const schema = await callScim(getSchema, `/scim/v2/Schemas/${GROUP}`, { token: secret, params: { id: GROUP } });
    expect((await schema.json()).attributes.map((a: { name: string }) => a.name)).toEqual(["displayName", "externalId", "members"]);
    expect((await callScim(getSchema, "/scim/v2/Schemas/nope", { token: secret, params: { id: "nope" } })).status).toBe(404);
    expect((await callScim(getResourceType, "/scim/v2/ResourceTypes/Role", { token: secret, params: { id: "Role" } })).status).toBe(404);
  });

  it("refuses a request without a token, as a SCIM error", async () => {
    const response = await callScim(listGroups, "/scim/v2/Groups");
    expect(response.status).toBe(401);
    expect((await scimErrorOf(response)).detail).toContain("Settings → API tokens");
  });
});

describe("Okta's SCIM 2.0 group tests", () => {
  it("creates, finds by displayName, pushes members, removes one, renames, replaces with PUT and deletes", async () => {
    const [ana, ben] = [await provision("okta-ana"), await provision("okta-ben")];
    const name = `Okta Crew ${run}`;
    const created = await post({ schemas: [GROUP], displayName: name, members: [] });
    expect(created.status).toBe(201);
    const group = (await created.json()) as Group;
    expect(created.headers.get("location")).toBe(group.meta.location);
    expect(group).toMatchObject({ displayName: name, members: [], meta: { resourceType: "Group", location: expect.stringContaining(`/scim/v2/Groups/${group.id}`) } });

    const found = await filter(`displayName eq "${name}"`, "&startIndex=1&count=100");
    expect(found).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(found.Resources[0]!.id).toBe(group.id);

    const added = await patch(group.id, [{ op: "add", path: "members", value: [{ value: ana, display: mail("okta-ana") }, { value: ben, display: mail("okta-ben") }] }]);
    expect(added.status).toBe(200);
    const withMembers = (await added.json()) as Group;
    expect(memberIds(withMembers)).toEqual([ana, ben].sort());
    expect(withMembers.members!.find((m) => m.value === ana)).toMatchObject({ display: "okta-ana Scim", type: "User", $ref: expect.stringContaining(`/scim/v2/Users/${ana}`) });

    expect(memberIds((await (await patch(group.id, [{ op: "remove", path: `members[value eq "${ana}"]` }])).json()) as Group)).toEqual([ben]);

    const renamed = await patch(group.id, [{ op: "replace", value: { id: group.id, displayName: `${name} renamed` } }]);
    expect(await renamed.json()).toMatchObject({ displayName: `${name} renamed` });

    const replaced = await put(group.id, { schemas: [GROUP], id: group.id, displayName: `${name} again`, members: [{ value: ana, display: mail("okta-ana") }] });
    expect(replaced.status).toBe(200);
    const afterPut = (await replaced.json()) as Group;
    expect(afterPut.displayName).toBe(`${name} again`);
    expect(memberIds(afterPut)).toEqual([ana]);

    expect((await remove(group.id)).status).toBe(204);
    expect((await get(group.id)).status).toBe(404);
    expect(await (await getDb()).learner.count({ where: { id: { in: [ana, ben] } } })).toBe(2);
  });
});

describe("Entra ID's provisioning of a group", () => {
  it("matches by displayName without members, creates, adds and removes with Entra's PATCH forms, renames and deletes", async () => {
    const [cara, dan, eve] = [await provision("entra-cara"), await provision("entra-dan"), await provision("entra-eve")];
    const name = `Entra Site ${run}`;
    expect(await filter(`displayName eq "${name}"`, "&excludedAttributes=members")).toMatchObject({ totalResults: 0, Resources: [] });

    const externalId = randomUUID();
    const created = await post({ schemas: [GROUP], externalId, displayName: name, members: [] });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as Group;

    const byExternalId = await filter(`externalId eq "${externalId}"`, "&excludedAttributes=members");
    expect(byExternalId.Resources).toEqual([expect.objectContaining({ id, externalId, displayName: name })]);
    expect(byExternalId.Resources[0]!.members).toBeUndefined();

    expect((await patch(id, [{ op: "Add", path: "members", value: [{ value: cara }, { value: dan }, { value: eve }] }])).status).toBe(200);
    // Entra checks a membership with a filter on the member's id.
    expect((await filter(`id eq "${id}" and members[value eq "${dan}"]`, "&excludedAttributes=members")).totalResults).toBe(1);
    expect((await filter(`members.value eq "${dan}"`)).Resources.map((g) => g.id)).toEqual([id]);

    const removed = await patch(id, [{ op: "Remove", path: "members", value: [{ value: dan }] }], "?excludedAttributes=members");
    expect(removed.status).toBe(200);
    expect((await removed.json()).members).toBeUndefined();
    expect((await filter(`id eq "${id}" and members[value eq "${dan}"]`)).totalResults).toBe(0);

    const renamed = await patch(id, [{ op: "Replace", path: "displayName", value: `${name} (North)` }]);
    const group = (await renamed.json()) as Group;
    expect(group.displayName).toBe(`${name} (North)`);
    expect(memberIds(group)).toEqual([cara, eve].sort());

    expect(memberIds((await (await patch(id, [{ op: "remove", path: "members" }])).json()) as Group)).toEqual([]);
    expect((await remove(id)).status).toBe(204);
    expect(await scimErrorOf(await remove(id))).toMatchObject({ status: "404" });
  });
});

describe("rules", () => {
  it("answers 409 uniqueness for a displayName the organisation already has, ignoring case and spacing", async () => {
    const name = `Fire Wardens ${run}`;
    expect((await post({ schemas: [GROUP], displayName: name })).status).toBe(201);
    const again = await post({ schemas: [GROUP], displayName: `  fire   WARDENS ${run} ` });
    expect(again.status).toBe(409);
    expect(await scimErrorOf(again)).toMatchObject({ scimType: "uniqueness", detail: expect.stringContaining(name) });
    const other = (await (await post({ schemas: [GROUP], displayName: `Marshals ${run}` })).json()) as Group;
    expect(await scimErrorOf(await patch(other.id, [{ op: "replace", path: "displayName", value: name }]))).toMatchObject({ status: "409", scimType: "uniqueness" });
    expect(await scimErrorOf(await post({ schemas: [GROUP], displayName: "A; B" }))).toMatchObject({ status: "400", scimType: "invalidValue" });
  });

  it("refuses member ids that are no provisioned user, naming them, and changes nothing", async () => {
    const db = await getDb();
    const email = mail("csv-fay");
    const importId = await queueCsv(org, `Email,First Name,Last Name,Active\n${email},Fay,Csv,1`, { sendWelcome: false });
    await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
    const csvLearner = await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId, emailKey: email } });
    const gus = await provision("gus");
    const group = (await (await post({ schemas: [GROUP], displayName: `Checked ${run}` })).json()) as Group;

    const refused = await patch(group.id, [{ op: "add", path: "members", value: [{ value: gus }, { value: "no-such-id" }, { value: csvLearner.id }] }]);
    expect(await scimErrorOf(refused)).toMatchObject({ status: "400", scimType: "invalidValue", detail: expect.stringContaining('"no-such-id"') });
    expect((await scimErrorOf(await patch(group.id, [{ op: "add", path: "members", value: [{ value: csvLearner.id }] }]))).detail).toContain(csvLearner.id);
    expect(await db.groupMember.count({ where: { groupId: group.id } })).toBe(0);
  });

  it("leaves members the directory can't see when it replaces or clears its members, and never deletes learners", async () => {
    const db = await getDb();
    const hal = await provision("hal");
    const group = (await (await post({ schemas: [GROUP], displayName: `Mixed ${run}`, members: [{ value: hal }] })).json()) as Group;
    expect(memberIds(group)).toEqual([hal]);
    // An admin adds a learner who came from a CSV on the groups page.
    const local = await db.learner.create({ data: { organisationId: org.organisationId, email: mail("local"), emailKey: mail("local"), firstName: "Lo", lastName: "Cal" } });
    await db.groupMember.create({ data: { groupId: group.id, learnerId: local.id } });

    const cleared = (await (await put(group.id, { schemas: [GROUP], displayName: `Mixed ${run}`, members: [] })).json()) as Group;
    expect(cleared.members).toEqual([]);
    expect((await db.groupMember.findMany({ where: { groupId: group.id } })).map((m) => m.learnerId)).toEqual([local.id]);
    // PUT replaces: the externalId it leaves out is gone.
    expect(cleared.externalId).toBeUndefined();

    expect((await remove(group.id)).status).toBe(204);
    expect(await db.learner.count({ where: { id: { in: [hal, local.id] } } })).toBe(2);
  });

  it("pages with startIndex and count, and returns only the attributes asked for", async () => {
    for (const n of [1, 2, 3]) expect((await post({ schemas: [GROUP], displayName: `Page ${run} ${n}` })).status).toBe(201);
    const first = await filter(`displayName sw "page ${run}"`, "&startIndex=1&count=2");
    expect(first).toMatchObject({ totalResults: 3, startIndex: 1, itemsPerPage: 2 });
    const last = await filter(`displayName sw "page ${run}"`, "&startIndex=3&count=2");
    expect(last).toMatchObject({ totalResults: 3, startIndex: 3, itemsPerPage: 1 });
    expect(new Set([...first.Resources, ...last.Resources].map((g) => g.id)).size).toBe(3);
    const only = await filter(`displayName eq "Page ${run} 1"`, "&attributes=DisplayName");
    expect(only.Resources[0]).toEqual({ schemas: [GROUP], id: expect.any(String), displayName: `Page ${run} 1` });
    const bad = await callScim(listGroups, `/scim/v2/Groups?filter=${encodeURIComponent('userName eq "x"')}`, { token: secret });
    expect(await scimErrorOf(bad)).toMatchObject({ status: "400", scimType: "invalidFilter" });
  });
});

describe("history and audit", () => {
  it("puts each membership change in the learner's history as Directory sync under the token's name, and audits every change", async () => {
    const db = await getDb();
    const ida = await provision("ida");
    const group = (await (await post({ schemas: [GROUP], displayName: `Historians ${run}` })).json()) as Group;
    await patch(group.id, [{ op: "add", path: "members", value: [{ value: ida }] }]);
    // Adding someone already in the group changes nothing and records nothing.
    await patch(group.id, [{ op: "add", path: "members", value: [{ value: ida }] }]);
    await patch(group.id, [{ op: "replace", path: "displayName", value: `Historians ${run} II` }]);
    await remove(group.id);

    const history = await listLearnerGroupChanges(db, org.organisationId, ida);
    expect(history.map((h) => [h.added, h.groupName, h.source, h.actor])).toEqual([
      [false, `Historians ${run} II`, "SCIM", "Token scim"],
      [true, `Historians ${run}`, "SCIM", "Token scim"],
    ]);
    const audits = await db.auditLog.findMany({ where: { organisationId: org.organisationId, action: { startsWith: "scim.group" } }, orderBy: { id: "asc" } });
    const mine = audits.filter((a) => (a.detail as { groupId?: string }).groupId === group.id);
    expect(mine.map((a) => a.action)).toEqual(["scim.group_provisioned", "scim.group_updated", "scim.group_updated", "scim.group_deleted"]);
    expect(mine[1]!.detail).toMatchObject({ added: [ida], token: "Token scim" });
    expect(mine[2]!.detail).toMatchObject({ from: `Historians ${run}`, displayName: `Historians ${run} II` });
    expect(mine.every((a) => a.apiTokenId !== null)).toBe(true);
  });
});

/** Counts the statements a client sends, inside transactions too. */
function countingClient(db: PrismaClient) {
  const counter = { statements: 0 };
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver);
        if (key === "$transaction") return (fn: (tx: unknown) => unknown) => (value as (f: unknown) => unknown).call(object, (tx: object) => fn(wrap(tx)));
        if (typeof key === "string" && (key === "$queryRaw" || key === "$executeRaw")) return (...args: unknown[]) => (counter.statements++, (value as (...a: unknown[]) => unknown).apply(object, args));
        if (typeof key === "string" && !key.startsWith("$") && typeof value === "object" && value !== null)
          return new Proxy(value, { get: (delegate, method) => (...args: unknown[]) => (counter.statements++, (Reflect.get(delegate, method) as (...a: unknown[]) => unknown).apply(delegate, args)) });
        return value;
      },
    });
  return { client: wrap(db), counter };
}

describe("large groups", () => {
  it("adds 1,000 members in a few statements, not one per member", async () => {
    const db = await getDb();
    const ids = Array.from({ length: 1000 }, () => randomUUID());
    await db.learner.createMany({
      data: ids.map((id, i) => ({ id, organisationId: org.organisationId, email: mail(`bulk${i}`), emailKey: mail(`bulk${i}`), firstName: "Bulk", lastName: String(i), scimUserName: mail(`bulk${i}`), scimUserNameKey: mail(`bulk${i}`) })),
    });
    const group = (await (await post({ schemas: [GROUP], displayName: `Everyone ${run}` })).json()) as Group;
    const target = (await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { id: true, name: true, scimExternalId: true, createdAt: true, updatedAt: true } }))!;
    const { client, counter } = countingClient(db);
    await writeScimGroup(client, { organisationId: org.organisationId, token: { id: "t", name: "Bulk token" }, target, members: { replace: false, add: ids, remove: [] } });
    expect(counter.statements).toBeGreaterThan(0);
    expect(counter.statements).toBeLessThanOrEqual(6);
    expect(await db.groupMember.count({ where: { groupId: group.id } })).toBe(1000);
    expect(await db.groupMembershipChange.count({ where: { groupId: group.id, added: true } })).toBe(1000);

    // And over HTTP, as one PATCH body: removing 500 of them answers with the other 500.
    const body = ids.slice(0, 500).map((value) => ({ value }));
    const response = await patch(group.id, [{ op: "Remove", path: "members", value: body }]);
    expect(response.status).toBe(200);
    expect((await response.json()).members).toHaveLength(500);
  });
});
