/**
 * Tenant isolation, driven by one registry of every page, server action and
 * route handler export under app/. An admin of organisation A aims each one
 * at organisation B's ids (imports, drafts, learners, fields) and must get
 * the answer a non-existent id gets, see nothing of B's, and leave B's data
 * exactly as it was. Then B's own admin makes the same calls, to show the
 * input was otherwise valid and that B's data would have been visible.
 *
 * The first test discovers the exports from the source tree (pages,
 * route.ts and actions.ts under app/, and any "use server" module under app/,
 * lib/ or components/: support/discover-exports.ts, which the role matrix in
 * roles.test.ts shares) and fails until a new one is added to REGISTRY, either
 * with a case or as `{ public: "why it needs no organisation check" }`.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { fieldKeyFromLabel, labelKey } from "@/lib/fields";
import { TOKEN_NOT_FOUND } from "@/lib/server/api-tokens/revoke-api-token";
import { FIELD_NOT_FOUND } from "@/lib/server/fields/field-rules";
import { GROUP_NOT_FOUND } from "@/lib/server/groups/group-rules";
import { LEARNER_NOT_FOUND } from "@/lib/server/groups/set-learner-groups";
import { TEAM_ERRORS } from "@/lib/server/team/team-rules";
import { drainInProcessJobs } from "@/lib/server/jobs/in-process";
import { discoverExports, exportOf } from "./support/discover-exports";
import { capture, type Outcome, serialise } from "./support/next-stubs";
import { arrangeTenants, loadAdmin, organisationState, type Targets, type TenantWorld } from "./support/tenant-world";

// Runs before the imports: without a Resend key, welcome emails queued by B's own resend stay in the outbox.
vi.hoisted(() => {
  vi.stubEnv("RESEND_API_KEY", "");
});

/** Who the mocked session layer says is signed in. */
const session = vi.hoisted(() => ({ adminId: null as string | null }));

