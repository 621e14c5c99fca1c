import { beforeAll, describe, expect, it } from "vitest";
import { GET as getSchemas } from "@/app/scim/v2/Schemas/route";
import { GET as getUser, PATCH as patchUser } from "@/app/scim/v2/Users/[id]/route";
import { GET as listUsers, POST as createUser } from "@/app/scim/v2/Users/route";
import { getDb } from "@/lib/db";
import { drainInProcessJobs } from "@/lib/server/jobs/in-process";
import { getDirectorySyncSettings } from "@/lib/server/scim/get-directory-sync-settings";
import { listScimActivity } from "@/lib/server/scim/list-scim-activity";
import { listScimErrors } from "@/lib/server/scim/list-scim-errors";
import { KEPT_SCIM_ERRORS } from "@/lib/server/scim/record-scim-error";
import { setScimFieldMapping } from "@/lib/server/scim/set-scim-field-mapping";
import { setScimWelcomeEmails } from "@/lib/server/scim/set-scim-welcome-emails";
import { tokenFor } from "./support/api";
import { createTestOrganisation } from "./support/fixtures";
import { callScim } from "./support/scim";

type Org = Awaited<ReturnType<typeof createTestOrganisation>>;
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const ROLLCALL = "urn:ietf:params:scim:schemas:extension:rollcall:2.0:User";
const NONE = { department: null, employeeNumber: null, costCenter: null, organization: null, division: null };

let org: Org;
let secret: string;
const run = Math.random().toString(36).slice(2, 8);
const mail = (name: string) => `${name}-${run}@fabrikam.test`;
const keyOf = async (label: string) => (await (await getDb()).profileField.findFirstOrThrow({ where: { organisationId: org.organisationId, label } })).key;

const post = (body: unknown, token = secret) => callScim(createUser, "/scim/v2/Users", { token, body });
const user = (userName: string, enterprise: Record<string, string>) => ({
  schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
  userName,
  name: { givenName: "Kim", familyName: "Lee" },
  emails: [{ primary: true, type: "work", value: userName }],
  [ENTERPRISE]: enterprise,
});

beforeAll(async () => {
  org = await createTestOrganisation(["Department", "Team", "Employee ID", "Cost Centre", "Site"]);
  secret = (await tokenFor(org, ["scim"])).secret;
});

describe("the attribute mapping", () => {
  it("defaults by label: Department, Employee ID and Cost Centre take their attributes; the rest are in Rollcall's extension", async () => {
    const settings = await getDirectorySyncSettings(await getDb(), org.organisationId);
    expect(settings.attributes).toEqual({ department: await keyOf("Department"), employeeNumber: await keyOf("Employee ID"), costCenter: await keyOf("Cost Centre"), organization: null, division: null });
    expect(settings.extension.map((f) => f.label)).toEqual(["Team", "Site"]);
    expect(settings.welcomeEmails).toBe(false);
  });

  it("once saved, decides which field a provisioned user's enterprise attributes fill, and what discovery and GET show", async () => {
    const db = await getDb();
    const saved = await setScimFieldMapping(db, { organisationId: org.organisationId, adminId: org.adminId, mapping: { ...NONE, department: await keyOf("Team"), division: await keyOf("Site") } });
    expect(saved).toEqual({ ok: true, changed: true });

    const created = await post(user(mail("kim"), { department: "Oncology", division: "North", employeeNumber: "E-1" }));
    expect(created.status).toBe(201);
    const body = (await created.json()) as Record<string, unknown>;
    const learner = await db.learner.findUniqueOrThrow({ where: { id: body.id as string } });
    // Department now fills Team, division fills Site; employeeNumber is mapped to nothing, so "E-1" went nowhere.
    expect(learner.customFields).toEqual({ [await keyOf("Team")]: "Oncology", [await keyOf("Site")]: "North" });
    expect(body[ENTERPRISE]).toEqual({ department: "Oncology", division: "North" });
    // The fields no attribute takes any more are the extension: Department, Employee ID and Cost Centre.
    const schemas = (await (await callScim(getSchemas, "/scim/v2/Schemas", { token: secret })).json()) as { Resources: { id: string; attributes: { name: string; description: string }[] }[] };
    const byId = Object.fromEntries(schemas.Resources.map((r) => [r.id, r]));
    expect(byId[ROLLCALL]!.attributes.map((a) => a.name)).toEqual([await keyOf("Department"), await keyOf("Employee ID"), await keyOf("Cost Centre")]);
    expect(byId[ENTERPRISE]!.attributes.find((a) => a.name === "department")!.description).toContain('"Team"');
    expect(byId[ENTERPRISE]!.attributes.find((a) => a.name === "employeeNumber")!.description).toContain("Fills no profile field");
    // A filter on the enterprise attribute reads the mapped field.
    const found = await callScim(listUsers, `/scim/v2/Users?filter=${encodeURIComponent(`${ENTERPRISE}:department eq "oncology"`)}`, { token: secret });
    expect(((await found.json()) as { totalResults: number }).totalResults).toBe(1);
    // And a PATCH of an extension attribute now writes the Department field by its key.
    const id = body.id as string;
    const patched = await callScim(patchUser, `/scim/v2/Users/${id}`, {
      token: secret,
      params: { id },
      body: { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "add", path: `${ROLLCALL}:${await keyOf("Department")}`, value: "Radiology" }] },
    });
    expect(patched.status).toBe(200);
    expect((await db.learner.findUniqueOrThrow({ where: { id } })).customFields).toMatchObject({ [await keyOf("Department")]: "Radiology", [await keyOf("Team")]: "Oncology" });
  });

  it("refuses a field for two attributes, and a field that isn't this organisation's or is disabled", async () => {
    const db = await getDb();
    const team = await keyOf("Team");
    expect(await setScimFieldMapping(db, { organisationId: org.organisationId, adminId: org.adminId, mapping: { ...NONE, department: team, division: team } })).toEqual({
      ok: false,
      fieldErrors: { division: [expect.stringContaining("one attribute only")] },
    });
    const other = await createTestOrganisation(["Division"]);
    const foreign = (await db.profileField.findFirstOrThrow({ where: { organisationId: other.organisationId, label: "Division" } })).key;
    const site = await keyOf("Site");
    await db.profileField.updateMany({ where: { organisationId: org.organisationId, key: site }, data: { enabled: false } });
    try {
      const refused = await setScimFieldMapping(db, { organisationId: org.organisationId, adminId: org.adminId, mapping: { ...NONE, division: site, department: foreign === site ? "cf_nowhere" : foreign } });
      expect(refused.ok).toBe(false);
      // A disabled field the organisation chose earlier fills nothing now, rather than falling back to a lookalike.
      expect((await getDirectorySyncSettings(db, org.organisationId)).attributes.division).toBeNull();
    } finally {
      await db.profileField.updateMany({ where: { organisationId: org.organisationId, key: site }, data: { enabled: true } });
    }
  });
});

