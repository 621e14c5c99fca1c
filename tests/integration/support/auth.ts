import { randomBytes, randomInt } from "node:crypto";
import { getDb } from "@/lib/db";
import { createTestOrganisation } from "./fixtures";

/** The password createTestOrganisation gives its admin. */
export const FIXTURE_ADMIN_PASSWORD = "integration test password";

let shared: Promise<{ organisationId: string; passwordHash: string }> | undefined;

/**
 * A fresh admin (own username and email, session version 0) whose password is
 * FIXTURE_ADMIN_PASSWORD. Admins share one organisation and one bcrypt hash,
 * so each costs an insert rather than a cost-12 hash.
 */
export async function createTestAdmin() {
  const db = await getDb();
  shared ??= createTestOrganisation([]).then(async (org) => ({
    organisationId: org.organisationId,
    passwordHash: (await db.admin.findUniqueOrThrow({ where: { id: org.adminId } })).passwordHash,
  }));
  const { organisationId, passwordHash } = await shared;
  const suffix = randomBytes(4).toString("hex");
  const admin = await db.admin.create({
    data: { organisationId, username: `it-admin-${suffix}`, email: `admin-${suffix}@it.test`, name: "Ivy Tester", passwordHash, role: "OWNER" },
  });
  return { organisationId, adminId: admin.id, username: admin.username, email: admin.email, name: admin.name, passwordHash };
}

/** A client address no other test uses, so per-IP throttle counts start at zero. */
export function uniqueIp() {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export function uniqueName(prefix: string) {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

/** The newest email sent to an address, as the outbox stores it. */
export async function latestEmailTo(to: string, kind: "PASSWORD_RESET" | "USERNAME_REMINDER") {
  return (await getDb()).email.findFirstOrThrow({ where: { to, kind }, orderBy: { createdAt: "desc" } });
}

/** The token of the /reset-password?token=… link in a plain-text email. */
export function resetTokenFrom(text: string) {
  const match = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`No reset link in email:\n${text}`);
  return match[1]!;
}

/** The token of the /welcome/… activation link in an email. */
export function activationTokenFrom(text: string) {
  const match = /\/welcome\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`No activation link in email:\n${text}`);
  return match[1]!;
}
