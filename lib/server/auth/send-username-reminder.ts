import type { PrismaClient } from "@/generated/prisma/client";
import { sendEmail } from "@/lib/email/send";
import { UsernameReminderEmail } from "@/lib/email/templates/username-reminder";
import { appUrl } from "@/lib/env";
import { audit } from "@/lib/server/audit";

/** Emails every admin account registered to this address its username. Does nothing for unknown addresses or removed admins. */
export async function sendUsernameReminder(db: PrismaClient, email: string, ip: string | null) {
  const admins = await db.admin.findMany({ where: { email: { equals: email.trim(), mode: "insensitive" }, removedAt: null } });
  for (const admin of admins) {
    await sendEmail(db, {
      to: admin.email,
      kind: "USERNAME_REMINDER",
      subject: "Your Rollcall username",
      body: UsernameReminderEmail({ name: admin.name, username: admin.username, loginUrl: `${appUrl()}/login` }),
      organisationId: admin.organisationId,
    });
    await audit(db, { action: "username.reminder_requested", organisationId: admin.organisationId, adminId: admin.id, ip });
  }
}
