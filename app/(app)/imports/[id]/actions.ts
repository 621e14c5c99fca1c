"use server";

import { revalidatePath } from "next/cache";
import { adminAction, fail } from "@/lib/actions";
import { retryImport } from "@/lib/server/imports/retry-import";
import { undoImport } from "@/lib/server/imports/undo-import";
import { enqueueImport } from "@/lib/server/jobs/enqueue-import";
import { importIdSchema } from "@/lib/validations/imports";

export const undoImportAction = adminAction("imports:write", importIdSchema, async ({ importId }, { admin, db }) => {
  const result = await undoImport(db, admin.organisationId, importId, { adminId: admin.id });
  if (!result.ok) return fail(result.error);
  revalidatePath(`/imports/${importId}`);
  revalidatePath("/dashboard");
  return { ok: true, data: result.summary };
});

export const retryImportAction = adminAction("imports:write", importIdSchema, async ({ importId }, { admin, db }) => {
  const result = await retryImport(db, admin.organisationId, importId, admin.id);
  if (!result.ok) return fail(result.error);
  await enqueueImport({ importId, organisationId: admin.organisationId });
  revalidatePath(`/imports/${importId}`);
  revalidatePath("/dashboard");
  return { ok: true, data: undefined };
});
