/**
 * An organisation made by `org create` (createOrganisationForOwner, which the
 * CLI runs) next to the seeded demo: it starts with the built-in fields and no
 * admin, its owner joins by the invitation, and neither organisation's admins
 * see the other's learners in the pages they use.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { BUILT_IN_FIELDS } from "@/lib/fields";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { inProcessSteps } from "@/lib/server/jobs/in-process";
import { createOrganisationForOwner } from "@/lib/server/organisations/create-organisation-for-owner";
import { DEMO_SLUG, seedDemo } from "@/lib/server/organisations/seed-demo";
import { acceptInvitation } from "@/lib/server/team/accept-invitation";
import { queueCsv } from "./support/fixtures";
import { capture, serialise } from "./support/next-stubs";

// Without a Resend key the invitation stays in the outbox and its link comes back to the caller, as the CLI prints it.
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
vi.mock("next/navigation", async (original) => ({ ...(await original<typeof import("next/navigation")>()), ...(await import("./support/next-stubs")).navigation }));
vi.mock("next/headers", async (original) => ({ ...(await original<typeof import("next/headers")>()), headers: async () => new Headers() }));

const tag = randomBytes(4).toString("hex");
const slug = `acme-${tag}`;
const ownerEmail = `olive-${tag}@acme.test`;
const acmeEmails = [`ann-${tag}@acme.test`, `art-${tag}@acme.test`];
const demoEmails = [`dee-${tag}@demo.test`, `dan-${tag}@demo.test`];

let acme: { organisationId: string; adminId: string };
let demo: { organisationId: string; adminId: string };

async function importLearners(org: { organisationId: string; adminId: string }, emails: string[]) {
  const csv = ["Email,First Name,Last Name,Active", ...emails.map((email, i) => `${email},Person${i},Tag${tag},1`)].join("\n");
  const importId = await queueCsv(org, csv, { sendWelcome: false });
  await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
}

const learnerId = async (email: string) => (await (await getDb()).learner.findFirstOrThrow({ where: { emailKey: email } })).id;

async function asAdmin(adminId: string, run: () => unknown) {
  session.adminId = adminId;
  try {
    return serialise(await capture(run));
  } finally {
    session.adminId = null;
  }
}

beforeAll(async () => {
  const db = await getDb();
  await seedDemo(db, "demo password for the tests");
  const demoOrg = await db.organisation.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { admins: true } });
  demo = { organisationId: demoOrg.id, adminId: demoOrg.admins[0]!.id };
  await importLearners(demo, demoEmails);
});

describe("an organisation created for a customer", () => {
  it("starts with the built-in profile fields, no admin, and its owner's invitation from the command line", async () => {
    const db = await getDb();
    const created = await createOrganisationForOwner(db, { name: "Acme Care Ltd", slug, owner: { name: "Olive Owner", email: ownerEmail } });
    if (!created.ok) throw new Error(created.error);
    expect(created.invitation.delivery).toEqual({ status: "outbox" });
    expect(created.invitation.acceptUrl).toMatch(/\/accept-invitation\?token=[A-Za-z0-9_-]{20,}$/);

    const organisation = await db.organisation.findUniqueOrThrow({ where: { slug }, include: { admins: true, profileFields: { orderBy: { position: "asc" } }, invitations: true } });
    expect(organisation.admins).toEqual([]);
    expect(organisation.profileFields.map((f) => [f.key, f.builtIn])).toEqual(BUILT_IN_FIELDS.map((f) => [f.key, true]));
    const [invitation, ...others] = organisation.invitations;
    expect(others).toEqual([]);
    expect(invitation).toMatchObject({ email: ownerEmail, name: "Olive Owner", role: "OWNER", invitedById: null, acceptedAt: null });
    const days = (invitation!.expiresAt.getTime() - invitation!.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    const email = await db.email.findFirstOrThrow({ where: { to: ownerEmail, kind: "ADMIN_INVITATION" } });
    expect(email).toMatchObject({ status: "OUTBOX", subject: "Join Acme Care Ltd on Rollcall", organisationId: organisation.id });
    expect(email.text).toContain("You've been invited to help manage Acme Care Ltd's staff on Rollcall, as an Owner.");
    expect(email.text).toContain(created.invitation.acceptUrl);
    expect(await db.auditLog.findMany({ where: { organisationId: organisation.id }, select: { action: true, adminId: true, detail: true } })).toEqual([
      { action: "admin.invited", adminId: null, detail: { invitationId: invitation!.id, name: "Olive Owner", email: ownerEmail, role: "OWNER", source: "CLI" } },
    ]);

    const token = new URL(created.invitation.acceptUrl).searchParams.get("token")!;
    const accepted = await acceptInvitation(db, { token, username: `olive-${tag}`, password: "a long owner passphrase", ip: null });
    expect(accepted).toEqual({ ok: true, data: { username: `olive-${tag}` } });
    expect(await acceptInvitation(db, { token, username: `again-${tag}`, password: "a long owner passphrase", ip: null })).toMatchObject({ ok: false });
    const owner = await db.admin.findUniqueOrThrow({ where: { username: `olive-${tag}` } });
    expect(owner).toMatchObject({ organisationId: organisation.id, role: "OWNER", email: ownerEmail, name: "Olive Owner" });
    acme = { organisationId: organisation.id, adminId: owner.id };
  });

  it("refuses a slug that is taken, naming the organisation that has it, and creates nothing", async () => {
    const db = await getDb();
    const before = await db.organisation.count();
    expect(await createOrganisationForOwner(db, { name: "Someone Else", slug: DEMO_SLUG, owner: { name: "Sam", email: `sam-${tag}@else.test` } })).toEqual({
      ok: false,
      error: 'The slug "demo" is already taken (by Demo Training Ltd). Choose another one.',
    });
    expect(await db.organisation.count()).toBe(before);
    expect(await db.adminInvitation.count({ where: { email: `sam-${tag}@else.test` } })).toBe(0);
  });

  it("its owner sees only its learners, and the demo's admin only the demo's", async () => {
    await importLearners(acme, acmeEmails);
    const { default: UsersPage } = await import("@/app/(app)/users/page");
    const { default: UserPage } = await import("@/app/(app)/users/[id]/page");
    const { default: DashboardPage } = await import("@/app/(app)/dashboard/page");
    const users = () => UsersPage({ searchParams: Promise.resolve({ status: "all" }) });

    const acmeSees = await asAdmin(acme.adminId, users);
    for (const email of acmeEmails) expect(acmeSees).toContain(email);
    for (const email of demoEmails) expect(acmeSees).not.toContain(email);
    expect(await asAdmin(acme.adminId, DashboardPage)).not.toContain("Demo Training Ltd");
    expect(await asAdmin(acme.adminId, async () => UserPage({ params: Promise.resolve({ id: await learnerId(demoEmails[0]!) }) }))).toBe(JSON.stringify({ kind: "notFound" }));

    const demoSees = await asAdmin(demo.adminId, users);
    for (const email of demoEmails) expect(demoSees).toContain(email);
    for (const email of acmeEmails) expect(demoSees).not.toContain(email);
    expect(await asAdmin(demo.adminId, async () => UserPage({ params: Promise.resolve({ id: await learnerId(acmeEmails[0]!) }) }))).toBe(JSON.stringify({ kind: "notFound" }));
    // The same page shows a learner to their own organisation's admin: the notFound above is the isolation, not a broken call.
    expect(await asAdmin(acme.adminId, async () => UserPage({ params: Promise.resolve({ id: await learnerId(acmeEmails[0]!) }) }))).toContain(acmeEmails[0]);
  });
});
