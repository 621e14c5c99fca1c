import type { PrismaClient } from "@/generated/prisma/client";
import { resolveFieldMapping, type ScimFieldMapping } from "@/lib/scim/field-mapping";
import type { ScimLearner } from "@/lib/scim/user-resource";
import { listFields, type ProfileFieldRow } from "@/lib/server/fields/list-fields";

export const SCIM_LEARNER_COLUMNS = `l."id", l."email", l."firstName", l."lastName", l."active", l."customFields", l."scimUserName", l."scimExternalId", l."createdAt", l."updatedAt"`;

export const SCIM_LEARNER_SELECT = {
  id: true,
  email: true,
  firstName: true,
  lastName: true,
  active: true,
  customFields: true,
  scimUserName: true,
  scimExternalId: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = Omit<ScimLearner, "customFields"> & { customFields: unknown };
export const asScimLearner = (row: Row): ScimLearner => ({ ...row, customFields: (row.customFields ?? {}) as Record<string, string> });

/** The organisation's profile fields and which SCIM attribute fills each: its chosen mapping over the defaults by label. */
export async function scimFields(db: Pick<PrismaClient, "profileField" | "organisation">, organisationId: string): Promise<{ fields: ProfileFieldRow[]; mapping: ScimFieldMapping }> {
  const [fields, organisation] = await Promise.all([
    listFields(db, organisationId),
    db.organisation.findUnique({ where: { id: organisationId }, select: { scimFieldMapping: true } }),
  ]);
  return { fields, mapping: resolveFieldMapping(fields, organisation?.scimFieldMapping ?? null) };
}

/**
 * A learner linked to the directory, or null. Unlinked learners (imported
 * from a CSV, or deprovisioned) and other organisations' ids look alike:
 * neither is a SCIM resource of this organisation.
 */
export async function getScimLearner(db: Pick<PrismaClient, "learner">, organisationId: string, id: string): Promise<ScimLearner | null> {
  const row = await db.learner.findFirst({ where: { id, organisationId, scimUserNameKey: { not: null } }, select: SCIM_LEARNER_SELECT });
  return row && asScimLearner(row);
}
