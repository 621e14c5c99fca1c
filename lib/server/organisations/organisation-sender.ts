import type { PrismaClient } from "@/generated/prisma/client";
import { senderHeaders, type SenderHeaders } from "@/lib/email/sender";
import { env } from "@/lib/env";

export const SENDER_SELECT = { name: true, emailSenderName: true, emailReplyTo: true } as const;

/** The From and Reply-To an organisation's emails go out with (Settings → Organisation); the installation's own without one. */
export async function organisationSender(db: PrismaClient, organisationId: string | null | undefined): Promise<SenderHeaders> {
  if (!organisationId) return { from: env.EMAIL_FROM, replyTo: null };
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: SENDER_SELECT });
  return organisation ? senderHeaders(organisation, env.EMAIL_FROM) : { from: env.EMAIL_FROM, replyTo: null };
}
