"use server";

import { revalidatePath } from "next/cache";
import { adminAction, fail, type ActionResult } from "@/lib/actions";
import type { FieldChangeResult } from "@/lib/server/fields/field-rules";
import { createField } from "@/lib/server/fields/create-field";
import { moveField } from "@/lib/server/fields/move-field";
import { setFieldEnabled } from "@/lib/server/fields/set-field-enabled";
import { updateField } from "@/lib/server/fields/update-field";
import { fieldDefinitionSchema, moveFieldSchema, parseOptions, setFieldEnabledSchema, updateFieldSchema } from "@/lib/validations/fields";

function failed(result: Extract<FieldChangeResult, { ok: false }>) {
  return fail(result.error, result.path ? { [result.path]: [result.error] } : undefined);
}

/** Fields shape the template, the mapping and the users table, so every page may change. */
function refresh() {
  revalidatePath("/", "layout");
}

export const createFieldAction = adminAction("fields:write", fieldDefinitionSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await createField(db, organisationId, { ...input, options: parseOptions(input.options), adminId: admin.id });
  if (!result.ok) return failed(result);
  refresh();
  return { ok: true, data: undefined, message: `Added the field “${result.data.label}”. It is in the CSV template and the mapping from now on.` };
});

export const updateFieldAction = adminAction("fields:write", updateFieldSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await updateField(db, organisationId, { ...input, options: parseOptions(input.options), adminId: admin.id });
  if (!result.ok) return failed(result);
  refresh();
  return { ok: true, data: undefined, message: result.data.changed ? `Saved “${result.data.field.label}”.` : "Nothing to save: the field is unchanged." };
});

export const setFieldEnabledAction = adminAction("fields:write", setFieldEnabledSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await setFieldEnabled(db, organisationId, { ...input, adminId: admin.id });
  if (!result.ok) return failed(result);
  refresh();
  const { label } = result.data.field;
  return {
    ok: true,
    data: undefined,
    message: input.enabled ? `Enabled “${label}”.` : `Disabled “${label}”. Its values are kept and come back if you enable it again.`,
  };
});

export const moveFieldAction = adminAction("fields:write", moveFieldSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  const result = await moveField(db, organisationId, { ...input, adminId: admin.id });
  if (!result.ok) return failed(result);
  refresh();
  return { ok: true, data: undefined };
});
