import { z } from "zod";

export const FIELD_TYPES = ["TEXT", "NUMBER", "DATE", "SELECT"] as const;
export type FieldTypeValue = (typeof FIELD_TYPES)[number];

/** What admins call each type; "SELECT" means nothing to them. */
export const FIELD_TYPE_LABELS: Record<FieldTypeValue, string> = {
  TEXT: "Text",
  NUMBER: "Number",
  DATE: "Date",
  SELECT: "One of a list",
};

export const MAX_LABEL_LENGTH = 60;
export const MAX_OPTIONS = 200;
export const MAX_OPTION_LENGTH = 100;

/** The options textarea holds one option per line; blank lines and surrounding spaces don't count. */
export function parseOptions(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Why a list of options can't be saved for a field of this type, or null.
 * Imports match options ignoring capitals, so "Red" and "red" would be the same choice.
 */
export function optionsProblem(type: FieldTypeValue, options: string[]): string | null {
  if (type !== "SELECT") return null;
  if (options.length === 0) return "Add at least one option, one per line.";
  if (options.length > MAX_OPTIONS) return `Use at most ${MAX_OPTIONS} options.`;
  const tooLong = options.find((option) => option.length > MAX_OPTION_LENGTH);
  if (tooLong) return `“${tooLong.slice(0, 20)}…” is too long: keep each option to ${MAX_OPTION_LENGTH} characters.`;
  const seen = new Set<string>();
  for (const option of options) {
    const key = option.toLowerCase();
    if (seen.has(key)) return `“${option}” is listed twice. Each option must be different (capitals don't count).`;
    seen.add(key);
  }
  return null;
}

const fieldId = z.string().min(1).max(64);

const definition = {
  label: z.string().trim().min(1, "Enter a label, like Cost Centre.").max(MAX_LABEL_LENGTH, `Use at most ${MAX_LABEL_LENGTH} characters.`),
  type: z.enum(FIELD_TYPES, "Choose what kind of value the field holds."),
  /** One option per line; only read for one-of-a-list fields. */
  options: z.string().max(MAX_OPTIONS * (MAX_OPTION_LENGTH + 2), "That's too many options."),
};

function checkOptions(value: { type: FieldTypeValue; options: string }, ctx: z.RefinementCtx) {
  const problem = optionsProblem(value.type, parseOptions(value.options));
  if (problem) ctx.addIssue({ code: "custom", path: ["options"], message: problem });
}

/** The add-field form and its action. */
export const fieldDefinitionSchema = z.object(definition).superRefine(checkOptions);
export type FieldDefinitionInput = z.infer<typeof fieldDefinitionSchema>;

/** The edit form and its action: the same rules plus which field. */
export const updateFieldSchema = z.object({ id: fieldId, ...definition }).superRefine(checkOptions);
export type UpdateFieldInput = z.infer<typeof updateFieldSchema>;

export const setFieldEnabledSchema = z.object({ id: fieldId, enabled: z.boolean() });

export const MOVE_DIRECTIONS = ["up", "down"] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];
export const moveFieldSchema = z.object({ id: fieldId, direction: z.enum(MOVE_DIRECTIONS) });
