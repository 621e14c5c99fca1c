/**
 * The role matrix: every page, server action and route handler export under
 * app/ (discovered exactly as the tenant-isolation registry discovers them,
 * support/discover-exports.ts), called by an Owner, an Admin and a Viewer of
 * the same organisation. A role below what the export needs is refused (a
 * server action answers with the role's refusal, a page sends it to
 * /no-access, a route answers 403) and the organisation's data is unchanged
 * byte for byte; a role that may gets through. An export missing from MATRIX
 * fails the first test, so a new action, route or page can't skip its role.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { drainInProcessJobs } from "@/lib/server/jobs/in-process";
import { discoverExports, exportOf } from "./support/discover-exports";
import { capture, type Outcome, serialise } from "./support/next-stubs";
import { arrangeTenants, organisationState, type Targets, type TenantWorld } from "./support/tenant-world";

vi.hoisted(() => {
  vi.stubEnv("RESEND_API_KEY", "");
});

const session = vi.hoisted(() => ({ adminId: null as string | null }));

vi.mock("@/lib/auth/require-admin", async () => {
  const { loadAdmin } = await import("./support/tenant-world");
  const { navigation } = await import("./support/next-stubs");
  const getCurrentAdmin = async () => (session.adminId ? loadAdmin(session.adminId) : null);
  return { getCurrentAdmin, requireAdmin: async () => (await getCurrentAdmin()) ?? navigation.redirect("/login") };
});
const authjs = vi.hoisted(() => ({ signIn: vi.fn(async () => undefined), signOut: vi.fn(async () => undefined) }));
vi.mock("next-auth", () => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {}
  const unavailable = async () => new Response("Auth.js is not loaded in this test.", { status: 501 });
  return { default: () => ({ handlers: { GET: unavailable, POST: unavailable }, auth: async () => null, ...authjs }), AuthError, CredentialsSignin };
});
vi.mock("next-auth/providers/credentials", () => ({ default: (config: unknown) => config }));
vi.mock("next/navigation", async (original) => ({ ...(await original<typeof import("next/navigation")>()), ...(await import("./support/next-stubs")).navigation }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", async (original) => ({ ...(await original<typeof import("next/headers")>()), headers: async () => new Headers() }));

type AnyFn = (...args: unknown[]) => unknown;

/** `needs`: the least role allowed; the call is aimed at the organisation's own records. */
interface Row {
  needs: Role;
  call: (fn: AnyFn, t: Targets) => unknown;
}
type Entry = Row | { public: string } | { token: string };

let w: TenantWorld;
const P = <T>(value: T) => Promise.resolve(value);
const request = (path: string, init?: RequestInit) => new Request(`http://localhost${path}`, init);
const options = { mode: "upsert", sendWelcome: false, blankClears: false } as const;
const csv = "Email,First Name,Last Name,Active\nrole-probe@orgb.test,Role,Probe,1";
const id = (fn: AnyFn, value: string) => fn({ params: P({ id: value }) });
const ORGANISATION_SETTINGS = { name: "Role probe org", emailSenderName: "", emailReplyTo: "", welcomeSubject: "", welcomeIntro: "", activationLinkDays: "14", importRetentionDays: "90" };

const viewer = (call: Row["call"]): Row => ({ needs: "VIEWER", call });
const admin = (call: Row["call"]): Row => ({ needs: "ADMIN", call });
const owner = (call: Row["call"]): Row => ({ needs: "OWNER", call });
const TOKEN = { token: "a bearer token acts as the organisation (scopes, not roles); an Owner creates it" };

