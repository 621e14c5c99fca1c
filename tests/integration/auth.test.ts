import { createHash } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { changePassword } from "@/lib/server/account/change-password";
import { attemptLogin } from "@/lib/server/auth/attempt-login";
import { requestPasswordReset } from "@/lib/server/auth/request-password-reset";
import { findValidResetToken, INVALID_RESET_LINK, resetPassword } from "@/lib/server/auth/reset-password";
import { sendUsernameReminder } from "@/lib/server/auth/send-username-reminder";
import { claimAttempt } from "@/lib/server/auth/throttle";
import {
  createTestAdmin,
  FIXTURE_ADMIN_PASSWORD,
  latestEmailTo,
  resetTokenFrom,
  uniqueIp,
  uniqueName,
} from "./support/auth";

const NEW_PASSWORD = "violet kettle harbour mosaic";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

// Vitest runs this before the imports above: without a Resend key, emails stay in the outbox for these tests to read.
vi.hoisted(() => {
  vi.stubEnv("RESEND_API_KEY", "");
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(() => {
  vi.unstubAllEnvs();
});

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function sessionVersionOf(adminId: string) {
  return (await (await getDb()).admin.findUniqueOrThrow({ where: { id: adminId } })).sessionVersion;
}

async function passwordHashOf(adminId: string) {
  return (await (await getDb()).admin.findUniqueOrThrow({ where: { id: adminId } })).passwordHash;
}

/** Asks for a reset link and returns the token from the emailed link. */
async function emailedResetToken(admin: { email: string }, ip = uniqueIp()) {
  await requestPasswordReset(await getDb(), admin.email, ip);
  return resetTokenFrom((await latestEmailTo(admin.email, "PASSWORD_RESET")).text);
}

describe("attemptLogin", () => {
  it("accepts the right password, with the username in any case and padded", async () => {
    const admin = await createTestAdmin();
    const result = await attemptLogin(await getDb(), { username: `  ${admin.username.toUpperCase()} `, password: FIXTURE_ADMIN_PASSWORD, ip: uniqueIp() });
    expect(result).toEqual({
      ok: true,
      admin: { id: admin.adminId, organisationId: admin.organisationId, sessionVersion: 0, name: admin.name, email: admin.email },
    });
  });

  it("gives a wrong password and an unknown username the same answer", async () => {
    const admin = await createTestAdmin();
    const db = await getDb();
    const wrongPassword = await attemptLogin(db, { username: admin.username, password: "not the password at all", ip: uniqueIp() });
    const unknownUser = await attemptLogin(db, { username: uniqueName("nobody"), password: FIXTURE_ADMIN_PASSWORD, ip: uniqueIp() });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownUser).toEqual(wrongPassword);
  });

  it("takes as long to refuse an unknown username as a wrong password", async () => {
    const db = await getDb();
    const admins = await Promise.all([createTestAdmin(), createTestAdmin()]);
    const timed = async (username: string) => {
      const started = performance.now();
      await attemptLogin(db, { username, password: "not the password at all", ip: uniqueIp() });
      return performance.now() - started;
    };
    await timed(uniqueName("warm-up")); // the first unknown username also hashes the dummy password once
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, so load on the machine affects both sides alike; 4 per admin stays under the 5-failure lock.
    for (let i = 0; i < 8; i++) {
      known.push(await timed(admins[i % 2]!.username));
      unknown.push(await timed(uniqueName("nobody")));
    }
    // Without the dummy bcrypt check an unknown username answers ~50× faster; the bounds leave room for noise.
    const ratio = median(unknown) / median(known);
    expect(ratio, `median unknown ${median(unknown).toFixed(0)} ms, known ${median(known).toFixed(0)} ms`).toBeGreaterThan(0.66);
    expect(ratio).toBeLessThan(1.5);
  });

  it("throttles a username after 5 failures, even with the right password and from another address", async () => {
    const admin = await createTestAdmin();
    const db = await getDb();
    for (let i = 0; i < 5; i++) {
      expect(await attemptLogin(db, { username: admin.username, password: `wrong ${i}`, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip: uniqueIp() })).toEqual({ ok: false, reason: "throttled" });
  });

  it("checks at most 5 passwords for a username even when the guesses arrive at the same time", async () => {
    const admin = await createTestAdmin();
    const db = await getDb();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => attemptLogin(db, { username: admin.username, password: `parallel guess ${i}`, ip: uniqueIp() })),
    );
    // Racing requests may be refused a little early, never late: at most 5 passwords are ever checked.
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    const refused = results.filter((r) => !r.ok && r.reason === "throttled").length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(refused).toBeGreaterThanOrEqual(1);
    expect(checked + refused).toBe(6);
  });

  it("forgives a username's earlier failures after a successful login", async () => {
    const admin = await createTestAdmin();
    const db = await getDb();
    const ip = uniqueIp();
    // Four earlier typos, claimed as a failed attemptLogin leaves them (each would cost a bcrypt check).
    for (let i = 0; i < 4; i++) await claimAttempt(db, "login", admin.username, ip);
    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip })).toMatchObject({ ok: true });
    // Without the reset this would be the 5th failure and the next attempt would be throttled.
    expect(await attemptLogin(db, { username: admin.username, password: "wrong again", ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip })).toMatchObject({ ok: true });
  });

  it("throttles an address after its 20th failure, whichever usernames it tried", async () => {
    const admin = await createTestAdmin();
    const db = await getDb();
    const ip = uniqueIp();
    // 19 earlier failures for 19 different usernames, claimed as a failed attemptLogin leaves them (each would cost a bcrypt check).
    for (let i = 0; i < 19; i++) await claimAttempt(db, "login", uniqueName(`guess${i}`), ip);
    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip })).toMatchObject({ ok: true });
    expect(await attemptLogin(db, { username: uniqueName("guess19"), password: "hunter2hunter2", ip })).toEqual({ ok: false, reason: "invalid" });

    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip })).toEqual({ ok: false, reason: "throttled" });
    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });
});

