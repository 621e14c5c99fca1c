import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { sendEmail } from "@/lib/email/send";
import { AdminInvitationEmail } from "@/lib/email/templates/admin-invitation";
import { appUrl } from "@/lib/env";
import { INVITATION_DAYS } from "./team-rules";

export function invitationUrl(token: string): string {
  return `${appUrl()}/accept-invitation?token=${token}`;
}

/** The invitation email, through the same module and outbox as every other email. No inviter: it came from the command line. */
export async function sendInvitationEmail(
  db: PrismaClient,
  input: { organisationId: string; organisationName: string; inviterName: string | null; name: string; email: string; role: Role; token: string },
) {
  return sendEmail(db, {
    to: input.email,
    kind: "ADMIN_INVITATION",
    subject: `Join ${input.organisationName} on Rollcall`,
    body: AdminInvitationEmail({
      name: input.name,
      inviterName: input.inviterName,
      organisationName: input.organisationName,
      roleLabel: ROLE_LABELS[input.role],
      acceptUrl: invitationUrl(input.token),
      days: INVITATION_DAYS,
    }),
    organisationId: input.organisationId,
  });
}
