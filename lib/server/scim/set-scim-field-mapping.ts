import type { PrismaClient } from "@/generated/prisma/client";
import { ENTERPRISE_ATTRIBUTES, type EnterpriseAttribute } from "@/lib/scim/attributes";
import type { StoredFieldMapping } from "@/lib/scim/field-mapping";
import { audit } from "@/lib/server/audit";
import { listFields } from "@/lib/server/fields/list-fields";

export type FieldMappingResult = { ok: true; changed: boolean } | { ok: false; fieldErrors: Partial<Record<EnterpriseAttribute, string[]>> };

/**
 * Stores which custom field each enterprise attribute fills (null: none).
 * Every attribute is stored, so the page's choice holds even when a field
 * with a default-matching label is added later. Only enabled custom fields
 * can be chosen, and each for one attribute: a value must have one source.
 * Learners keep their values; the next request from the identity provider
 * writes the new mapping's fields.
 */
export async function setScimFieldMapping(
  db: PrismaClient,
  input: { organisationId: string; adminId: string; mapping: Record<EnterpriseAttribute, string | null> },
): Promise<FieldMappingResult> {
  const custom = (await listFields(db, input.organisationId)).filter((f) => !f.builtIn);
  const fieldErrors: Partial<Record<EnterpriseAttribute, string[]>> = {};
  const seen = new Set<string>();
  for (const name of ENTERPRISE_ATTRIBUTES) {
    const key = input.mapping[name];
    if (key === null) continue;
    if (!custom.some((f) => f.key === key)) fieldErrors[name] = ["This profile field no longer exists or is disabled. Choose another, or none."];
    else if (seen.has(key)) fieldErrors[name] = ["This field already takes another attribute: a profile field can take one attribute only."];
    seen.add(key);
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const stored: StoredFieldMapping = Object.fromEntries(ENTERPRISE_ATTRIBUTES.map((name) => [name, input.mapping[name]]));
  const before = await db.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { scimFieldMapping: true } });
  if (JSON.stringify(before.scimFieldMapping) === JSON.stringify(stored)) return { ok: true, changed: false };
  await db.organisation.update({ where: { id: input.organisationId }, data: { scimFieldMapping: stored } });
  await audit(db, { action: "scim.settings_changed", organisationId: input.organisationId, adminId: input.adminId, detail: { fieldMapping: stored } });
  return { ok: true, changed: true };
}
