import type { PrismaClient, ProfileField } from "@/generated/prisma/client";
import type { InputJsonObject } from "@/generated/prisma/internal/prismaNamespace";
import { labelKey } from "@/lib/fields";
import { audit } from "@/lib/server/audit";
import type { FieldTypeValue } from "@/lib/validations/fields";
import { CONCURRENT_CHANGE, cleanLabel, cleanOptions, definitionProblem, FIELD_NOT_FOUND, type FieldChangeResult, isUniqueViolation, labelClash } from "./field-rules";

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Renames a custom field or changes its type or options. The key stays, so
 * learners keep their values; values stored under the old type are left as
 * they are (the settings page warns about that) and the new type applies
 * from the next import on.
 */
export async function updateField(
  db: PrismaClient,
  organisationId: string,
  input: { id: string; label: string; type: FieldTypeValue; options: string[]; adminId: string | null },
): Promise<FieldChangeResult<{ field: ProfileField; changed: boolean }>> {
  const field = await db.profileField.findFirst({ where: { id: input.id, organisationId } });
  if (!field) return { ok: false, error: FIELD_NOT_FOUND };
  if (field.builtIn) return { ok: false, error: `${field.label} is a built-in field: its label and type can't be changed.` };

  const label = cleanLabel(input.label);
  const options = cleanOptions(input.type, input.options);
  const problem = definitionProblem(label, input.type, options) ?? (await labelClash(db, organisationId, label, field.id));
  if (problem) return problem;

  const changes: InputJsonObject = {
    ...(label !== field.label && { label: { from: field.label, to: label } }),
    ...(input.type !== field.type && { type: { from: field.type, to: input.type } }),
    ...(!sameList(options, field.options) && { options: { from: field.options, to: options } }),
  };
  if (Object.keys(changes).length === 0) return { ok: true, data: { field, changed: false } };

  let updated: ProfileField;
  try {
    updated = await db.profileField.update({ where: { id: field.id }, data: { label, labelKey: labelKey(label), type: input.type, options } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return (await labelClash(db, organisationId, label, field.id)) ?? { ok: false, error: CONCURRENT_CHANGE };
  }
  await audit(db, { action: "fields.changed", organisationId, adminId: input.adminId, detail: { change: "updated", fieldId: field.id, key: field.key, changes } });
  return { ok: true, data: { field: updated, changed: true } };
}