vi.mock("@/lib/auth/require-admin", async () => {
  const { loadAdmin } = await import("./support/tenant-world");
  const { navigation } = await import("./support/next-stubs");
  const getCurrentAdmin = async () => (session.adminId ? loadAdmin(session.adminId) : null);
  return { getCurrentAdmin, requireAdmin: async () => (await getCurrentAdmin()) ?? navigation.redirect("/login") };
});
// Auth.js itself can't load outside Next (and needs a request); lib/auth.ts builds on this stand-in instead.
const authjs = vi.hoisted(() => ({ signIn: vi.fn<(...args: unknown[]) => Promise<undefined>>(async () => undefined), signOut: vi.fn(async () => undefined) }));
vi.mock("next-auth", () => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {}
  const unavailable = async () => new Response("Auth.js is not loaded in this test.", { status: 501 });
  const NextAuth = () => ({ handlers: { GET: unavailable, POST: unavailable }, auth: async () => null, ...authjs });
  return { default: NextAuth, AuthError, CredentialsSignin };
});
vi.mock("next-auth/providers/credentials", () => ({ default: (config: unknown) => config }));
vi.mock("next/navigation", async (original) => ({ ...(await original<typeof import("next/navigation")>()), ...(await import("./support/next-stubs")).navigation }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", async (original) => ({ ...(await original<typeof import("next/headers")>()), headers: async () => new Headers() }));

type AnyFn = (...args: unknown[]) => unknown;
type Check = (o: Outcome) => void | Promise<void>;

interface Case {
  /** Calls the export aimed at these targets: organisation B's ids, or ids that exist nowhere. */
  call: (fn: AnyFn, t: Targets) => unknown;
  /** The input names records by id: B's ids must then get exactly the answer a missing id gets. */
  takesIds: boolean;
  /** What admin A must get, beyond the checks every case gets (B unchanged, no B data in the answer). */
  asA: Check;
  /** What B's own admin gets for the same call (run after every A case, in registry order). */
  asOwner?: Check;
  /** Text the call itself supplies, so its echo in the answer is not a leak. */
  echoes?: () => string[];
}
type Entry = Case | { public: string };

let w: TenantWorld;

const P = <T>(value: T) => Promise.resolve(value);
const options = { mode: "upsert", sendWelcome: false, blankClears: false } as const;
const request = (path: string, init?: RequestInit) => new Request(`http://localhost${path}`, init);
/** An /api/v1 request with the API token of the organisation whose admin the case runs as. */
const apiRequest = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  request(path, { ...init, headers: { ...init.headers, authorization: `Bearer ${session.adminId === w.b.adminId ? w.b.apiSecret : w.a.apiSecret}` } });
const json = { "content-type": "application/json" };
const scim = { "content-type": "application/scim+json" };

// ---- Checks ---------------------------------------------------------------

const notFound: Check = (o) => expect(o).toEqual({ kind: "notFound" });
const redirectTo = (url: () => string): Check => (o) => expect(o).toEqual({ kind: "redirect", url: url() });
const status = (code: number): Check => (o) => expect(o).toMatchObject({ kind: "response", status: code });
const refused = (formError: string): Check => (o) => expect(o).toMatchObject({ kind: "value", value: { ok: false, formError } });
const succeeded: Check = (o) => expect(o).toMatchObject({ kind: "value", value: { ok: true } });
const changed = (n: number): Check => (o) => expect(o).toMatchObject({ kind: "value", value: { ok: true, data: { changed: n } } });
const rendered: Check = (o) => expect(o.kind).toBe("value");
/** B's own call shows B's data: the marker search in A's checks is not vacuous. */
const showsB = (first: Check): Check => async (o) => {
  await first(o);
  expect(w.markersIn(serialise(o))).not.toEqual([]);
};
const all = (...checks: Check[]): Check => async (o) => {
  for (const check of checks) await check(o);
};

const NOT_A_DRAFT = "This import can no longer be changed: it has been queued or discarded.";
const NO_SUCH_IMPORT = "This import doesn't exist.";
const api = (body: (o: Outcome) => unknown): Check => (o) => expect(JSON.parse((o as { body: string }).body)).toEqual(body(o));

const NO_MAPPING = { department: "none", employeeNumber: "none", costCenter: "none", organization: "none", division: "none" };
/** The key of B's own custom field: an id-like input the mapping action must refuse from A as if it didn't exist. */

/** A field only B has, made before the cases run: no case gives A a field with its label, so its key can't name one of A's. */
const B_ONLY_FIELD_LABEL = "Directory sync isolation probe";
const bOnlyFieldKey = () => fieldKeyFromLabel(B_ONLY_FIELD_LABEL);

const byId = (call: Case["call"], asA: Check, asOwner?: Check): Case => ({ takesIds: true, call, asA, asOwner });
const scoped = (call: Case["call"], asA: Check, asOwner?: Check, echoes?: () => string[]): Case => ({ takesIds: false, call, asA, asOwner, echoes });

// ---- The registry -----------------------------------------------------------

const REGISTRY: Record<string, Entry> = {
  // Pages that take an id.
  "app/(app)/users/[id]/page.tsx#default": byId((fn, t) => fn({ params: P({ id: t.activeLearnerId }) }), notFound, showsB(rendered)),
  "app/(app)/users/[id]/page.tsx#generateMetadata": byId(
    (fn, t) => fn({ params: P({ id: t.activeLearnerId }) }),
    (o) => expect(o).toEqual({ kind: "value", value: { title: "User not found" } }),
    showsB(rendered),
  ),
  "app/(app)/imports/[id]/page.tsx#default": byId((fn, t) => fn({ params: P({ id: t.completedImportId }), searchParams: P({}) }), notFound, showsB(rendered)),
  "app/(app)/groups/[id]/page.tsx#default": byId((fn, t) => fn({ params: P({ id: t.groupId }), searchParams: P({}) }), notFound, showsB(rendered)),
  "app/(app)/groups/[id]/page.tsx#generateMetadata": byId(
    (fn, t) => fn({ params: P({ id: t.groupId }) }),
    (o) => expect(o).toEqual({ kind: "value", value: { title: "Group not found" } }),
    showsB(rendered),
  ),
  "app/(app)/users/page.tsx#default": scoped(
    (fn) => fn({ searchParams: P({ status: "all" }) }),
    (o) => expect(serialise(o)).toContain(w.a.learnerEmail),
    showsB(rendered),
  ),
  "app/(app)/users/import/[id]/page.tsx#default": byId(
    (fn, t) => fn({ params: P({ id: t.draftId }) }),
    notFound,
    redirectTo(() => `/users/import/${w.targets.draftId}/map`),
  ),
  "app/(app)/users/import/[id]/map/page.tsx#default": byId((fn, t) => fn({ params: P({ id: t.draftId }) }), notFound, showsB(rendered)),
  "app/(app)/users/import/[id]/review/page.tsx#default": byId((fn, t) => fn({ params: P({ id: t.draftId }), searchParams: P({}) }), notFound, showsB(rendered)),

  // Pages without ids: they must show A's organisation only.
  "app/(app)/dashboard/page.tsx#default": scoped((fn) => fn(), rendered, showsB(rendered)),
  "app/(app)/groups/page.tsx#default": scoped((fn) => fn(), rendered, showsB(rendered)),
  "app/(app-unstreamed)/users/import/page.tsx#default": scoped((fn) => fn({ searchParams: P({}) }), rendered, showsB(rendered)),
  "app/(app)/settings/fields/page.tsx#default": scoped((fn) => fn(), rendered, showsB(rendered)),
  "app/(app)/account/page.tsx#default": scoped((fn) => fn(), rendered, showsB(rendered)),
  "app/(app)/settings/page.tsx#default": scoped((fn) => fn(), redirectTo(() => "/settings/fields")),
  "app/(app)/settings/api-tokens/page.tsx#default": scoped((fn) => fn(), (o) => expect(serialise(o)).toContain("A's script"), showsB(rendered)),
  "app/(app)/settings/api-reference/page.tsx#default": scoped((fn) => fn(), rendered),
  "app/(app)/settings/team/page.tsx#default": scoped((fn) => fn(), (o) => expect(serialise(o)).toContain(`it-admin-${w.a.slug.replace(/^it-/, "")}`), showsB(rendered)),
  "app/(app)/no-access/page.tsx#default": scoped((fn) => fn({ searchParams: P({ need: "imports:write" }) }), rendered),
  "app/(app)/settings/directory-sync/page.tsx#default": scoped((fn) => fn(), (o) => expect(serialise(o)).toContain("A's script"), showsB(rendered)),
  // A's log lists A's token being created; B's lists B's tokens (named with B's tag).
  "app/(app)/settings/activity/page.tsx#default": scoped(
    (fn) => fn({ searchParams: P({}) }),
    (o) => expect(serialise(o)).toContain("Created the API token ‘A's script’"),
    showsB(rendered),
  ),
  "app/page.tsx#default": scoped((fn) => fn(), redirectTo(() => "/dashboard")),
  // Lists every organisation's emails by design, but only locally with no email provider; any other request gets a 404.
  "app/(tools)/outbox/page.tsx#default": scoped((fn) => fn({ searchParams: P({}) }), notFound),

  "app/(auth)/login/page.tsx#default": { public: "login form; no session, no organisation data" },
  "app/(auth)/forgot-username/page.tsx#default": { public: "request form; no session, no organisation data" },
  "app/(auth)/forgot-password/page.tsx#default": { public: "request form; no session, no organisation data" },
  "app/(auth)/reset-password/page.tsx#default": { public: "takes a reset token, not an organisation id; covered by auth.test.ts" },
  "app/(auth)/welcome/[token]/page.tsx#default": { public: "learner activation by a secret token, not an organisation id; covered by welcome-emails.test.ts" },
  "app/(auth)/accept-invitation/page.tsx#default": { public: "takes a secret invitation token, not an organisation id; covered by team.test.ts" },
  "app/(auth)/welcome/activated/page.tsx#default": { public: "a fixed message after activation; no token, no learner data" },

  // Route handlers.
  "app/api/imports/[id]/errors/route.ts#GET": byId(
    (fn, t) => fn(request(`/api/imports/${t.completedImportId}/errors`), { params: P({ id: t.completedImportId }) }),
    status(404),
    all(status(200), (o) => expect(serialise(o)).toContain(w.b.brokenEmail)),
  ),
  "app/api/imports/[id]/progress/route.ts#GET": byId(
    (fn, t) => fn(request(`/api/imports/${t.completedImportId}/progress`), { params: P({ id: t.completedImportId }) }),
    status(404),
    (o) => expect(o).toMatchObject({ kind: "response", status: 200, body: expect.stringContaining('"totalRows":4') }),
  ),
  "app/api/imports/upload/route.ts#POST": scoped(
    (fn) => fn(request("/api/imports/upload?fileName=mine.csv&mode=upsert&sendWelcome=false", { method: "POST", body: "Email,First Name,Last Name,Active\nnew@orga.test,New,Person,1" })),
    async (o) => {
      expect(o).toMatchObject({ kind: "response", status: 201 });
      const { importId } = JSON.parse((o as { body: string }).body) as { importId: string };
      expect(await (await getDb()).importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ organisationId: w.a.organisationId, adminId: w.a.adminId });
    },
  ),
  // Searches for B's learners by their email domain: A's export must come back empty, B's finds them.
  "app/api/users/export/route.ts#GET": scoped(
    (fn) => fn(request("/api/users/export?status=all&q=secret.test")),
    all(status(200), (o) => expect((o as { body: string }).body.trim().split("\r\n")).toHaveLength(1)),
    showsB(status(200)),
  ),
  "app/api/activity/export/route.ts#GET": scoped(
    (fn) => fn(request("/api/activity/export")),
    all(status(200), (o) => expect((o as { body: string }).body).toContain("Created the API token ‘A's script’")),
    showsB(status(200)),
  ),
  "app/api/users/template/route.ts#GET": scoped(
    (fn) => fn(request("/api/users/template")),
    status(200),
    all(status(200), (o) => expect(serialise(o)).toContain(w.b.secretLabel)),
  ),
  // The REST API: the token names the organisation; another organisation's ids are 404s like missing ones.
  "app/api/v1/users/route.ts#GET": scoped(
    (fn) => fn(apiRequest("/api/v1/users?q=secret.test"), { params: P({}) }),
    all(status(200), api(() => ({ data: [], nextCursor: null }))),
    showsB(status(200)),
  ),
  "app/api/v1/users/[id]/route.ts#GET": byId((fn, t) => fn(apiRequest(`/api/v1/users/${t.activeLearnerId}`), { params: P({ id: t.activeLearnerId }) }), status(404), showsB(status(200))),
  // Sets B's active learner active: B's own call answers 200 and changes nothing the later cases rely on.
  "app/api/v1/users/[id]/route.ts#PATCH": byId(
    (fn, t) => fn(apiRequest(`/api/v1/users/${t.activeLearnerId}`, { method: "PATCH", headers: json, body: '{"active":true}' }), { params: P({ id: t.activeLearnerId }) }),
    status(404),
    showsB(status(200)),
  ),
  "app/api/v1/imports/route.ts#POST": scoped(
    (fn) => fn(apiRequest("/api/v1/imports", { method: "POST", headers: { "content-type": "text/csv" }, body: "Email,First Name,Last Name,Active\napi@orga.test,Api,Person,1" }), { params: P({}) }),
    async (o) => {
      expect(o).toMatchObject({ kind: "response", status: 202 });
      const { id } = JSON.parse((o as { body: string }).body) as { id: string };
      expect(await (await getDb()).importJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ organisationId: w.a.organisationId, apiTokenId: w.a.apiTokenId, source: "API" });
    },
  ),
  "app/api/v1/imports/[id]/route.ts#GET": byId((fn, t) => fn(apiRequest(`/api/v1/imports/${t.completedImportId}`), { params: P({ id: t.completedImportId }) }), status(404), showsB(status(200))),
  "app/api/v1/imports/[id]/errors/route.ts#GET": byId(
    (fn, t) => fn(apiRequest(`/api/v1/imports/${t.completedImportId}/errors`), { params: P({ id: t.completedImportId }) }),
    status(404),
    all(status(200), (o) => expect(serialise(o)).toContain(w.b.brokenEmail)),
  ),
  // No owner call: B's undo import is undone by undoImportAction's owner case.
  "app/api/v1/imports/[id]/undo/route.ts#POST": byId((fn, t) => fn(apiRequest(`/api/v1/imports/${t.undoImportId}/undo`, { method: "POST" }), { params: P({ id: t.undoImportId }) }), status(404)),
  "app/scim/v2/ServiceProviderConfig/route.ts#GET": scoped((fn) => fn(apiRequest("/scim/v2/ServiceProviderConfig"), { params: P({}) }), status(200)),
  "app/scim/v2/ResourceTypes/route.ts#GET": scoped((fn) => fn(apiRequest("/scim/v2/ResourceTypes"), { params: P({}) }), status(200)),
  "app/scim/v2/Schemas/route.ts#GET": scoped((fn) => fn(apiRequest("/scim/v2/Schemas"), { params: P({}) }), status(200), showsB(status(200))),
  "app/scim/v2/Users/route.ts#GET": scoped(
    (fn) => fn(apiRequest(`/scim/v2/Users?filter=${encodeURIComponent('userName co "secret.test"')}`), { params: P({}) }),
    api(() => ({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] })),
    showsB(status(200)),
  ),
  "app/scim/v2/Users/route.ts#POST": scoped(
    (fn) => fn(apiRequest("/scim/v2/Users", { method: "POST", headers: scim, body: JSON.stringify({ userName: "scim@orga.test", name: { givenName: "Sci", familyName: "M" } }) }), { params: P({}) }),
    status(201),
  ),
  "app/scim/v2/Users/[id]/route.ts#GET": byId((fn, t) => fn(apiRequest(`/scim/v2/Users/${t.scimUserId}`), { params: P({ id: t.scimUserId }) }), status(404), showsB(status(200))),
  "app/scim/v2/Users/[id]/route.ts#PUT": byId(
    (fn, t) => fn(apiRequest(`/scim/v2/Users/${t.scimUserId}`, { method: "PUT", headers: scim, body: JSON.stringify({ userName: "put@orga.test", active: false }) }), { params: P({ id: t.scimUserId }) }),
    status(404),
  ),
  "app/scim/v2/Users/[id]/route.ts#PATCH": byId(
    (fn, t) =>
      fn(apiRequest(`/scim/v2/Users/${t.scimUserId}`, { method: "PATCH", headers: scim, body: JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", value: { active: false } }] }) }), {
        params: P({ id: t.scimUserId }),
      }),
    status(404),
  ),
  "app/scim/v2/Users/[id]/route.ts#DELETE": byId((fn, t) => fn(apiRequest(`/scim/v2/Users/${t.scimUserId}`, { method: "DELETE" }), { params: P({ id: t.scimUserId }) }), status(404)),
  "app/scim/v2/Schemas/[id]/route.ts#GET": scoped(
    (fn) => fn(apiRequest("/scim/v2/Schemas/urn:ietf:params:scim:schemas:extension:rollcall:2.0:User"), { params: P({ id: "urn:ietf:params:scim:schemas:extension:rollcall:2.0:User" }) }),
    status(200),
    showsB(status(200)),
  ),
  "app/scim/v2/ResourceTypes/[id]/route.ts#GET": scoped((fn) => fn(apiRequest("/scim/v2/ResourceTypes/Group"), { params: P({ id: "Group" }) }), status(200)),
  "app/scim/v2/Groups/route.ts#GET": scoped(
    (fn) => fn(apiRequest(`/scim/v2/Groups?filter=${encodeURIComponent(`displayName co "${w.tag}"`)}`), { params: P({}) }),
    api(() => ({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] })),
    showsB(status(200)),
  ),
  // B's group name is free in A, as on the groups page: a 409 would reveal B's group.
  "app/scim/v2/Groups/route.ts#POST": scoped(
    (fn) => fn(apiRequest("/scim/v2/Groups", { method: "POST", headers: scim, body: JSON.stringify({ displayName: `Crew ${w.tag} scim` }) }), { params: P({}) }),
    async (o) => {
      expect(o).toMatchObject({ kind: "response", status: 201 });
      expect(await (await getDb()).group.count({ where: { organisationId: w.a.organisationId, name: `Crew ${w.tag} scim` } })).toBe(1);
    },
    undefined,
    () => [`Crew ${w.tag} scim`],
  ),
  "app/scim/v2/Groups/[id]/route.ts#GET": byId((fn, t) => fn(apiRequest(`/scim/v2/Groups/${t.groupId}`), { params: P({ id: t.groupId }) }), status(404), showsB(status(200))),
  "app/scim/v2/Groups/[id]/route.ts#PUT": byId(
    (fn, t) => fn(apiRequest(`/scim/v2/Groups/${t.groupId}`, { method: "PUT", headers: scim, body: JSON.stringify({ displayName: "Taken over", members: [{ value: t.scimUserId }] }) }), { params: P({ id: t.groupId }) }),
    status(404),
  ),
  // A's PATCH names B's group and B's directory user: the group answers 404 before the member is looked at.
  "app/scim/v2/Groups/[id]/route.ts#PATCH": byId(
    (fn, t) =>
      fn(apiRequest(`/scim/v2/Groups/${t.groupId}`, { method: "PATCH", headers: scim, body: JSON.stringify({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "remove", path: "members" }, { op: "add", path: "members", value: [{ value: t.scimUserId }] }] }) }), {
        params: P({ id: t.groupId }),
      }),
    status(404),
  ),
  "app/scim/v2/Groups/[id]/route.ts#DELETE": byId((fn, t) => fn(apiRequest(`/scim/v2/Groups/${t.deleteGroupId}`, { method: "DELETE" }), { params: P({ id: t.deleteGroupId }) }), status(404)),
  "app/api/v1/openapi.json/route.ts#GET": { public: "the API's description, the same for everyone; no organisation data" },
  "app/api/auth/[...nextauth]/route.ts#GET": { public: "Auth.js endpoints (session, CSRF, sign-in); no organisation ids" },
  "app/api/auth/[...nextauth]/route.ts#POST": { public: "Auth.js endpoints (session, CSRF, sign-in); no organisation ids" },
  "app/api/inngest/route.ts#GET": { public: "Inngest's endpoint, authenticated by its signing key; no admin session" },
  "app/api/inngest/route.ts#POST": { public: "Inngest's endpoint, authenticated by its signing key; no admin session" },
  "app/api/inngest/route.ts#PUT": { public: "Inngest's endpoint, authenticated by its signing key; no admin session" },

  // Import wizard actions.
  "app/(app)/users/import/actions.ts#createTextboxImport": scoped(
    (fn) => fn({ text: "paste@orga.test, Paste, Person", options }),
    async (o) => {
      expect(o).toMatchObject({ kind: "value", value: { ok: true } });
      const { importId } = (o as { value: { data: { importId: string } } }).value.data;
      expect(await (await getDb()).importJob.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({ organisationId: w.a.organisationId, status: "DRAFT" });
    },
  ),
  "app/(app)/users/import/actions.ts#saveMappingAction": byId((fn, t) => fn({ importId: t.draftId, columns: w.b.draftColumns }), refused(NOT_A_DRAFT), succeeded),
  "app/(app)/users/import/actions.ts#createFieldFromColumnAction": byId(
    (fn, t) => fn({ importId: t.draftId, column: w.b.unmappedColumn }),
    refused(NOT_A_DRAFT),
    succeeded,
  ),
  "app/(app)/users/import/actions.ts#saveOptionsAction": byId(
    (fn, t) => fn({ importId: t.draftId, options: { mode: "create", sendWelcome: true, blankClears: true } }),
    refused(NOT_A_DRAFT),
    succeeded,
  ),
  "app/(app)/users/import/actions.ts#fixRowAction": byId(
    (fn, t) => fn({ importId: t.draftId, rowNumber: 2, cells: { "0": "fixed@orga.test", "1": "Fixed" } }),
    refused(NOT_A_DRAFT),
    succeeded,
  ),
  "app/(app)/users/import/actions.ts#confirmImportAction": byId(
    (fn, t) => fn({ importId: t.confirmDraftId, options }),
    refused(NO_SUCH_IMPORT),
    redirectTo(() => `/imports/${w.targets.confirmDraftId}`),
  ),
  // Answers every id with the same redirect (a missing draft is already discarded); B's draft must survive.
  "app/(app)/users/import/actions.ts#discardDraftAction": byId(
    (fn, t) => fn({ importId: t.discardDraftId }),
    redirectTo(() => "/users/import"),
    all(redirectTo(() => "/users/import"), async () => expect(await (await getDb()).importJob.count({ where: { id: w.targets.discardDraftId } })).toBe(0)),
  ),

  // Import status actions.
  "app/(app)/imports/[id]/actions.ts#undoImportAction": byId((fn, t) => fn({ importId: t.undoImportId }), refused(NO_SUCH_IMPORT), succeeded),
  "app/(app)/imports/[id]/actions.ts#retryImportAction": byId((fn, t) => fn({ importId: t.failedImportId }), refused(NO_SUCH_IMPORT), succeeded),

  // Users list bulk actions: ids of other organisations are ignored, like ids that don't exist.
  "app/(app)/users/actions.ts#archiveLearnersAction": byId((fn, t) => fn({ ids: [t.activeLearnerId] }), changed(0), changed(1)),
  // With the welcome option: B's archived learner never had one, so B's own call queues it; A's call emails nobody.
  "app/(app)/users/actions.ts#unarchiveLearnersAction": byId(
    (fn, t) => fn({ ids: [t.archivedLearnerId], sendWelcome: true }),
    (o) => expect(o).toMatchObject({ kind: "value", value: { ok: true, data: { changed: 0, welcomed: 0 } } }),
    (o) => expect(o).toMatchObject({ kind: "value", value: { ok: true, data: { changed: 1, welcomed: 1 } } }),
  ),
  "app/(app)/users/actions.ts#resendWelcomeAction": byId((fn, t) => fn({ ids: [t.welcomeLearnerId] }), changed(0), changed(1)),
  // A's own learner aimed at B's group: the group is refused like a missing one. B adds and removes for real.
  "app/(app)/users/actions.ts#addToGroupAction": byId((fn, t) => fn({ ids: [t.welcomeLearnerId], groupId: t.groupId }), refused(GROUP_NOT_FOUND), changed(1)),
  "app/(app)/users/actions.ts#removeFromGroupAction": byId((fn, t) => fn({ ids: [t.activeLearnerId], groupId: t.groupId }), refused(GROUP_NOT_FOUND), changed(1)),
  "app/(app)/users/actions.ts#setLearnerGroupsAction": byId((fn, t) => fn({ learnerId: t.archivedLearnerId, groupIds: [t.groupId] }), refused(LEARNER_NOT_FOUND), succeeded),

  // Groups.
  // B's group name is free in A: names are unique per organisation, and a clash would reveal B's group.
  "app/(app)/groups/actions.ts#createGroupAction": scoped(
    (fn) => fn({ name: `Crew ${w.tag}`, description: "" }),
    async (o) => {
      expect(o).toMatchObject({ kind: "value", value: { ok: true } });
      expect(await (await getDb()).group.count({ where: { organisationId: w.a.organisationId, name: `Crew ${w.tag}` } })).toBe(1);
    },
    undefined,
    () => [`Crew ${w.tag}`],
  ),
  "app/(app)/groups/actions.ts#updateGroupAction": byId((fn, t) => fn({ id: t.groupId, name: `Crew ${w.tag} renamed`, description: "" }), refused(GROUP_NOT_FOUND), succeeded),
  "app/(app)/groups/actions.ts#deleteGroupAction": byId((fn, t) => fn({ id: t.deleteGroupId }), refused(GROUP_NOT_FOUND), succeeded),

  // Profile field settings.
  "app/(app)/settings/fields/actions.ts#createFieldAction": scoped(
    // B's label is free in A: labels are unique per organisation, and a clash would reveal B's field.
    (fn) => fn({ label: w.b.secretLabel, type: "TEXT", options: "" }),
    async (o) => {
      expect(o).toMatchObject({ kind: "value", value: { ok: true } });
      expect(await (await getDb()).profileField.count({ where: { organisationId: w.a.organisationId, label: w.b.secretLabel } })).toBe(1);
    },
    undefined,
    () => [w.b.secretLabel],
  ),
  "app/(app)/settings/fields/actions.ts#updateFieldAction": byId(
    (fn, t) => fn({ id: t.customFieldId, label: `${w.b.secretLabel} renamed`, type: "TEXT", options: "" }),
    refused(FIELD_NOT_FOUND),
    succeeded,
  ),
  "app/(app)/settings/fields/actions.ts#setFieldEnabledAction": byId((fn, t) => fn({ id: t.toggleFieldId, enabled: false }), refused(FIELD_NOT_FOUND), succeeded),
  "app/(app)/settings/fields/actions.ts#moveFieldAction": byId((fn, t) => fn({ id: t.movableFieldId, direction: "down" }), refused(FIELD_NOT_FOUND), succeeded),

  // Account actions only ever touch the signed-in admin: A's change lands on A, and B's admin is untouched.
  "app/(app)/account/actions.ts#updateProfileAction": scoped(
    (fn) => fn({ name: "Ada Probe", email: "ada-probe@orga.test" }),
    async (o) => {
      succeeded(o);
      expect(await (await getDb()).admin.findUniqueOrThrow({ where: { id: w.a.adminId } })).toMatchObject({ name: "Ada Probe", email: "ada-probe@orga.test" });
    },
  ),
  "app/(app)/account/actions.ts#changePasswordAction": scoped(
    (fn) => fn({ currentPassword: "integration test password", password: "violet kettle harbour mosaic", confirm: "violet kettle harbour mosaic" }),
    async (o) => {
      succeeded(o);
      expect((await (await getDb()).admin.findUniqueOrThrow({ where: { id: w.a.adminId } })).sessionVersion).toBe(1);
      expect(authjs.signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ username: (await loadAdmin(w.a.adminId))?.username }));
    },
  ),
  // API tokens: B's own revoke aims at a token B's API cases don't use.
  "app/(app)/settings/api-tokens/actions.ts#createApiTokenAction": scoped(
    (fn) => fn({ name: "Probe token", scopes: ["users:read"], expiresIn: "30" }),
    async (o) => {
      succeeded(o);
      expect(await (await getDb()).apiToken.count({ where: { organisationId: w.a.organisationId, name: "Probe token" } })).toBe(1);
    },
  ),
  "app/(app)/settings/api-tokens/actions.ts#revokeApiTokenAction": byId((fn, t) => fn({ id: t.apiTokenId }), refused(TOKEN_NOT_FOUND), succeeded),

  // The team: B's invitation and admins are refused like missing ones. B's owner resends, then revokes, its invitation.
  "app/(app)/settings/team/actions.ts#inviteAdminAction": scoped(
    (fn) => fn({ name: "Probe Invitee", email: "probe-invitee@orga.test", role: "VIEWER" }),
    async (o) => {
      succeeded(o);
      expect(await (await getDb()).adminInvitation.count({ where: { organisationId: w.a.organisationId, email: "probe-invitee@orga.test" } })).toBe(1);
    },
  ),
  "app/(app)/settings/team/actions.ts#resendInvitationAction": byId((fn, t) => fn({ id: t.invitationId }), refused(TEAM_ERRORS.invitationNotFound), succeeded),
  "app/(app)/settings/team/actions.ts#revokeInvitationAction": byId((fn, t) => fn({ id: t.invitationId }), refused(TEAM_ERRORS.invitationNotFound), succeeded),
  "app/(app)/settings/team/actions.ts#changeRoleAction": byId((fn, t) => fn({ adminId: t.teamMemberId, role: "ADMIN" }), refused(TEAM_ERRORS.adminNotFound), succeeded),
  "app/(app)/settings/team/actions.ts#removeAdminAction": byId((fn, t) => fn({ adminId: t.removableAdminId }), refused(TEAM_ERRORS.adminNotFound), succeeded),
  // Directory sync settings: the organisation comes from the session; a field key of B's is refused like one that doesn't exist.
  "app/(app)/settings/directory-sync/actions.ts#setScimWelcomeEmailsAction": scoped(
    (fn) => fn({ enabled: true }),
    async (o) => {
      succeeded(o);
      expect((await (await getDb()).organisation.findUniqueOrThrow({ where: { id: w.a.organisationId } })).scimWelcomeEmails).toBe(true);
    },
    succeeded,
  ),
  "app/(app)/settings/directory-sync/actions.ts#setScimFieldMappingAction": scoped(
    (fn) => fn({ ...NO_MAPPING, department: bOnlyFieldKey() }),
    (o) => expect(o).toMatchObject({ kind: "value", value: { ok: false, fieldErrors: { department: [expect.stringContaining("no longer exists")] } } }),
    succeeded,
  ),

  "app/(app)/actions.ts#logout": { public: "signs the caller's own session out; takes no input" },

  "app/(auth)/login/actions.ts#login": { public: "takes credentials, not organisation ids; covered by auth.test.ts" },
  "app/(auth)/forgot-username/actions.ts#requestUsernameReminder": { public: "same answer for every address; covered by auth.test.ts" },
  "app/(auth)/forgot-password/actions.ts#requestPasswordResetLink": { public: "same answer for every address; covered by auth.test.ts" },
  "app/(auth)/reset-password/actions.ts#resetPasswordAction": { public: "takes a secret reset token; covered by auth.test.ts" },
  "app/(auth)/accept-invitation/actions.ts#acceptInvitationAction": { public: "takes a secret invitation token; covered by team.test.ts" },
  "app/(auth)/welcome/[token]/actions.ts#activateAction": { public: "learner activation by a secret token; covered by welcome-emails.test.ts" },
};

