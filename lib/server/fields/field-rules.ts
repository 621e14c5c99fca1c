import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { GROUPS_FIELD, labelKey } from "@/lib/fields";
import { MAX_LABEL_LENGTH, optionsProblem, type FieldTypeValue } from "@/lib/validations/fields";

/** What the field functions answer; `path` names the form input an error belongs to. */
export type FieldChangeResult<T = undefined> = { ok: true; data: T } | { ok: false; error: string; path?: "label" | "options" };

/** The same answer for a missing id and another organisation's field, so ids can't be probed. */
export const FIELD_NOT_FOUND = "This field doesn't exist any more. Reload the page to see the current fields.";

export const CONCURRENT_CHANGE = "Someone changed the fields at the same time. Reload the page and try again.";

/** Labels are stored trimmed with single spaces, the form they are compared in. */
export function cleanLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ");
}

/** Trimmed, non-blank options; only one-of-a-list fields keep any. */
export function cleanOptions(type: FieldTypeValue, options: string[]): string[] {
  return type === "SELECT" ? options.map((option) => option.trim()).filter(Boolean) : [];
}

/** The label and options rules the forms check, checked again for callers that skip the forms. */
export function definitionProblem(label: string, type: FieldTypeValue, options: string[]): FieldChangeResult<never> | null {
  if (!label) return { ok: false, error: "Enter a label, like Cost Centre.", path: "label" };
  if (label.length > MAX_LABEL_LENGTH) return { ok: false, error: `Use at most ${MAX_LABEL_LENGTH} characters.`, path: "label" };
  const problem = optionsProblem(type, options);
  return problem ? { ok: false, error: problem, path: "options" } : null;
}

/** Another field of the organisation (built-in, custom, enabled or not) whose label only differs in case or spacing. */
export async function labelClash(db: Pick<PrismaClient, "profileField">, organisationId: string, label: string, exceptId?: string): Promise<FieldChangeResult<never> | null> {
  if (labelKey(label) === labelKey(GROUPS_FIELD.label)) {
    return { ok: false, error: "“Groups” is the spreadsheet's column for group memberships. Choose another label, like Team.", path: "label" };
  }
  const clash = await db.profileField.findFirst({ where: { organisationId, labelKey: labelKey(label), ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (!clash) return null;
  const hint = clash.enabled ? "" : " It is disabled: enable it instead of adding another.";
  return { ok: false, error: `A field called “${clash.label}” already exists.${hint}`, path: "label" };
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
