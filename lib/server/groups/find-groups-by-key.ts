import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

export interface GroupRef {
  id: string;
  name: string;
}

const LOOKUP_BATCH = 10_000;

/** The organisation's groups with these name keys, keyed by name key. */
export async function findGroupsByKey(db: Pick<PrismaClient, "group">, organisationId: string, nameKeys: string[]): Promise<Map<string, GroupRef>> {
  const found = new Map<string, GroupRef>();
  const keys = [...new Set(nameKeys)];
  for (let i = 0; i < keys.length; i += LOOKUP_BATCH) {
    const rows = await db.group.findMany({ where: { organisationId, nameKey: { in: keys.slice(i, i + LOOKUP_BATCH) } }, select: { id: true, name: true, nameKey: true } });
    for (const row of rows) found.set(row.nameKey, { id: row.id, name: row.name });
  }
  return found;
}
