import type { PrismaClient } from "@/generated/prisma/client";
import type { FieldDef } from "@/lib/imports/types";

export interface ProfileFieldRow extends FieldDef {
  id: string;
  enabled: boolean;
  position: number;
}

/** The organisation's profile fields in display order; by default only the enabled ones. */
export async function listFields(db: Pick<PrismaClient, "profileField">, organisationId: string, opts: { includeDisabled?: boolean } = {}): Promise<ProfileFieldRow[]> {
  const rows = await db.profileField.findMany({
    where: { organisationId, ...(opts.includeDisabled ? {} : { enabled: true }) },
    orderBy: { position: "asc" },
  });
  return rows.map((f) => ({ id: f.id, key: f.key, label: f.label, type: f.type, builtIn: f.builtIn, options: f.options, enabled: f.enabled, position: f.position }));
}
