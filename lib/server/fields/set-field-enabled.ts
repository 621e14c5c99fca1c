import type { PrismaClient, ProfileField } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import { FIELD_NOT_FOUND, type FieldChangeResult } from "./field-rules";

/**
 * Shows or hides a custom field. A disabled field drops out of the template,
 * the mapping and the users table, but learners' values stay stored and come
 * back when it is enabled again. Its label stays taken meanwhile.
 */
export async function setFieldEnabled(
  db: PrismaClient,
  organisationId: string,
  input: { id: string; enabled: boolean; adminId: string | null },
): Promise<FieldChangeResult<{ field: ProfileField; changed: boolean }>> {
  const field = await db.profileField.findFirst({ where: { id: input.id, organisationId } });
  if (!field) return { ok: false, error: FIELD_NOT_FOUND };
  if (field.builtIn) return { ok: false, error: `${field.label} is a built-in field: every import needs it, so it can't be disabled.` };
  if (field.enabled === input.enabled) return { ok: true, data: { field, changed: false } };

  const updated = await db.profileField.update({ where: { id: field.id }, data: { enabled: input.enabled } });
  await audit(db, {
    action: "fields.changed",
    organisationId,
    adminId: input.adminId,
    detail: { change: input.enabled ? "enabled" : "disabled", fieldId: field.id, key: field.key, label: field.label },
  });
  return { ok: true, data: { field: updated, changed: true } };
}
