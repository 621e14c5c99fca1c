import type { PrismaClient } from "@/generated/prisma/client";
import { GROUPS_FIELD } from "@/lib/fields";
import type { FieldDef } from "@/lib/imports/types";

export interface ProfileFieldRow extends FieldDef {
  id: string;
  enabled: boolean;
  position: number;
}

/** The Groups column as a field row, for the lists the spreadsheet's columns come from. */
const GROUPS_FIELD_ROW: ProfileFieldRow = { ...GROUPS_FIELD, options: [], id: GROUPS_FIELD.key, enabled: true, position: Number.MAX_SAFE_INTEGER };

/**
 * The organisation's profile fields in display order; by default only the
 * enabled ones. `withGroups` adds the Groups column at the end, for the
 * template, the mapping and the export.
 */
export async function listFields(
  db: Pick<PrismaClient, "profileField">,
  organisationId: string,
  opts: { includeDisabled?: boolean; withGroups?: boolean } = {},
): Promise<ProfileFieldRow[]> {
  const rows = await db.profileField.findMany({
    where: { organisationId, ...(opts.includeDisabled ? {} : { enabled: true }) },
    orderBy: { position: "asc" },
  });
  const fields = rows.map((f) => ({ id: f.id, key: f.key, label: f.label, type: f.type, builtIn: f.builtIn, options: f.options, enabled: f.enabled, position: f.position }));
  return opts.withGroups ? [...fields, GROUPS_FIELD_ROW] : fields;
}