/**
 * More cases for exports already in the registry, for inputs that name
 * records by id where the registry's case doesn't ("file#export (what)").
 * They run after the registry's cases.
 */
// By now A has a field and a group named like B's (the create cases above): those are A's own.
const echoesOfA = () => [w.b.secretLabel, `cf_badge_${w.tag}`, `Crew ${w.tag}`];
const VARIANTS: Record<string, Case> = {
  // B's group id as the users list's filter: A sees none of B's members (nor its own learners), B sees its own.
  "app/(app)/users/page.tsx#default (group filter)": {
    ...byId(
      (fn, t) => fn({ searchParams: P({ status: "all", group: t.groupId }) }),
      (o) => expect(serialise(o)).not.toContain(w.a.learnerEmail),
      showsB(rendered),
    ),
    echoes: echoesOfA,
  },
  // B's token as the activity log's person filter: A sees no entries (as for a token that doesn't exist).
  "app/(app)/settings/activity/page.tsx#default (person filter)": byId(
    (fn, t) => fn({ searchParams: P({ person: `token:${t.apiTokenId}` }) }),
    (o) => expect(serialise(o)).not.toContain("Created the API token"),
    showsB(rendered),
  ),
  "app/api/activity/export/route.ts#GET (person filter)": byId(
    (fn, t) => fn(request(`/api/activity/export?person=token:${t.apiTokenId}`)),
    all(status(200), (o) => expect((o as { body: string }).body.trim().split("\r\n")).toHaveLength(1)),
    status(200),
  ),
  // B's group id as the export's filter: only the header row for A.
  "app/api/users/export/route.ts#GET (group filter)": {
    ...byId(
      (fn, t) => fn(request(`/api/users/export?status=all&group=${t.groupId}`)),
      all(status(200), (o) => expect((o as { body: string }).body.trim().split("\r\n")).toHaveLength(1)),
      showsB(status(200)),
    ),
    echoes: echoesOfA,
  },
};

