import type { PrismaClient } from "@/generated/prisma/client";

export const ORGANISATION_SETTINGS_SELECT = {
  name: true,
  emailSenderName: true,
  emailReplyTo: true,
  welcomeSubject: true,
  welcomeIntro: true,
  activationLinkDays: true,
  importRetentionDays: true,
} as const;

export type StoredOrganisationSettings = Awaited<ReturnType<typeof getOrganisationSettings>>;

/** What Settings → Organisation shows and saves, for the caller's organisation. */
export async function getOrganisationSettings(db: PrismaClient, organisationId: string) {
  return db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: ORGANISATION_SETTINGS_SELECT });
}
