import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getCurrentAdmin } from "@/lib/auth/require-admin";
import { getDb } from "@/lib/db";
import { attemptLogin } from "@/lib/server/auth/attempt-login";
import { requestPasswordReset } from "@/lib/server/auth/request-password-reset";
import { findValidResetToken } from "@/lib/server/auth/reset-password";
import { sendUsernameReminder } from "@/lib/server/auth/send-username-reminder";
import { acceptInvitation, findValidInvitation } from "@/lib/server/team/accept-invitation";
import { changeAdminRole } from "@/lib/server/team/change-admin-role";
import { inviteAdmin } from "@/lib/server/team/invite-admin";
import { removeAdmin } from "@/lib/server/team/remove-admin";
import { resendInvitation } from "@/lib/server/team/resend-invitation";
import { revokeInvitation } from "@/lib/server/team/revoke-invitation";
import { TEAM_ERRORS } from "@/lib/server/team/team-rules";
import { latestEmailTo, resetTokenFrom, uniqueIp } from "./support/auth";
import { createTestOrganisation } from "./support/fixtures";

vi.hoisted(() => {
  vi.stubEnv("RESEND_API_KEY", "");
});

/** The session cookie the browser holds, as Auth.js would decode it: what getCurrentAdmin checks against the database. */
const cookie = vi.hoisted(() => ({ session: null as null | { adminId: string; organisationId: string; sessionVersion: number } }));
vi.mock("next-auth", () => {
  class AuthError extends Error {}
  class CredentialsSignin extends AuthError {}
  return { default: () => ({ handlers: {}, auth: async () => cookie.session, signIn: async () => undefined, signOut: async () => undefined }), AuthError, CredentialsSignin };
});
vi.mock("next-auth/providers/credentials", () => ({ default: (config: unknown) => config }));

const PASSWORD = "violet kettle harbour mosaic";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const tag = () => randomBytes(4).toString("hex");

let org: Awaited<ReturnType<typeof createTestOrganisation>>;
let owner: { id: string; name: string };

beforeAll(async () => {
  org = await createTestOrganisation([]);
  owner = { id: org.adminId, name: "Ivy Tester" };
});

afterAll(() => {
  vi.unstubAllEnvs();
});

/** Invites someone and returns the token from the emailed link. */
async function invite(role: "ADMIN" | "VIEWER" | "OWNER" = "VIEWER") {
  const email = `invitee-${tag()}@team.test`;
  const result = await inviteAdmin(await getDb(), org.organisationId, { name: "Ines Vite", email, role, invitedBy: owner });
  if (!result.ok) throw new Error(result.error);
  return { id: result.data.id, email, token: await tokenEmailedTo(email) };
}

async function tokenEmailedTo(email: string) {
  const sent = await (await getDb()).email.findFirstOrThrow({ where: { to: email, kind: "ADMIN_INVITATION" }, orderBy: { createdAt: "desc" } });
  const match = /\/accept-invitation\?token=([A-Za-z0-9_-]+)/.exec(sent.text);
  if (!match) throw new Error(`No invitation link in:\n${sent.text}`);
  return match[1]!;
}

const accept = async (token: string, username = `new-${tag()}`, password = PASSWORD) => acceptInvitation(await getDb(), { token, username, password, ip: uniqueIp() });

async function signIn(username: string) {
  const result = await attemptLogin(await getDb(), { username, password: PASSWORD, ip: uniqueIp() });
  if (!result.ok) throw new Error(`login failed: ${result.reason}`);
  return { adminId: result.admin.id, organisationId: result.admin.organisationId, sessionVersion: result.admin.sessionVersion };
}

async function asSession<T>(session: typeof cookie.session, run: () => Promise<T>) {
  cookie.session = session;
  try {
    return await run();
  } finally {
    cookie.session = null;
  }
}

/** A member who accepted an invitation, signed in once. */
async function member(role: "ADMIN" | "VIEWER" | "OWNER") {
  const { token } = await invite(role);
  const username = `member-${tag()}`;
  expect(await accept(token, username)).toEqual({ ok: true, data: { username } });
  return { username, session: await signIn(username) };
}