// ---- Discovery and helpers ---------------------------------------------------

/** An outcome as text with each target id replaced by its name, so B's answer and a missing id's answer compare equal. */
function withIdsNamed(o: Outcome, targets: Targets) {
  // The API's rate-limit headers count down with every request; they say nothing about the record asked for.
  let text = serialise(o).replace(/"ratelimit-(remaining|reset)":"\d+"/g, '"ratelimit-$1":"<n>"');
  for (const [name, id] of Object.entries(targets)) text = text.replaceAll(id, `<${name}>`);
  return text;
}

const cases = [...Object.entries(REGISTRY).filter((entry): entry is [string, Case] => !("public" in entry[1])), ...Object.entries(VARIANTS)];

beforeAll(async () => {
  w = await arrangeTenants();
  const label = B_ONLY_FIELD_LABEL;
  await (await getDb()).profileField.create({ data: { organisationId: w.b.organisationId, key: bOnlyFieldKey(), label, labelKey: labelKey(label), type: "TEXT", position: 90 } });
});

afterAll(async () => {
  session.adminId = null;
  await drainInProcessJobs();
});

// ---- Tests --------------------------------------------------------------------

describe("tenant isolation registry", () => {
  it("lists every page, server action and route handler export under app/, and nothing else", async () => {
    expect(await discoverExports()).toEqual(Object.keys(REGISTRY).sort());
  });

  it("gives every public entry a reason", () => {
    for (const [key, entry] of Object.entries(REGISTRY)) if ("public" in entry) expect(entry.public.length, key).toBeGreaterThan(10);
  });
});