const MATRIX: Record<string, Entry> = {
  // Pages everyone on the team may open.
  "app/page.tsx#default": viewer((fn) => fn()),
  "app/(app)/dashboard/page.tsx#default": viewer((fn) => fn()),
  "app/(app)/users/page.tsx#default": viewer((fn) => fn({ searchParams: P({ status: "all" }) })),
  "app/(app)/users/[id]/page.tsx#default": viewer((fn, t) => id(fn, t.activeLearnerId)),
  "app/(app)/users/[id]/page.tsx#generateMetadata": viewer((fn, t) => id(fn, t.activeLearnerId)),
  "app/(app)/imports/[id]/page.tsx#default": viewer((fn, t) => fn({ params: P({ id: t.completedImportId }), searchParams: P({}) })),
  "app/(app)/groups/page.tsx#default": viewer((fn) => fn()),
  "app/(app)/groups/[id]/page.tsx#default": viewer((fn, t) => fn({ params: P({ id: t.groupId }), searchParams: P({}) })),
  "app/(app)/groups/[id]/page.tsx#generateMetadata": viewer((fn, t) => id(fn, t.groupId)),
  "app/(app)/account/page.tsx#default": viewer((fn) => fn()),
  "app/(app)/settings/page.tsx#default": viewer((fn) => fn()),
  "app/(app)/settings/team/page.tsx#default": viewer((fn) => fn()),
  "app/(app)/settings/activity/page.tsx#default": viewer((fn) => fn({ searchParams: P({}) })),
  "app/(app)/settings/api-reference/page.tsx#default": viewer((fn) => fn()),
  "app/(app)/no-access/page.tsx#default": viewer((fn) => fn({ searchParams: P({ need: "imports:write" }) })),
  // The import wizard and the settings behind it.
  "app/(app-unstreamed)/users/import/page.tsx#default": admin((fn) => fn({ searchParams: P({}) })),
  "app/(app)/users/import/[id]/page.tsx#default": admin((fn, t) => id(fn, t.draftId)),
  "app/(app)/users/import/[id]/map/page.tsx#default": admin((fn, t) => id(fn, t.draftId)),
  "app/(app)/users/import/[id]/review/page.tsx#default": admin((fn, t) => fn({ params: P({ id: t.draftId }), searchParams: P({}) })),
  "app/(app)/settings/fields/page.tsx#default": admin((fn) => fn()),
  "app/(app)/settings/api-tokens/page.tsx#default": owner((fn) => fn()),
  "app/(app)/settings/directory-sync/page.tsx#default": owner((fn) => fn()),
  "app/(app)/settings/organisation/page.tsx#default": owner((fn) => fn()),

  // Route handlers behind a session.
  "app/api/users/export/route.ts#GET": viewer((fn) => fn(request("/api/users/export?status=all"))),
  "app/api/activity/export/route.ts#GET": viewer((fn) => fn(request("/api/activity/export"))),
  "app/api/imports/[id]/errors/route.ts#GET": viewer((fn, t) => fn(request(`/api/imports/${t.completedImportId}/errors`), { params: P({ id: t.completedImportId }) })),
  "app/api/imports/[id]/progress/route.ts#GET": viewer((fn, t) => fn(request(`/api/imports/${t.completedImportId}/progress`), { params: P({ id: t.completedImportId }) })),
  "app/api/users/template/route.ts#GET": admin((fn) => fn(request("/api/users/template"))),
  "app/api/imports/upload/route.ts#POST": admin((fn) => fn(request("/api/imports/upload?fileName=probe.csv&mode=upsert&sendWelcome=false", { method: "POST", body: csv }))),

  // Server actions.
  "app/(app)/actions.ts#logout": viewer((fn) => fn()),
  "app/(app)/account/actions.ts#updateProfileAction": viewer((fn) => fn({ name: "Role Probe", email: "role-probe@orgb.test" })),
  "app/(app)/account/actions.ts#changePasswordAction": viewer((fn) => fn({ currentPassword: "not the password", password: "violet kettle harbour mosaic", confirm: "violet kettle harbour mosaic" })),
  "app/(app)/users/actions.ts#archiveLearnersAction": admin((fn, t) => fn({ ids: [t.activeLearnerId] })),
  "app/(app)/users/actions.ts#unarchiveLearnersAction": admin((fn, t) => fn({ ids: [t.archivedLearnerId], sendWelcome: false })),
  "app/(app)/users/actions.ts#resendWelcomeAction": admin((fn, t) => fn({ ids: [t.welcomeLearnerId] })),
  "app/(app)/users/actions.ts#addToGroupAction": admin((fn, t) => fn({ ids: [t.welcomeLearnerId], groupId: t.groupId })),
  "app/(app)/users/actions.ts#removeFromGroupAction": admin((fn, t) => fn({ ids: [t.activeLearnerId], groupId: t.groupId })),
  "app/(app)/users/actions.ts#eraseLearnersAction": admin((fn, t) => fn({ ids: [t.erasableLearnerId], confirmation: w.b.erasableEmail })),
  "app/(app)/users/actions.ts#setLearnerGroupsAction": admin((fn, t) => fn({ learnerId: t.archivedLearnerId, groupIds: [t.groupId] })),
  "app/(app)/users/import/actions.ts#createTextboxImport": admin((fn) => fn({ text: "paste@orgb.test, Paste, Person", options })),
  "app/(app)/users/import/actions.ts#saveMappingAction": admin((fn, t) => fn({ importId: t.draftId, columns: w.b.draftColumns })),
  "app/(app)/users/import/actions.ts#createFieldFromColumnAction": admin((fn, t) => fn({ importId: t.draftId, column: w.b.unmappedColumn })),
  "app/(app)/users/import/actions.ts#saveOptionsAction": admin((fn, t) => fn({ importId: t.draftId, options })),
  "app/(app)/users/import/actions.ts#fixRowAction": admin((fn, t) => fn({ importId: t.draftId, rowNumber: 2, cells: { "1": "Fixed" } })),
  "app/(app)/users/import/actions.ts#confirmImportAction": admin((fn, t) => fn({ importId: t.confirmDraftId, options })),
  "app/(app)/users/import/actions.ts#discardDraftAction": admin((fn, t) => fn({ importId: t.discardDraftId })),
  "app/(app)/imports/[id]/actions.ts#undoImportAction": admin((fn, t) => fn({ importId: t.undoImportId })),
  "app/(app)/imports/[id]/actions.ts#retryImportAction": admin((fn, t) => fn({ importId: t.failedImportId })),
  "app/(app)/groups/actions.ts#createGroupAction": admin((fn) => fn({ name: `Role probe ${w.tag}`, description: "" })),
  "app/(app)/groups/actions.ts#updateGroupAction": admin((fn, t) => fn({ id: t.groupId, name: `Crew ${w.tag} renamed`, description: "" })),
  "app/(app)/groups/actions.ts#deleteGroupAction": admin((fn, t) => fn({ id: t.deleteGroupId })),
  "app/(app)/settings/fields/actions.ts#createFieldAction": admin((fn) => fn({ label: `Role probe ${w.tag}`, type: "TEXT", options: "" })),
  "app/(app)/settings/fields/actions.ts#updateFieldAction": admin((fn, t) => fn({ id: t.customFieldId, label: `${w.b.secretLabel} renamed`, type: "TEXT", options: "" })),
  "app/(app)/settings/fields/actions.ts#setFieldEnabledAction": admin((fn, t) => fn({ id: t.toggleFieldId, enabled: false })),
  "app/(app)/settings/fields/actions.ts#moveFieldAction": admin((fn, t) => fn({ id: t.movableFieldId, direction: "down" })),
  "app/(app)/settings/api-tokens/actions.ts#createApiTokenAction": owner((fn) => fn({ name: "Role probe", scopes: ["users:read"], expiresIn: "30" })),
  "app/(app)/settings/api-tokens/actions.ts#revokeApiTokenAction": owner((fn, t) => fn({ id: t.apiTokenId })),
  "app/(app)/settings/directory-sync/actions.ts#setScimWelcomeEmailsAction": owner((fn) => fn({ enabled: true })),
  "app/(app)/settings/directory-sync/actions.ts#setScimFieldMappingAction": owner((fn) => fn({ department: "none", employeeNumber: "none", costCenter: "none", organization: "none", division: "none" })),
  "app/(app)/settings/organisation/actions.ts#saveOrganisationSettingsAction": owner(async (fn) => fn({ ...ORGANISATION_SETTINGS, name: (await (await getDb()).organisation.findUniqueOrThrow({ where: { id: w.b.organisationId } })).name, emailSenderName: "Role Probe" })),
  "app/(app)/settings/organisation/actions.ts#previewWelcomeEmailAction": owner((fn) => fn(ORGANISATION_SETTINGS)),
  "app/(app)/settings/team/actions.ts#inviteAdminAction": owner((fn) => fn({ name: "Role Probe", email: `role-probe-${w.tag}@orgb.test`, role: "VIEWER" })),
  "app/(app)/settings/team/actions.ts#resendInvitationAction": owner((fn, t) => fn({ id: t.invitationId })),
  "app/(app)/settings/team/actions.ts#revokeInvitationAction": owner((fn, t) => fn({ id: t.invitationId })),
  "app/(app)/settings/team/actions.ts#changeRoleAction": owner((fn, t) => fn({ adminId: t.teamMemberId, role: "ADMIN" })),
  "app/(app)/settings/team/actions.ts#removeAdminAction": owner((fn, t) => fn({ adminId: t.removableAdminId })),

  // Token-authenticated: the token's scopes decide, whoever created it.
  "app/api/v1/users/route.ts#GET": TOKEN,
  "app/api/v1/users/[id]/route.ts#GET": TOKEN,
  "app/api/v1/users/[id]/route.ts#PATCH": TOKEN,
  "app/api/v1/users/[id]/erase/route.ts#POST": TOKEN,
  "app/api/v1/imports/route.ts#POST": TOKEN,
  "app/api/v1/imports/[id]/route.ts#GET": TOKEN,
  "app/api/v1/imports/[id]/errors/route.ts#GET": TOKEN,
  "app/api/v1/imports/[id]/undo/route.ts#POST": TOKEN,
  "app/scim/v2/ServiceProviderConfig/route.ts#GET": TOKEN,
  "app/scim/v2/ResourceTypes/route.ts#GET": TOKEN,
  "app/scim/v2/Schemas/route.ts#GET": TOKEN,
  "app/scim/v2/Users/route.ts#GET": TOKEN,
  "app/scim/v2/Users/route.ts#POST": TOKEN,
  "app/scim/v2/Users/[id]/route.ts#GET": TOKEN,
  "app/scim/v2/Users/[id]/route.ts#PUT": TOKEN,
  "app/scim/v2/Users/[id]/route.ts#PATCH": TOKEN,
  "app/scim/v2/Users/[id]/route.ts#DELETE": TOKEN,
  "app/scim/v2/ResourceTypes/[id]/route.ts#GET": TOKEN,
  "app/scim/v2/Schemas/[id]/route.ts#GET": TOKEN,
  "app/scim/v2/Groups/route.ts#GET": TOKEN,
  "app/scim/v2/Groups/route.ts#POST": TOKEN,
  "app/scim/v2/Groups/[id]/route.ts#GET": TOKEN,
  "app/scim/v2/Groups/[id]/route.ts#PUT": TOKEN,
  "app/scim/v2/Groups/[id]/route.ts#PATCH": TOKEN,
  "app/scim/v2/Groups/[id]/route.ts#DELETE": TOKEN,

  // No session at all.
  "app/(tools)/outbox/page.tsx#default": { public: "the installation's key opens it, not a session" },
  "app/(auth)/login/page.tsx#default": { public: "before signing in" },
  "app/(auth)/login/actions.ts#login": { public: "before signing in" },
  "app/(auth)/forgot-username/page.tsx#default": { public: "before signing in" },
  "app/(auth)/forgot-username/actions.ts#requestUsernameReminder": { public: "before signing in" },
  "app/(auth)/forgot-password/page.tsx#default": { public: "before signing in" },
  "app/(auth)/forgot-password/actions.ts#requestPasswordResetLink": { public: "before signing in" },
  "app/(auth)/reset-password/page.tsx#default": { public: "a secret reset link" },
  "app/(auth)/reset-password/actions.ts#resetPasswordAction": { public: "a secret reset link" },
  "app/(auth)/accept-invitation/page.tsx#default": { public: "a secret invitation link" },
  "app/(auth)/accept-invitation/actions.ts#acceptInvitationAction": { public: "a secret invitation link" },
  "app/(auth)/welcome/[token]/page.tsx#default": { public: "a learner's activation link" },
  "app/(auth)/welcome/[token]/actions.ts#activateAction": { public: "a learner's activation link" },
  "app/(auth)/welcome/activated/page.tsx#default": { public: "a fixed message for learners" },
  "app/api/v1/openapi.json/route.ts#GET": { public: "the API's description, the same for everyone" },
  "app/api/auth/[...nextauth]/route.ts#GET": { public: "Auth.js itself" },
  "app/api/auth/[...nextauth]/route.ts#POST": { public: "Auth.js itself" },
  "app/api/inngest/route.ts#GET": { public: "Inngest's signed endpoint" },
  "app/api/inngest/route.ts#POST": { public: "Inngest's signed endpoint" },
  "app/api/inngest/route.ts#PUT": { public: "Inngest's signed endpoint" },
};

