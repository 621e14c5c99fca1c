import { z } from "zod";

export const importOptionsSchema = z.object({
  mode: z.enum(["upsert", "create", "update"]).default("upsert"),
  sendWelcome: z.boolean().default(true),
  blankClears: z.boolean().default(false),
  /** A filled Groups cell sets the user's groups to exactly those ("set") or only adds them ("add"). */
  groupsMode: z.enum(["set", "add"]).default("set"),
  /** Group names that match no group: create the groups, or send those rows to errors. */
  newGroups: z.enum(["create", "error"]).default("create"),
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

export const MODE_LABELS: Record<ImportOptions["mode"], string> = {
  upsert: "Add new and update existing",
  create: "Add new only",
  update: "Update existing only",
};

/** Options and mapping are stored as JSON; read them back defensively. */
export function readOptions(json: unknown): ImportOptions {
  return importOptionsSchema.parse(json ?? {});
}

export function readMapping(json: unknown): Record<number, string> {
  const mapping: Record<number, string> = {};
  for (const [column, key] of Object.entries((json ?? {}) as Record<string, unknown>))
    if (typeof key === "string" && key) mapping[Number(column)] = key;
  return mapping;
}
