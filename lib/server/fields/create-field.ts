import type { PrismaClient, ProfileField } from "@/generated/prisma/client";
import { fieldKeyFromLabel, labelKey } from "@/lib/fields";
import { audit } from "@/lib/server/audit";
import type { FieldTypeValue } from "@/lib/validations/fields";
import { CONCURRENT_CHANGE, cleanLabel, cleanOptions, definitionProblem, type FieldChangeResult, isUniqueViolation, labelClash } from "./field-rules";

/** A key no field of the organisation has: a renamed field keeps its old key, so "Dept" may already hold cf_dept. */
async function freeKey(db: PrismaClient, organisationId: string, label: string) {
  const base = fieldKeyFromLabel(label);
  const rows = await db.profileField.findMany({ where: { organisationId, key: { startsWith: base } }, select: { key: true } });
  const taken = new Set(rows.map((row) => row.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

/**
 * Adds a custom profile field after the existing ones. Its key is derived
 * from the label once and never changes, because learners' values are
 * stored under it.
 */
export async function createField(
  db: PrismaClient,
  organisationId: string,
  input: { label: string; type: FieldTypeValue; options: string[]; adminId: string | null },
): Promise<FieldChangeResult<ProfileField>> {
  const label = cleanLabel(input.label);
  const options = cleanOptions(input.type, input.options);
  const problem = definitionProblem(label, input.type, options) ?? (await labelClash(db, organisationId, label));
  if (problem) return problem;

  const [key, last] = await Promise.all([freeKey(db, organisationId, label), db.profileField.aggregate({ where: { organisationId }, _max: { position: true } })]);
  let field: ProfileField;
  try {
    field = await db.profileField.create({
      data: { organisationId, key, label, labelKey: labelKey(label), type: input.type, options, position: (last._max.position ?? -1) + 1 },
    });
  } catch (error) {
    // Another request took the label (or the key) between the check and the insert.
    if (!isUniqueViolation(error)) throw error;
    return (await labelClash(db, organisationId, label)) ?? { ok: false, error: CONCURRENT_CHANGE };
  }
  await audit(db, {
    action: "fields.changed",
    organisationId,
    adminId: input.adminId,
    detail: { change: "created", fieldId: field.id, key, label, type: field.type, options },
  });
  return { ok: true, data: field };
}
