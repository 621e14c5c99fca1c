import type { PrismaClient } from "@/generated/prisma/client";
import { parseTextbox, TEXTBOX_MAPPING } from "@/lib/imports/textbox";
import { createDraft } from "./create-draft";
import type { ImportOptions } from "./import-options";

/** Stores the users typed or pasted into the box as a draft; its columns are always email, first and last name. */
export async function createTextboxDraft(
  db: PrismaClient,
  input: { organisationId: string; adminId: string; text: string; options: ImportOptions },
): Promise<{ ok: true; importId: string } | { ok: false; errors: string[] }> {
  const file = parseTextbox(input.text);
  if (file.fileErrors.length) return { ok: false, errors: file.fileErrors };
  const importId = await createDraft(db, {
    organisationId: input.organisationId,
    adminId: input.adminId,
    source: "TEXTBOX",
    fileName: null,
    file,
    byteSize: input.text.length,
    mapping: { ...TEXTBOX_MAPPING },
    options: input.options,
  });
  return { ok: true, importId };
}
