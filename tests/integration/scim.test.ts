import { beforeAll, describe, expect, it } from "vitest";
import { GET as getResourceTypes } from "@/app/scim/v2/ResourceTypes/route";
import { GET as getSchemas } from "@/app/scim/v2/Schemas/route";
import { GET as getConfig } from "@/app/scim/v2/ServiceProviderConfig/route";
import { DELETE as deleteUser, GET as getUser, PATCH as patchUser, PUT as putUser } from "@/app/scim/v2/Users/[id]/route";
import { GET as listUsers, POST as createUser } from "@/app/scim/v2/Users/route";
import { getDb } from "@/lib/db";
import { drainInProcessJobs } from "@/lib/server/jobs/in-process";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import { tokenFor } from "./support/api";
import { createTestOrganisation, queueCsv } from "./support/fixtures";
import { callScim, scimErrorOf } from "./support/scim";
import { undoImport } from "@/lib/server/imports/undo-import";

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const ROLLCALL = "urn:ietf:params:scim:schemas:extension:rollcall:2.0:User";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

let org: Org;
let secret: string;
const run = Math.random().toString(36).slice(2, 8);
const mail = (name: string) => `${name}-${run}@contoso.test`;

const list = async (query: string) => {
  const response = await callScim(listUsers, `/scim/v2/Users?${query}`, { token: secret });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/scim+json");
  return (await response.json()) as { totalResults: number; startIndex: number; itemsPerPage: number; Resources: { id: string; userName: string; emails?: unknown; meta?: unknown; [key: string]: unknown }[] };
};
const filter = (f: string, extra = "") => list(`filter=${encodeURIComponent(f)}${extra}`);
const post = (body: unknown) => callScim(createUser, "/scim/v2/Users", { token: secret, body });
const patch = (id: string, Operations: unknown[]) => callScim(patchUser, `/scim/v2/Users/${id}`, { token: secret, params: { id }, body: { schemas: [PATCH_OP], Operations } });
const get = (id: string, query = "") => callScim(getUser, `/scim/v2/Users/${id}${query}`, { token: secret, params: { id } });

/** Entra ID's create request (its provisioning service's documented shape). */
const entraUser = (userName: string, extra: Record<string, unknown> = {}) => ({
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
  externalId: `ext-${userName}`,
  userName,
  active: true,
  displayName: "Ana Lopez",
  emails: [{ primary: true, type: "work", value: userName }],
  name: { familyName: "Lopez", givenName: "Ana" },
  [ENTERPRISE]: { department: "Sales", employeeNumber: "000123" },
  ...extra,
});

beforeAll(async () => {
  org = await createTestOrganisation(["Department", "Job Title", "Employee ID"]);
  secret = (await tokenFor(org, ["scim"])).secret;
});

describe("the gate", () => {
  it("refuses a missing token, a token without the scim scope, as SCIM errors", async () => {
    const missing = await callScim(listUsers, "/scim/v2/Users");
    expect(missing.status).toBe(401);
    expect((await scimErrorOf(missing)).detail).toContain("Settings → API tokens");
    const other = await tokenFor(org, ["users:read"]);
    const forbidden = await callScim(listUsers, "/scim/v2/Users", { token: other.secret });
    expect(forbidden.status).toBe(403);
    expect((await scimErrorOf(forbidden)).detail).toMatch(/needs the scim scope.*Secret Token/);
    expect(forbidden.headers.get("ratelimit-limit")).toBe("600");
  });
});

describe("discovery", () => {
  it("advertises patch and filter, not bulk, Users and Groups, and the organisation's profile fields", async () => {
    const config = await (await callScim(getConfig, "/scim/v2/ServiceProviderConfig", { token: secret })).json();
    expect(config).toMatchObject({ patch: { supported: true }, filter: { supported: true, maxResults: 200 }, bulk: { supported: false }, sort: { supported: false } });
    const types = await (await callScim(getResourceTypes, "/scim/v2/ResourceTypes", { token: secret })).json();
    expect(types.Resources.map((t: { id: string }) => t.id)).toEqual(["User", "Group"]);
    const schemas = await (await callScim(getSchemas, "/scim/v2/Schemas", { token: secret })).json();
    const byId = Object.fromEntries(schemas.Resources.map((s: { id: string }) => [s.id, s]));
    expect(byId[ENTERPRISE].attributes[0].description).toContain('"Department"');
    expect(byId[ROLLCALL].attributes.map((a: { name: string; description: string }) => a.description)).toEqual([expect.stringContaining("Job Title")]);
  });
});