const RANK: Record<Role, number> = { VIEWER: 0, ADMIN: 1, OWNER: 2 };
const PLURAL: Record<Role, string> = { OWNER: "Owners", ADMIN: "Admins", VIEWER: "Viewers" };
const rows = Object.entries(MATRIX).filter((entry): entry is [string, Row] => "needs" in entry[1]);

/** The refusal each kind of export gives a role that may not, naming the role. */
function expectRefused(key: string, role: Role, o: Outcome) {
  const sentence = new RegExp(`^${PLURAL[role]} can't `);
  if (key.includes("/page.tsx#")) return expect(o, key).toMatchObject({ kind: "redirect", url: expect.stringMatching(/^\/no-access\?need=/) });
  if (key.includes("/route.ts#")) {
    expect(o, key).toMatchObject({ kind: "response", status: 403 });
    return expect((o as { body: string }).body, key).toContain(`${PLURAL[role]} can't `);
  }
  expect(o, key).toMatchObject({ kind: "value", value: { ok: false, formError: expect.stringMatching(sentence) } });
}

function isRoleRefusal(o: Outcome) {
  if (o.kind === "redirect") return o.url.startsWith("/no-access");
  if (o.kind === "response") return o.status === 403;
  const value = o.kind === "value" ? (o.value as { ok?: boolean; formError?: string } | undefined) : undefined;
  return value?.ok === false && /^(Owners|Admins|Viewers) can't /.test(value.formError ?? "");
}

