"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction, fail } from "@/lib/actions";
import { createTextboxDraft } from "@/lib/server/imports/create-textbox-draft";
import { enqueueImport } from "@/lib/server/jobs/enqueue-import";
import { queueImport } from "@/lib/server/imports/queue-import";
import { createFieldFromColumn, discardDraft, fixDraftRow, saveDraftOptions, saveMapping } from "@/lib/server/imports/update-draft";
import { importIdSchema, fieldFromColumnSchema, mappingSchema, optionsUpdateSchema, rowFixSchema, textboxImportSchema } from "@/lib/validations/imports";

export const createTextboxImport = adminAction("imports:write", textboxImportSchema, async ({ text, options }, { admin, db }) => {
  const result = await createTextboxDraft(db, { organisationId: admin.organisationId, adminId: admin.id, text, options });
  if (!result.ok) return fail(result.errors.join(" "));
  return { ok: true, data: { importId: result.importId } };
});

export const saveMappingAction = adminAction("imports:write", mappingSchema, async ({ importId, columns }, { organisationId, db }) => {
  const result = await saveMapping(db, organisationId, importId, columns);
  if (!result.ok) return fail(result.error);
  return { ok: true, data: undefined };
});

export const createFieldFromColumnAction = adminAction("imports:write", fieldFromColumnSchema, async ({ importId, column }, { admin, db }) => {
  const result = await createFieldFromColumn(db, admin.organisationId, admin.id, importId, column);
  if (!result.ok) return fail(result.error);
  revalidatePath(`/users/import/${importId}/map`);
  return { ok: true, data: { key: result.key } };
});

export const saveOptionsAction = adminAction("imports:write", optionsUpdateSchema, async ({ importId, options }, { organisationId, db }) => {
  const result = await saveDraftOptions(db, organisationId, importId, options);
  if (!result.ok) return fail(result.error);
  revalidatePath(`/users/import/${importId}/review`);
  return { ok: true, data: undefined };
});

export const fixRowAction = adminAction("imports:write", rowFixSchema, async ({ importId, rowNumber, cells }, { organisationId, db }) => {
  const result = await fixDraftRow(db, organisationId, importId, rowNumber, cells);
  if (!result.ok) return fail(result.error);
  revalidatePath(`/users/import/${importId}/review`);
  return { ok: true, data: undefined, message: `Row ${rowNumber} updated.` };
});

export const confirmImportAction = adminAction("imports:write", optionsUpdateSchema, async ({ importId, options }, { admin, db }) => {
  const result = await queueImport(db, { organisationId: admin.organisationId, adminId: admin.id, importId, options });
  if (!result.ok) return fail(result.error);
  await enqueueImport({ importId, organisationId: admin.organisationId });
  revalidatePath("/dashboard");
  redirect(`/imports/${importId}`);
});

export const discardDraftAction = adminAction("imports:write", importIdSchema, async ({ importId }, { organisationId, db }) => {
  await discardDraft(db, organisationId, importId);
  revalidatePath("/users/import");
  redirect("/users/import");
});
