import { z } from "zod";
import { importOptionsSchema } from "@/lib/server/imports/import-options";

export const MAX_TEXTBOX_CHARS = 200_000;

export const START_IMPORT_CHOOSE_ONE = "Import either the users in the box or a CSV file, not both. Clear one of them.";
export const START_IMPORT_NOTHING = "Paste at least one user into the box, or choose a CSV file to upload.";
export const UPLOAD_EMPTY = "This file is empty. Choose the CSV file you saved from the template.";

export const textboxImportSchema = z.object({
  text: z.string().trim().min(1, "Paste at least one line: an email address, then optionally first and last name.").max(MAX_TEXTBOX_CHARS, "That's a lot of users for the box. Upload them as a CSV file instead."),
  options: importOptionsSchema,
});

export const mappingSchema = z.object({
  importId: z.string().min(1),
  columns: z.array(z.string().max(100)).max(10_000),
});
export type MappingInput = z.infer<typeof mappingSchema>;

export const fieldFromColumnSchema = z.object({ importId: z.string().min(1), column: z.number().int().min(0) });

export const importIdSchema = z.object({ importId: z.string().min(1) });

export const optionsUpdateSchema = z.object({ importId: z.string().min(1), options: importOptionsSchema });

export const rowFixSchema = z.object({
  importId: z.string().min(1),
  rowNumber: z.number().int().min(2),
  cells: z.record(z.string(), z.string().max(1000)),
});
export type RowFixInput = z.infer<typeof rowFixSchema>;
