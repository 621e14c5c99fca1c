"use server";

import { revalidatePath } from "next/cache";
import { adminAction, fail } from "@/lib/actions";
import { undoImport } from "@/lib/server/imports/undo-import";
import { importIdSchema } from "@/lib/validations/imports";

export const undoImportAction = adminAction(importIdSchema, async ({ importId }, { admin, db }) => {
  const result = await undoImport(db, admin.organisationId, importId, admin.id);
  if (!result.ok) return fail(result.error);
  revalidatePath(`/imports/${importId}`);
  revalidatePath("/dashboard");
  return { ok: true, data: result.summary };
});