describe("an Entra ID provisioning cycle", () => {
  it("finds nobody, creates, finds by userName, patches, deactivates, reactivates, deletes", async () => {
    const userName = mail("ana");
    expect(await filter(`userName eq "${userName}"`)).toMatchObject({ totalResults: 0, Resources: [] });

    const created = await post(entraUser(userName));
    expect(created.status).toBe(201);
    const user = await created.json();
    expect(created.headers.get("location")).toBe(user.meta.location);
    expect(user).toMatchObject({ userName, externalId: `ext-${userName}`, active: true, name: { givenName: "Ana", familyName: "Lopez" }, [ENTERPRISE]: { department: "Sales", employeeNumber: "000123" } });

    const found = await filter(`userName eq "${userName.toUpperCase()}"`);
    expect(found.totalResults).toBe(1);
    expect(found.Resources[0]!.id).toBe(user.id);

    // Entra's PATCH: capitalised ops, a value path for the email, string booleans.
    const newEmail = mail("ana.lopez");
    const patched = await patch(user.id, [
      { op: "Replace", path: 'emails[type eq "work"].value', value: newEmail },
      { op: "Replace", path: "name.givenName", value: "Anita" },
      { op: "Add", path: `${ENTERPRISE}:department`, value: "Ops" },
    ]);
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ id: user.id, emails: [{ value: newEmail }], name: { givenName: "Anita" }, [ENTERPRISE]: { department: "Ops" } });
    const db = await getDb();
    expect(await db.learner.count({ where: { organisationId: org.organisationId, emailKey: { in: [userName, newEmail] } } })).toBe(1);

    expect(await (await patch(user.id, [{ op: "Replace", path: "active", value: "False" }])).json()).toMatchObject({ active: false });
    expect(await (await patch(user.id, [{ op: "replace", path: "active", value: "True" }])).json()).toMatchObject({ active: true });

    const removed = await patch(user.id, [{ op: "Remove", path: `${ENTERPRISE}:employeeNumber` }]);
    expect((await removed.json())[ENTERPRISE]).toEqual({ department: "Ops" });

    const deleted = await callScim(deleteUser, `/scim/v2/Users/${user.id}`, { token: secret, params: { id: user.id } });
    expect(deleted.status).toBe(204);
    expect((await get(user.id)).status).toBe(404);
    const learner = await db.learner.findUniqueOrThrow({ where: { id: user.id } });
    expect(learner).toMatchObject({ active: false, scimUserNameKey: null, email: newEmail });

    // Every change is a one-row "Directory sync" import under the token's name, in the user's history, and audited.
    const history = await db.importRow.findMany({ where: { learnerId: user.id }, include: { job: { include: { apiToken: true } } } });
    expect(history.length).toBe(6);
    expect(new Set(history.map((row) => row.job.source))).toEqual(new Set(["SCIM"]));
    expect(history[0]!.job.apiToken?.name).toBe("Token scim");
    const audits = await db.auditLog.findMany({ where: { organisationId: org.organisationId, action: { startsWith: "scim." } }, orderBy: { id: "asc" } });
    expect(audits.filter((a) => (a.detail as { learnerId?: string }).learnerId === user.id).map((a) => a.action)).toEqual([
      "scim.user_provisioned",
      "scim.user_updated",
      "scim.user_updated",
      "scim.user_updated",
      "scim.user_updated",
      "scim.user_deprovisioned",
    ]);
    expect(audits.every((a) => (a.detail as { token?: string }).token === "Token scim")).toBe(true);
  });
});