beforeAll(async () => {
  w = await arrangeTenants();
});

afterAll(async () => {
  session.adminId = null;
  await drainInProcessJobs();
});

describe("role matrix", () => {
  it("has a row for every page, server action and route handler export under app/, and nothing else", async () => {
    expect(await discoverExports()).toEqual(Object.keys(MATRIX).sort());
  });

  it("lets each role through somewhere and refuses Viewers and Admins somewhere", () => {
    for (const role of ROLES) expect(rows.some(([, row]) => RANK[role] >= RANK[row.needs])).toBe(true);
    expect(rows.filter(([, row]) => row.needs === "OWNER").length).toBeGreaterThanOrEqual(6);
    expect(rows.filter(([, row]) => row.needs === "ADMIN").length).toBeGreaterThanOrEqual(20);
  });
});

describe("a role below what an export needs is refused and changes nothing", () => {
  for (const [key, row] of rows) {
    for (const role of ROLES.filter((r) => RANK[r] < RANK[row.needs])) {
      it(`${key} as ${role}`, async () => {
        const before = await organisationState(w.b.organisationId);
        session.adminId = w.b.roleAdmins[role];
        expectRefused(key, role, await capture(async () => row.call(await exportOf(key), w.targets)));
        expect(await organisationState(w.b.organisationId)).toEqual(before);
      });
    }
  }
});

// After every refusal: these change the organisation's data. Least powerful role first, so each
// export's first allowed call finds its records as they were arranged.
describe("a role that may gets through", () => {
  for (const [key, row] of rows) {
    it(`${key} (${ROLES.filter((r) => RANK[r] >= RANK[row.needs]).join(", ")})`, async () => {
      for (const role of [...ROLES].reverse().filter((r) => RANK[r] >= RANK[row.needs])) {
        session.adminId = w.b.roleAdmins[role];
        const outcome = await capture(async () => row.call(await exportOf(key), w.targets));
        expect(isRoleRefusal(outcome), `${key} as ${role}: ${serialise(outcome).slice(0, 400)}`).toBe(false);
      }
    });
  }
});