describe("welcome emails", () => {
  it("are off by default, and a provisioned user gets one once the setting is on (archived ones never)", async () => {
    const db = await getDb();
    const status = async (response: Response) => (await db.learner.findUniqueOrThrow({ where: { id: ((await response.json()) as { id: string }).id } })).welcomeStatus;
    const quiet = await post(user(mail("quiet"), {}));
    expect(quiet.status).toBe(201);
    expect(await status(quiet)).toBe("NOT_SENT");

    expect(await setScimWelcomeEmails(db, { organisationId: org.organisationId, adminId: org.adminId, enabled: true })).toEqual({ changed: true });
    expect(await setScimWelcomeEmails(db, { organisationId: org.organisationId, adminId: org.adminId, enabled: true })).toEqual({ changed: false });
    expect((await getDirectorySyncSettings(db, org.organisationId)).welcomeEmails).toBe(true);
    const greeted = await post(user(mail("greeted"), {}));
    const archived = await post({ ...user(mail("archived"), {}), active: false });
    await drainInProcessJobs();
    expect(await status(greeted)).not.toBe("NOT_SENT");
    expect(await status(archived)).toBe("NOT_SENT");
    const changes = await db.auditLog.findMany({ where: { organisationId: org.organisationId, action: "scim.settings_changed" }, orderBy: { id: "asc" } });
    expect(changes.at(-1)!.detail).toEqual({ welcomeEmails: true });
    await setScimWelcomeEmails(db, { organisationId: org.organisationId, adminId: org.adminId, enabled: false });
  });
});

describe("last sync activity and recent errors", () => {
  it("lists the identity provider's changes newest first, with the user and the token", async () => {
    const activity = await listScimActivity(await getDb(), org.organisationId);
    expect(activity.length).toBeGreaterThanOrEqual(4);
    expect(activity[0]).toMatchObject({ change: "provisioned", userName: mail("archived"), tokenName: "Token scim", outcome: "created", learner: { email: mail("archived") } });
    expect(activity.some((row) => row.change === "updated" && row.userName === mail("kim"))).toBe(true);
  });

  it("records refused requests with status, scimType, detail and the request line, never the token or body, and not a GET's 404", async () => {
    const db = await getDb();
    const conflict = await post(user(mail("kim"), {}));
    expect(conflict.status).toBe(409);
    const badFilter = await callScim(listUsers, `/scim/v2/Users?filter=${encodeURIComponent("userName eq")}`, { token: secret });
    expect(badFilter.status).toBe(400);
    const probe = await callScim(getUser, "/scim/v2/Users/nobody", { token: secret, params: { id: "nobody" } });
    expect(probe.status).toBe(404);
    const wrongScope = await callScim(listUsers, "/scim/v2/Users", { token: (await tokenFor(org, ["users:read"])).secret });
    expect(wrongScope.status).toBe(403);

    const errors = await listScimErrors(db, org.organisationId);
    expect(errors.map((e) => [e.method, e.status, e.scimType])).toEqual([
      ["GET", 403, null],
      ["GET", 400, "invalidFilter"],
      ["POST", 409, "uniqueness"],
    ]);
    expect(errors[1]!.path).toBe(`/scim/v2/Users?filter=${encodeURIComponent("userName eq")}`);
    expect(errors[2]).toMatchObject({ path: "/scim/v2/Users", tokenName: "Token scim", detail: expect.stringContaining("already provisioned") });
    const stored = JSON.stringify(await db.scimRequestError.findMany({ where: { organisationId: org.organisationId } }), (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain("Kim");
  });

  it("keeps only the latest entries per organisation", async () => {
    const db = await getDb();
    for (let i = 0; i < KEPT_SCIM_ERRORS + 5; i++) await post({ userName: "" });
    expect(await db.scimRequestError.count({ where: { organisationId: org.organisationId } })).toBe(KEPT_SCIM_ERRORS);
    const latest = await listScimErrors(db, org.organisationId);
    expect(latest).toHaveLength(20);
    expect(latest.every((e) => e.status === 400 && e.detail.startsWith("userName is required"))).toBe(true);
  });
});