describe("an Okta provisioning cycle", () => {
  it("creates, deactivates with a path-less value object, updates with PUT", async () => {
    const userName = mail("okta.bob");
    const created = await post({
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
      userName,
      name: { givenName: "Bob", familyName: "Smith" },
      emails: [{ primary: true, value: userName, type: "work" }],
      displayName: "Bob Smith",
      locale: "en-US",
      externalId: "00ujl29u0le5T6Aj10h7",
      groups: [],
      password: "1mz050nq",
      active: true,
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const deactivated = await patch(id, [{ op: "replace", value: { active: false } }]);
    expect(await deactivated.json()).toMatchObject({ active: false });
    const put = await callScim(putUser, `/scim/v2/Users/${id}`, {
      token: secret,
      params: { id },
      body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], id, userName, name: { givenName: "Robert", familyName: "Smith" }, emails: [{ primary: true, value: userName, type: "work" }], active: true },
    });
    expect(put.status).toBe(200);
    const replaced = await put.json();
    expect(replaced).toMatchObject({ active: true, name: { givenName: "Robert", familyName: "Smith" } });
    // PUT replaces: an externalId the body leaves out is gone.
    expect(replaced.externalId).toBeUndefined();
  });
});

describe("rules", () => {
  it("answers 409 uniqueness for a userName or email already provisioned", async () => {
    const userName = mail("dup");
    expect((await post(entraUser(userName))).status).toBe(201);
    const again = await post(entraUser(userName));
    expect(again.status).toBe(409);
    expect(await scimErrorOf(again)).toMatchObject({ scimType: "uniqueness", detail: expect.stringContaining(userName) });
    const sameEmail = await post(entraUser(mail("other"), { emails: [{ primary: true, type: "work", value: userName }] }));
    expect(await scimErrorOf(sameEmail)).toMatchObject({ scimType: "uniqueness" });
  });

  it("links a learner imported from a CSV instead of duplicating them, and undo of the CSV import still works", async () => {
    const email = mail("csv.carla");
    const importId = await queueCsv(org, `Email,First Name,Last Name,Active,Department\n${email},Carla,Csv,1,Legal`, { sendWelcome: false });
    await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
    const db = await getDb();
    const before = await db.learner.findFirstOrThrow({ where: { organisationId: org.organisationId, emailKey: email } });
    const created = await post(entraUser(email, { name: { givenName: "Carla", familyName: "Csv" }, [ENTERPRISE]: { department: "Legal" } }));
    expect(created.status).toBe(201);
    expect((await created.json()).id).toBe(before.id);
    expect(await db.learner.count({ where: { organisationId: org.organisationId, emailKey: email } })).toBe(1);
  });

  it("refuses values the import would refuse, with its sentence", async () => {
    const response = await post(entraUser("not-an-email", { emails: [] }));
    expect(await scimErrorOf(response)).toMatchObject({ status: "400", scimType: "invalidValue", detail: expect.stringContaining("email") });
    const noName = await post({ userName: mail("nameless"), emails: [{ value: mail("nameless"), primary: true }] });
    expect(await scimErrorOf(noName)).toMatchObject({ scimType: "invalidValue", detail: expect.stringContaining("First Name and Last Name must be filled in") });
  });

  it("splits displayName when no name is sent, and a SCIM creation can be undone like any import", async () => {
    const userName = mail("dee");
    const response = await post({ userName, displayName: "Dee Ann Dunn", emails: [{ value: userName, type: "work" }] });
    const user = await response.json();
    expect(user.name).toMatchObject({ givenName: "Dee", familyName: "Ann Dunn" });
    const db = await getDb();
    const row = await db.importRow.findFirstOrThrow({ where: { learnerId: user.id } });
    expect(await undoImport(db, org.organisationId, row.importId, { adminId: org.adminId })).toMatchObject({ ok: true, summary: { deleted: 1 } });
    expect((await get(user.id)).status).toBe(404);
  });

  it("sends no welcome email unless the organisation's setting says so, and then only to active users", async () => {
    const db = await getDb();
    const quiet = await (await post(entraUser(mail("quiet")))).json();
    expect((await db.learner.findUniqueOrThrow({ where: { id: quiet.id } })).welcomeStatus).toBe("NOT_SENT");
    await db.organisation.update({ where: { id: org.organisationId }, data: { scimWelcomeEmails: true } });
    try {
      const welcomed = await (await post(entraUser(mail("welcomed")))).json();
      const archived = await (await post(entraUser(mail("archived"), { active: false }))).json();
      await drainInProcessJobs();
      expect((await db.learner.findUniqueOrThrow({ where: { id: welcomed.id } })).welcomeStatus).not.toBe("NOT_SENT");
      expect((await db.learner.findUniqueOrThrow({ where: { id: archived.id } })).welcomeStatus).toBe("NOT_SENT");
    } finally {
      await db.organisation.update({ where: { id: org.organisationId }, data: { scimWelcomeEmails: false } });
    }
  });
});