describe("without a trusted client address (no proxy in front)", () => {
  it("applies the per-username limit and no per-address one", async () => {
    const admin = await createTestAdmin();
    const db = await getDb();
    for (let i = 0; i < 25; i++) await claimAttempt(db, "login", uniqueName(`spray${i}`), null);
    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip: null })).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i++) await attemptLogin(db, { username: admin.username, password: `wrong ${i}`, ip: null });
    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip: null })).toEqual({ ok: false, reason: "throttled" });
  });
});

describe("password reset", () => {
  it("stores only the SHA-256 of the emailed token", async () => {
    const admin = await createTestAdmin();
    const token = await emailedResetToken(admin);
    const db = await getDb();

    const rows = await db.passwordResetToken.findMany({ where: { adminId: admin.adminId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(sha256(token));

    // Apart from the email outbox (which holds the email as sent), no table contains the raw token.
    const tables = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'Email'`;
    expect(tables.map((t) => t.table_name)).toContain("PasswordResetToken");
    for (const { table_name } of tables) {
      const [hit] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}" t WHERE t::text LIKE '%' || $1 || '%'`, token);
      expect({ table: table_name, rows: Number(hit!.n) }).toEqual({ table: table_name, rows: 0 });
    }
  });

  it("emails the link to the address on file, matched case-insensitively", async () => {
    const admin = await createTestAdmin();
    await requestPasswordReset(await getDb(), `  ${admin.email.toUpperCase()} `, uniqueIp());
    const email = await latestEmailTo(admin.email, "PASSWORD_RESET");
    expect(email).toMatchObject({ status: "OUTBOX", organisationId: admin.organisationId });
    const token = resetTokenFrom(email.text);
    expect(await findValidResetToken(await getDb(), token)).toMatchObject({ adminId: admin.adminId });
  });

  it("sends nothing for an address no admin has", async () => {
    const db = await getDb();
    const before = await db.email.count();
    await requestPasswordReset(db, `${uniqueName("nobody")}@it.test`, uniqueIp());
    expect(await db.email.count()).toBe(before);
  });

  it("accepts the link for 60 minutes and refuses it after", async () => {
    const admin = await createTestAdmin();
    const issuedAt = new Date();
    vi.useFakeTimers({ toFake: ["Date"], now: issuedAt });
    const token = await emailedResetToken(admin);
    const db = await getDb();

    vi.setSystemTime(issuedAt.getTime() + 59 * 60_000);
    expect(await findValidResetToken(db, token)).not.toBeNull();

    vi.setSystemTime(issuedAt.getTime() + 60 * 60_000 + 1_000);
    expect(await findValidResetToken(db, token)).toBeNull();
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, ip: uniqueIp() })).toEqual({ ok: false, error: INVALID_RESET_LINK });
    expect(await passwordHashOf(admin.adminId)).toBe(admin.passwordHash);
  });

  it("sets the new password, signs out existing sessions and works only once", async () => {
    const admin = await createTestAdmin();
    const token = await emailedResetToken(admin);
    const db = await getDb();
    expect(await sessionVersionOf(admin.adminId)).toBe(0);

    expect(await resetPassword(db, { token, password: NEW_PASSWORD, ip: uniqueIp() })).toEqual({ ok: true });
    expect(await sessionVersionOf(admin.adminId)).toBe(1);
    expect(await attemptLogin(db, { username: admin.username, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true, admin: { sessionVersion: 1 } });
    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });

    expect(await findValidResetToken(db, token)).toBeNull();
    expect(await resetPassword(db, { token, password: "another fine passphrase here", ip: uniqueIp() })).toEqual({ ok: false, error: INVALID_RESET_LINK });
    expect(await sessionVersionOf(admin.adminId)).toBe(1);
  });

  it("lets only one of two simultaneous uses of a link succeed", async () => {
    const admin = await createTestAdmin();
    const token = await emailedResetToken(admin);
    const db = await getDb();
    const results = await Promise.all([
      resetPassword(db, { token, password: NEW_PASSWORD, ip: uniqueIp() }),
      resetPassword(db, { token, password: "another fine passphrase here", ip: uniqueIp() }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await sessionVersionOf(admin.adminId)).toBe(1);
  });

  it("leaves exactly one live link when several requests arrive at the same time", async () => {
    const admin = await createTestAdmin();
    const db = await getDb();
    await Promise.all(Array.from({ length: 5 }, () => requestPasswordReset(db, admin.email, uniqueIp())));
    expect(await db.passwordResetToken.count({ where: { adminId: admin.adminId } })).toBe(1);
  });

  it("invalidates older links when a new one is issued", async () => {
    const admin = await createTestAdmin();
    const first = await emailedResetToken(admin);
    const second = await emailedResetToken(admin);
    const db = await getDb();
    expect(second).not.toBe(first);

    expect(await findValidResetToken(db, first)).toBeNull();
    expect(await resetPassword(db, { token: first, password: NEW_PASSWORD, ip: uniqueIp() })).toEqual({ ok: false, error: INVALID_RESET_LINK });
    expect(await resetPassword(db, { token: second, password: NEW_PASSWORD, ip: uniqueIp() })).toEqual({ ok: true });
  });

  it.each([
    ["too short", "short pass"],
    ["one of the most common passwords", "qwerty123456"],
    ["based on the username", "{username} forever"],
  ])("refuses a new password that is %s and keeps the link usable", async (_what, template) => {
    const admin = await createTestAdmin();
    const token = await emailedResetToken(admin);
    const db = await getDb();
    const password = template.replace("{username}", admin.username);

    expect(await resetPassword(db, { token, password, ip: uniqueIp() })).toMatchObject({ ok: false, field: "password", error: expect.any(String) });
    expect(await sessionVersionOf(admin.adminId)).toBe(0);
    expect(await passwordHashOf(admin.adminId)).toBe(admin.passwordHash);
    expect(await findValidResetToken(db, token)).not.toBeNull();
  });

  it("refuses a token that was never issued", async () => {
    const db = await getDb();
    expect(await findValidResetToken(db, "not-a-real-token")).toBeNull();
    expect(await resetPassword(db, { token: "not-a-real-token", password: NEW_PASSWORD, ip: uniqueIp() })).toEqual({ ok: false, error: INVALID_RESET_LINK });
  });
});

