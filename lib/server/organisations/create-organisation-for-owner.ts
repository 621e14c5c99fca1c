import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { isUniqueViolation } from "@/lib/server/fields/field-rules";
import { type Invitation, inviteAdmin } from "@/lib/server/team/invite-admin";
import { createOrganisation } from "./create-organisation";
import type { NewOrganisationInput } from "@/lib/validations/organisations";

export const ORGANISATION_ERRORS = {
  slugTaken: (slug: string, name: string) => `The slug "${slug}" is already taken (by ${name}). Choose another one.`,
} as const;

export type CreateOrganisationResult =
  | { ok: true; organisation: { id: string; slug: string; name: string }; invitation: Invitation }
  | { ok: false; error: string };

/**
 * A real customer's organisation: the built-in profile fields and no admin.
 * Its owner is invited, like a teammate, to choose their own username and
 * password, so no password ever passes through the operator's hands.
 */
export async function createOrganisationForOwner(db: PrismaClient, input: NewOrganisationInput): Promise<CreateOrganisationResult> {
  const taken = await db.organisation.findUnique({ where: { slug: input.slug }, select: { name: true } });
  if (taken) return { ok: false, error: ORGANISATION_ERRORS.slugTaken(input.slug, taken.name) };

  let organisation;
  try {
    organisation = await createOrganisation(db, { slug: input.slug, name: input.name });
  } catch (error) {
    // Another process took the slug between the check and the insert.
    if (isUniqueViolation(error)) return { ok: false, error: ORGANISATION_ERRORS.slugTaken(input.slug, "another organisation") };
    throw error;
  }
  const invited = await inviteAdmin(db, organisation.id, { name: input.owner.name, email: input.owner.email, role: "OWNER" });
  // A new organisation has no team and no invitations, so nothing can refuse this one.
  if (!invited.ok) throw new Error(`Could not invite the owner of ${input.slug}: ${invited.error}`);
  return { ok: true, organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name }, invitation: invited.data };
}
