import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import type { OrganisationSettings } from "@/lib/validations/organisation";
import { getOrganisationSettings, ORGANISATION_SETTINGS_SELECT } from "./get-organisation-settings";

const KEYS = Object.keys(ORGANISATION_SETTINGS_SELECT) as (keyof OrganisationSettings)[];

/**
 * Saves the organisation's settings and records which ones changed (the
 * name with its old and new value; the rest by name only). Emails already
 * written keep the wording and sender they were written with; the next ones
 * take the new settings, and so do welcome links minted from now on.
 */
export async function updateOrganisationSettings(
  db: PrismaClient,
  input: { organisationId: string; adminId: string; settings: OrganisationSettings },
): Promise<{ changed: (keyof OrganisationSettings)[] }> {
  const before = await getOrganisationSettings(db, input.organisationId);
  const changed = KEYS.filter((key) => before[key] !== input.settings[key]);
  if (changed.length === 0) return { changed };
  await db.organisation.update({ where: { id: input.organisationId }, data: Object.fromEntries(changed.map((key) => [key, input.settings[key]])) });
  await audit(db, {
    action: "organisation.settings_changed",
    organisationId: input.organisationId,
    adminId: input.adminId,
    detail: { changed, ...(changed.includes("name") ? { nameFrom: before.name, nameTo: input.settings.name } : {}) },
  });
  return { changed };
}