describe("changePassword", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const admin = await createTestAdmin();
    const db = await getDb();
    const result = await changePassword(db, admin.adminId, { currentPassword: "not my password", password: NEW_PASSWORD, ip: uniqueIp() });
    expect(result).toMatchObject({ ok: false, field: "currentPassword" });
    expect(await sessionVersionOf(admin.adminId)).toBe(0);
    expect(await passwordHashOf(admin.adminId)).toBe(admin.passwordHash);
  });

  it("allows 5 wrong current passwords in 15 minutes, then refuses even the right one", async () => {
    const admin = await createTestAdmin();
    const db = await getDb();
    for (let i = 0; i < 5; i++) {
      const result = await changePassword(db, admin.adminId, { currentPassword: `guess ${i}`, password: NEW_PASSWORD, ip: uniqueIp() });
      expect(result).toEqual({ ok: false, field: "currentPassword", error: "Your current password is not correct." });
    }
    const locked = await changePassword(db, admin.adminId, { currentPassword: FIXTURE_ADMIN_PASSWORD, password: NEW_PASSWORD, ip: uniqueIp() });
    expect(locked).toMatchObject({ ok: false, field: "currentPassword", error: expect.stringContaining("Too many attempts") });
    expect(await passwordHashOf(admin.adminId)).toBe(admin.passwordHash);
    expect(await sessionVersionOf(admin.adminId)).toBe(0);
  });

  it("refuses a common new password", async () => {
    const admin = await createTestAdmin();
    const result = await changePassword(await getDb(), admin.adminId, { currentPassword: FIXTURE_ADMIN_PASSWORD, password: "qwerty123456", ip: uniqueIp() });
    expect(result).toMatchObject({ ok: false, field: "password" });
    expect(await sessionVersionOf(admin.adminId)).toBe(0);
    expect(await passwordHashOf(admin.adminId)).toBe(admin.passwordHash);
  });

  it("changes the password, signs out other sessions and kills outstanding reset links", async () => {
    const admin = await createTestAdmin();
    const token = await emailedResetToken(admin);
    const db = await getDb();

    expect(await changePassword(db, admin.adminId, { currentPassword: FIXTURE_ADMIN_PASSWORD, password: NEW_PASSWORD, ip: uniqueIp() })).toEqual({ ok: true });
    expect(await sessionVersionOf(admin.adminId)).toBe(1);
    expect(await attemptLogin(db, { username: admin.username, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
    expect(await attemptLogin(db, { username: admin.username, password: FIXTURE_ADMIN_PASSWORD, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
    expect(await findValidResetToken(db, token)).toBeNull();
  });
});

describe("sendUsernameReminder", () => {
  it("emails the admin their username", async () => {
    const admin = await createTestAdmin();
    await sendUsernameReminder(await getDb(), admin.email.toUpperCase(), uniqueIp());
    const email = await latestEmailTo(admin.email, "USERNAME_REMINDER");
    expect(email).toMatchObject({ status: "OUTBOX", organisationId: admin.organisationId });
    expect(email.text).toContain(admin.username);
  });

  it("sends nothing for an unknown address", async () => {
    const db = await getDb();
    const before = await db.email.count();
    await sendUsernameReminder(db, `${uniqueName("nobody")}@it.test`, uniqueIp());
    expect(await db.email.count()).toBe(before);
  });
});
