import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";

/**
 * Turns welcome emails for users the identity provider creates on or off.
 * Off by default: an identity provider often provisions everyone weeks
 * before launch day, and an email then invites people to a course that
 * isn't ready. Users provisioned while it was off are not emailed later.
 */
export async function setScimWelcomeEmails(db: PrismaClient, input: { organisationId: string; adminId: string; enabled: boolean }): Promise<{ changed: boolean }> {
  const { count } = await db.organisation.updateMany({ where: { id: input.organisationId, scimWelcomeEmails: !input.enabled }, data: { scimWelcomeEmails: input.enabled } });
  if (count === 0) return { changed: false };
  await audit(db, { action: "scim.settings_changed", organisationId: input.organisationId, adminId: input.adminId, detail: { welcomeEmails: input.enabled } });
  return { changed: true };
}
