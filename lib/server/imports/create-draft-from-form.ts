import type { PrismaClient } from "@/generated/prisma/client";
import { START_IMPORT_CHOOSE_ONE, START_IMPORT_NOTHING, textboxImportSchema, UPLOAD_EMPTY } from "@/lib/validations/imports";
import { createCsvDraft } from "./create-csv-draft";
import { createTextboxDraft } from "./create-textbox-draft";
import { importOptionsSchema } from "./import-options";

export type FormDraftResult = { ok: true; importId: string; step: "map" | "review" } | { ok: false; errors: string[] };

/**
 * The Add/Update Users form as the browser posts it by itself (before the
 * page is interactive, or without JavaScript): a CSV file or pasted users,
 * and the options. The same rules as the page's own upload and text box.
 */
export async function createDraftFromForm(db: PrismaClient, input: { organisationId: string; adminId: string; form: FormData }): Promise<FormDraftResult> {
  const { form, ...owner } = input;
  const file = form.get("file");
  // A file input left empty still posts a part, with no name and no bytes.
  const chosen = file instanceof File && (file.name !== "" || file.size > 0) ? file : null;
  const text = String(form.get("text") ?? "");
  if (chosen && text.trim()) return { ok: false, errors: [START_IMPORT_CHOOSE_ONE] };
  if (!chosen && !text.trim()) return { ok: false, errors: [START_IMPORT_NOTHING] };

  const options = importOptionsSchema.safeParse({
    mode: form.get("mode") || undefined,
    sendWelcome: form.get("sendWelcome") !== "false",
    blankClears: form.get("blankClears") === "true",
  });
  if (!options.success) return { ok: false, errors: ["Choose an upload mode."] };

  if (chosen) {
    if (chosen.size === 0) return { ok: false, errors: [UPLOAD_EMPTY] };
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    const result = await createCsvDraft(db, { ...owner, fileName: (chosen.name || "upload.csv").slice(0, 255), bytes, options: options.data });
    return result.ok ? { ok: true, importId: result.importId, step: "map" } : result;
  }
  const parsed = textboxImportSchema.safeParse({ text, options: options.data });
  if (!parsed.success) return { ok: false, errors: [parsed.error.issues[0]?.message ?? START_IMPORT_NOTHING] };
  const result = await createTextboxDraft(db, { ...owner, text: parsed.data.text, options: parsed.data.options });
  return result.ok ? { ok: true, importId: result.importId, step: "review" } : result;
}