describe("an admin of organisation A aiming at organisation B's ids gets 'not found', sees nothing of B and changes nothing", () => {
  for (const [key, c] of cases) {
    it(key, async () => {
      const fn = await exportOf(key);
      const before = await organisationState(w.b.organisationId);
      session.adminId = w.a.adminId;

      const outcome = await capture(() => c.call(fn, w.targets));
      if (c.takesIds) {
        const missing = await capture(() => c.call(fn, w.ghost));
        const [mine, none] = [withIdsNamed(outcome, w.targets), withIdsNamed(missing, w.ghost)];
        if (mine !== none) expect.fail(`B's ids were answered differently from ids that don't exist.\nB's ids: ${mine.slice(0, 1500)}\nMissing ids: ${none.slice(0, 1500)}`);
      }
      let text = serialise(outcome);
      for (const echo of c.echoes?.() ?? []) text = text.replaceAll(echo, "<echo>");
      expect(w.markersIn(text), `organisation B's data in the answer: ${text.slice(0, 2000)}`).toEqual([]);
      await c.asA(outcome);

      expect(await organisationState(w.b.organisationId)).toEqual(before);
    });
  }
});

// Runs after every A case: these change B's data.
describe("organisation B's own admin making the same calls succeeds and sees B's data (so the refusals above are about tenancy)", () => {
  for (const [key, c] of cases) {
    if (!c.asOwner) continue;
    const asOwner = c.asOwner;
    it(key, async () => {
      session.adminId = w.b.adminId;
      await asOwner(await capture(async () => c.call(await exportOf(key), w.targets)));
    });
  }
});