describe("invitations", () => {
  it("emails a link whose token is stored only as its SHA-256, valid for 7 days", async () => {
    const { id, token } = await invite();
    const stored = await (await getDb()).adminInvitation.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeLessThanOrEqual(7 * 86_400_000 + 60_000);
  });

  it("becomes an admin of the organisation in the invited role, who can log in and whose lastLoginAt is set", async () => {
    const { id, token, email } = await invite("ADMIN");
    const username = `Sam.Lee-${tag()}`;
    expect(await accept(token, username)).toMatchObject({ ok: true });
    const db = await getDb();
    const admin = await db.admin.findUniqueOrThrow({ where: { username: username.toLowerCase() } });
    expect(admin).toMatchObject({ organisationId: org.organisationId, email, name: "Ines Vite", role: "ADMIN", lastLoginAt: null });
    expect(await db.adminInvitation.findUniqueOrThrow({ where: { id } })).toMatchObject({ adminId: admin.id, acceptedAt: expect.any(Date) });
    await signIn(username.toLowerCase());
    expect((await db.admin.findUniqueOrThrow({ where: { id: admin.id } })).lastLoginAt).toBeInstanceOf(Date);
  });

  it("works once, even for two simultaneous uses", async () => {
    const { token } = await invite();
    const results = await Promise.all([accept(token), accept(token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: TEAM_ERRORS.invalidLink });
    expect(await accept(token)).toEqual({ ok: false, error: TEAM_ERRORS.invalidLink });
  });

  it("stops working once expired", async () => {
    const { id, token } = await invite();
    await (await getDb()).adminInvitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findValidInvitation(await getDb(), token)).toBeNull();
    expect(await accept(token)).toEqual({ ok: false, error: TEAM_ERRORS.invalidLink });
  });

  it("stops working once revoked, and can't be revoked or resent again", async () => {
    const db = await getDb();
    const { id, token } = await invite();
    expect(await revokeInvitation(db, org.organisationId, { invitationId: id, adminId: owner.id })).toMatchObject({ ok: true });
    expect(await accept(token)).toEqual({ ok: false, error: TEAM_ERRORS.invalidLink });
    expect(await revokeInvitation(db, org.organisationId, { invitationId: id, adminId: owner.id })).toEqual({ ok: false, error: TEAM_ERRORS.invitationSpent });
    expect(await resendInvitation(db, org.organisationId, { invitationId: id, sentBy: owner })).toEqual({ ok: false, error: TEAM_ERRORS.invitationSpent });
  });

  it("resending sends a new link and the old one stops working", async () => {
    const db = await getDb();
    const { id, email, token: first } = await invite();
    await db.adminInvitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resendInvitation(db, org.organisationId, { invitationId: id, sentBy: owner })).toEqual({ ok: true, data: { email } });
    const second = await tokenEmailedTo(email);
    expect(second).not.toBe(first);
    expect(await accept(first)).toEqual({ ok: false, error: TEAM_ERRORS.invalidLink });
    expect(await accept(second)).toMatchObject({ ok: true });
  });

  it("refuses a taken username with a clear message and keeps the link usable", async () => {
    const { token } = await invite();
    const taken = (await (await getDb()).admin.findUniqueOrThrow({ where: { id: owner.id } })).username;
    expect(await accept(token, taken.toUpperCase())).toEqual({ ok: false, error: TEAM_ERRORS.usernameTaken, field: "username" });
    expect(await accept(token)).toMatchObject({ ok: true });
  });

  it("applies the password policy of a reset", async () => {
    const { token } = await invite();
    expect(await accept(token, `weak-${tag()}`, "password1234")).toMatchObject({ ok: false, field: "password" });
    expect(await accept(token, `ines-vite-${tag()}`, "ines vite and more words")).toMatchObject({ ok: false, field: "password" });
  });

  it("won't invite someone already on the team or already invited", async () => {
    const db = await getDb();
    const ownerEmail = (await db.admin.findUniqueOrThrow({ where: { id: owner.id } })).email;
    expect(await inviteAdmin(db, org.organisationId, { name: "Me", email: ownerEmail.toUpperCase(), role: "VIEWER", invitedBy: owner })).toEqual({ ok: false, error: TEAM_ERRORS.alreadyOnTeam });
    const { email } = await invite();
    expect(await inviteAdmin(db, org.organisationId, { name: "Again", email, role: "VIEWER", invitedBy: owner })).toEqual({ ok: false, error: TEAM_ERRORS.alreadyInvited });
  });

  it("writes each step to the audit log", async () => {
    const db = await getDb();
    const { id, email } = await invite();
    await resendInvitation(db, org.organisationId, { invitationId: id, sentBy: owner });
    await accept(await tokenEmailedTo(email));
    const actions = (await db.auditLog.findMany({ where: { organisationId: org.organisationId, detail: { path: ["invitationId"], equals: id } }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["admin.invited", "admin.invitation_resent", "admin.joined"]);
  });
});

describe("the last owner", () => {
  it("can't be demoted or removed, not even by themselves", async () => {
    const solo = await createTestOrganisation([]);
    const db = await getDb();
    expect(await changeAdminRole(db, solo.organisationId, { adminId: solo.adminId, role: "ADMIN", changedById: solo.adminId })).toEqual({ ok: false, error: TEAM_ERRORS.lastOwner });
    expect(await removeAdmin(db, solo.organisationId, { adminId: solo.adminId, removedById: solo.adminId })).toEqual({ ok: false, error: TEAM_ERRORS.lastOwner });
    expect(await db.admin.findUniqueOrThrow({ where: { id: solo.adminId } })).toMatchObject({ role: "OWNER", removedAt: null, sessionVersion: 0 });
  });

  it("survives two owners demoting (or removing) each other at the same moment: exactly one change goes through", async () => {
    const db = await getDb();
    for (const run of ["demote", "remove"] as const) {
      const pair = await createTestOrganisation([]);
      const other = await db.admin.create({ data: { organisationId: pair.organisationId, username: `owner-${tag()}`, email: `owner-${tag()}@team.test`, name: "Otto Owner", passwordHash: "x", role: "OWNER" } });
      const act = (target: string, actor: string) =>
        run === "demote"
          ? changeAdminRole(db, pair.organisationId, { adminId: target, role: "VIEWER", changedById: actor })
          : removeAdmin(db, pair.organisationId, { adminId: target, removedById: actor });
      const results = await Promise.all([act(pair.adminId, other.id), act(other.id, pair.adminId)]);
      expect(results.filter((r) => r.ok), run).toHaveLength(1);
      expect(results.find((r) => !r.ok), run).toEqual({ ok: false, error: TEAM_ERRORS.lastOwner });
      expect(await db.admin.count({ where: { organisationId: pair.organisationId, role: "OWNER", removedAt: null } }), run).toBe(1);
    }
  });
});

describe("removing an admin or changing their role", () => {
  it("ends their sessions on their next request and leaves the owner's alone", async () => {
    const db = await getDb();
    const ownerSession = { adminId: owner.id, organisationId: org.organisationId, sessionVersion: (await db.admin.findUniqueOrThrow({ where: { id: owner.id } })).sessionVersion };
    const viewer = await member("VIEWER");
    expect(await asSession(viewer.session, getCurrentAdmin)).toMatchObject({ id: viewer.session.adminId, role: "VIEWER" });

    expect(await changeAdminRole(db, org.organisationId, { adminId: viewer.session.adminId, role: "ADMIN", changedById: owner.id })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await asSession(viewer.session, getCurrentAdmin)).toBeNull();
    const again = await signIn(viewer.username);
    expect(await asSession(again, getCurrentAdmin)).toMatchObject({ role: "ADMIN" });

    expect(await removeAdmin(db, org.organisationId, { adminId: viewer.session.adminId, removedById: owner.id })).toMatchObject({ ok: true });
    expect(await asSession(again, getCurrentAdmin)).toBeNull();
    // Even a session that somehow carried the new version: a removed admin is signed out.
    expect(await asSession({ ...again, sessionVersion: again.sessionVersion + 1 }, getCurrentAdmin)).toBeNull();
    expect(await asSession(ownerSession, getCurrentAdmin)).toMatchObject({ id: owner.id });
  });

  it("a removed admin can't log in, and gets no reset link or username reminder; their old reset link stops working", async () => {
    const db = await getDb();
    const removed = await member("ADMIN");
    const email = (await db.admin.findUniqueOrThrow({ where: { id: removed.session.adminId } })).email;
    await requestPasswordReset(db, email, uniqueIp());
    const oldLink = resetTokenFrom((await latestEmailTo(email, "PASSWORD_RESET")).text);
    expect(await findValidResetToken(db, oldLink)).not.toBeNull();

    await removeAdmin(db, org.organisationId, { adminId: removed.session.adminId, removedById: owner.id });
    expect(await findValidResetToken(db, oldLink)).toBeNull();
    expect(await attemptLogin(db, { username: removed.username, password: PASSWORD, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });

    const emailsBefore = await db.email.count({ where: { to: email } });
    await requestPasswordReset(db, email, uniqueIp());
    await sendUsernameReminder(db, email, uniqueIp());
    expect(await db.email.count({ where: { to: email } })).toBe(emailsBefore);
  });

  it("the reset and username reminder work for every role", async () => {
    const db = await getDb();
    for (const role of ["ADMIN", "VIEWER"] as const) {
      const someone = await member(role);
      const email = (await db.admin.findUniqueOrThrow({ where: { id: someone.session.adminId } })).email;
      await sendUsernameReminder(db, email, uniqueIp());
      expect((await latestEmailTo(email, "USERNAME_REMINDER")).text).toContain(someone.username);
      await requestPasswordReset(db, email, uniqueIp());
      expect(await findValidResetToken(db, resetTokenFrom((await latestEmailTo(email, "PASSWORD_RESET")).text))).not.toBeNull();
    }
  });

  it("refuses an admin of another organisation like one that doesn't exist", async () => {
    const db = await getDb();
    const elsewhere = await createTestOrganisation([]);
    expect(await removeAdmin(db, org.organisationId, { adminId: elsewhere.adminId, removedById: owner.id })).toEqual({ ok: false, error: TEAM_ERRORS.adminNotFound });
    expect(await changeAdminRole(db, org.organisationId, { adminId: elsewhere.adminId, role: "VIEWER", changedById: owner.id })).toEqual({ ok: false, error: TEAM_ERRORS.adminNotFound });
  });
});