describe("filters, paging and attributes", () => {
  beforeAll(async () => {
    for (const n of [1, 2, 3, 4, 5]) await post(entraUser(mail(`page${n}`), { externalId: `page-${run}-${n}`, name: { givenName: `Page${n}`, familyName: n % 2 ? "Odd" : "Even" }, active: n !== 5 }));
  });

  it("translates the operators, value paths, logic and attribute names in any case", async () => {
    expect((await filter(`userName sw "page" and userName ew "${run}@contoso.test"`)).totalResults).toBe(5);
    expect((await filter(`USERNAME co "page3-"`)).totalResults).toBe(1);
    expect((await filter(`userName sw "page" and name.familyName eq "odd"`)).totalResults).toBe(3);
    expect((await filter(`userName sw "page" and not (name.familyName eq "Odd")`)).totalResults).toBe(2);
    expect((await filter(`userName sw "page" and (active eq false or externalId eq "page-${run}-2")`)).totalResults).toBe(2);
    expect((await filter(`externalId eq "PAGE-${run}-2"`)).totalResults).toBe(0);
    expect((await filter(`emails[type eq "work" and value sw "page1-"]`)).totalResults).toBe(1);
    expect((await filter(`emails[type eq "home"].value eq "${mail("page1")}"`)).totalResults).toBe(0);
    expect((await filter(`userName sw "page" and ${ENTERPRISE}:department eq "sales"`)).totalResults).toBe(5);
    expect((await filter(`userName sw "page" and meta.created gt "2000-01-01T00:00:00Z" and meta.lastModified le "2999-01-01T00:00:00Z"`)).totalResults).toBe(5);
  });

  it("answers 400 invalidFilter for a malformed filter or an unknown attribute", async () => {
    for (const bad of ['userName eq', 'userName zz "x"', '(userName eq "x"', 'title pr', 'active gt true', 'meta.created gt "yesterday"']) {
      const response = await callScim(listUsers, `/scim/v2/Users?filter=${encodeURIComponent(bad)}`, { token: secret });
      expect(response.status, bad).toBe(400);
      expect((await scimErrorOf(response)).scimType).toBe("invalidFilter");
    }
  });

  it("pages with startIndex and count (1-based)", async () => {
    const all = await filter(`userName sw "page"`, "&startIndex=1&count=2");
    expect(all).toMatchObject({ totalResults: 5, startIndex: 1, itemsPerPage: 2 });
    const last = await filter(`userName sw "page"`, "&startIndex=5&count=2");
    expect(last).toMatchObject({ totalResults: 5, startIndex: 5, itemsPerPage: 1 });
    const none = await filter(`userName sw "page"`, "&count=0");
    expect(none).toMatchObject({ totalResults: 5, itemsPerPage: 0, Resources: [] });
    const ids = [...(await filter(`userName sw "page"`, "&count=2")).Resources, ...(await filter(`userName sw "page"`, "&startIndex=3&count=3")).Resources].map((r) => r.userName);
    expect(new Set(ids).size).toBe(5);
  });

  it("returns only the attributes asked for, or all but the excluded ones", async () => {
    const only = await filter(`userName eq "${mail("page1")}"`, "&attributes=userName,Name.GivenName");
    expect(only.Resources[0]).toEqual({ schemas: expect.any(Array), id: expect.any(String), userName: mail("page1"), name: { givenName: "Page1" } });
    const without = await filter(`userName eq "${mail("page1")}"`, "&excludedAttributes=emails,meta");
    expect(without.Resources[0]!.emails).toBeUndefined();
    expect(without.Resources[0]!.meta).toBeUndefined();
    expect(without.Resources[0]!.userName).toBe(mail("page1"));
  });

  it("answers 404 for an id that was never provisioned", async () => {
    expect(await scimErrorOf(await get("nope"))).toMatchObject({ status: "404" });
  });
});