// Server actions are public HTTP endpoints: whatever a client posts, each must answer with a validation
// error (not an exception, not a write). Driven by the same discovered list, so a new action is covered.
const MALFORMED_INPUTS: unknown[] = [undefined, null, "a string", 42, [], { importId: 7, ids: "x", id: [], email: 1, username: {}, columns: "y", text: 9 }];
/** Actions that take no input, so there is nothing to validate. */
const TAKES_NO_INPUT = new Set(["app/(app)/actions.ts#logout"]);

describe("every server action answers malformed input with a validation error and changes nothing", () => {
  const actionKeys = Object.keys(REGISTRY).filter((key) => !/(page\.tsx|route\.ts)#/.test(key) && !TAKES_NO_INPUT.has(key));

  it("covers every action in the registry", () => {
    expect(actionKeys.length).toBeGreaterThanOrEqual(20);
  });

  for (const key of actionKeys) {
    it(key, async () => {
      const fn = await exportOf(key);
      session.adminId = w.a.adminId;
      const before = await Promise.all([organisationState(w.a.organisationId), organisationState(w.b.organisationId)]);
      for (const input of MALFORMED_INPUTS) {
        const outcome = await capture(() => fn(input));
        // invalid()'s answer: a validation refusal, not some later business rule.
        expect(outcome, `${key}(${JSON.stringify(input)})`).toMatchObject({ kind: "value", value: { ok: false, formError: "Please correct the highlighted fields.", fieldErrors: expect.any(Object) } });
      }
      expect(await Promise.all([organisationState(w.a.organisationId), organisationState(w.b.organisationId)])).toEqual(before);
    });
  }
});
