import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

export interface GroupListRow {
  id: string;
  name: string;
  description: string;
  members: number;
  createdAt: Date;
}

/** Every group of the organisation, by name, with how many learners are in each. */
export async function listGroups(db: Pick<PrismaClient, "$queryRaw">, organisationId: string): Promise<GroupListRow[]> {
  return db.$queryRaw<GroupListRow[]>`
    SELECT g."id", g."name", g."description", g."createdAt",
      (SELECT count(*) FROM "GroupMember" gm WHERE gm."groupId" = g."id")::int AS "members"
    FROM "Group" g
    WHERE g."organisationId" = ${organisationId}
    ORDER BY lower(g."name") COLLATE "und-x-icu", g."id"`;
}

/** The organisation's groups, by name, for pickers and filters. */
export function listGroupOptions(db: Pick<PrismaClient, "group">, organisationId: string) {
  return db.group.findMany({ where: { organisationId }, orderBy: [{ nameKey: "asc" }], select: { id: true, name: true } });
}

export type GroupOption = Awaited<ReturnType<typeof listGroupOptions>>[number];

/** One group of this organisation, or null: another organisation's id looks like a missing one. */
export async function getGroup(db: Pick<PrismaClient, "group">, organisationId: string, groupId: string) {
  return db.group.findFirst({
    where: { id: groupId, organisationId },
    select: { id: true, name: true, description: true, createdAt: true, createdByImportId: true, _count: { select: { members: true } } },
  });
}
