import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { WelcomeStatus } from "@/generated/prisma/enums";
import type { LearnerListQuery, LearnerSort, SortDirection } from "@/lib/validations/learners";
import { findMemberships } from "@/lib/server/groups/find-memberships";
import type { GroupRef } from "@/lib/server/groups/find-groups-by-key";
import { learnerWhere } from "./learner-filter";
import { neverWelcomed, welcomeState, type WelcomeState } from "./welcome-state";

export interface LearnerListRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  active: boolean;
  welcome: WelcomeState;
  /** Never sent a welcome email and not activated (see neverWelcomed). */
  neverWelcomed: boolean;
  /** Custom field key -> value. */
  customFields: Record<string, string>;
  /** The learner's groups, by name. */
  groups: GroupRef[];
  createdAt: Date;
  updatedAt: Date;
}

export interface LearnerList {
  rows: LearnerListRow[];
  /** Learners matching the search and status filter. */
  total: number;
  /** The page shown: the requested one, or the last page when the request was past the end. */
  page: number;
  pageCount: number;
  /** Learners matching the search in each status, for the filter tabs. */
  counts: { active: number; archived: number; all: number };
}

interface LearnerRecord {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  active: boolean;
  customFields: Record<string, string> | null;
  welcomeStatus: WelcomeStatus;
  welcomeSentAt: Date | null;
  activatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

// Leading columns match the Learner indexes, so PostgreSQL reads a page in
// order instead of sorting the organisation; the last column breaks ties so
// rows never swap between pages. Nothing here comes from user input.
const ORDER_COLUMNS: Record<LearnerSort, string[]> = {
  // ICU's language-neutral collation: "Émile" among the Es, "de Vries" among the Ds.
  name: ['lower("lastName") COLLATE "und-x-icu"', 'lower("firstName") COLLATE "und-x-icu"', '"emailKey"'],
  email: ['"emailKey"'],
  created: ['"createdAt"', '"id"'],
  updated: ['"updatedAt"', '"id"'],
};

function orderBy(sort: LearnerSort, dir: SortDirection): Prisma.Sql {
  const direction = dir === "desc" ? "DESC" : "ASC";
  return Prisma.raw(ORDER_COLUMNS[sort].map((column) => `${column} ${direction}`).join(", "));
}

/**
 * One page of the organisation's learners, sorted, searched and filtered in
 * the database, so an organisation with 100,000 learners costs the same as
 * one with 100.
 */
export async function listLearners(db: Pick<PrismaClient, "$queryRaw">, organisationId: string, query: LearnerListQuery): Promise<LearnerList> {
  const columns = Prisma.sql`"id", "email", "firstName", "lastName", "active", "customFields", "welcomeStatus", "welcomeSentAt", "activatedAt", "createdAt", "updatedAt"`;
  // A search matches few rows; without the fence PostgreSQL walks the sort index hoping to meet
  // matches early, and when they bunch at the far end (a surname) it reads most of the table.
  // Materialising the matches first lets the trigram index find them, then sorts only those.
  const fetchPage = (page: number) =>
    query.q?.trim()
      ? db.$queryRaw<LearnerRecord[]>`
          WITH matches AS MATERIALIZED (SELECT ${columns}, "emailKey" FROM "Learner" WHERE ${learnerWhere(organisationId, query)})
          SELECT ${columns} FROM matches
          ORDER BY ${orderBy(query.sort, query.dir)}
          LIMIT ${query.pageSize} OFFSET ${(page - 1) * query.pageSize}`
      : db.$queryRaw<LearnerRecord[]>`
          SELECT ${columns} FROM "Learner"
          WHERE ${learnerWhere(organisationId, query)}
          ORDER BY ${orderBy(query.sort, query.dir)}
          LIMIT ${query.pageSize} OFFSET ${(page - 1) * query.pageSize}`;

  const [[counted], requestedRows] = await Promise.all([
    query.group && !query.q?.trim()
      ? countGroupMembers(db, organisationId, query.group)
      : db.$queryRaw<{ active: number; archived: number }[]>`
          SELECT count(*) FILTER (WHERE "active")::int AS "active", count(*) FILTER (WHERE NOT "active")::int AS "archived"
          FROM "Learner"
          WHERE ${learnerWhere(organisationId, { q: query.q, group: query.group })}`,
    fetchPage(query.page),
  ]);
  const counts = { active: counted?.active ?? 0, archived: counted?.archived ?? 0, all: 0 };
  counts.all = counts.active + counts.archived;

  const total = counts[query.status];
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const records = page === query.page ? requestedRows : await fetchPage(page);
  const groups = await findMemberships(db, records.map((record) => record.id));

  return { rows: records.map((record) => toRow(record, groups.get(record.id) ?? [])), total, page, pageCount, counts };
}

/**
 * A group's members by status, for the filter tabs. Counting every member
 * means reading each one's status, a join over the whole table; instead all
 * members are counted from the membership index alone and the few archived
 * ones through the status index. Memberships only ever join a group and a
 * learner of the same organisation, and the group is checked to be this
 * organisation's, so another's group counts none.
 */
function countGroupMembers(db: Pick<PrismaClient, "$queryRaw">, organisationId: string, groupId: string) {
  return db.$queryRaw<{ active: number; archived: number }[]>`
    SELECT counts."all" - counts."archived" AS "active", counts."archived"
    FROM (SELECT
      (SELECT count(*) FROM "GroupMember" gm
        WHERE gm."groupId" = ${groupId} AND EXISTS (SELECT 1 FROM "Group" g WHERE g."id" = ${groupId} AND g."organisationId" = ${organisationId}))::int AS "all",
      (SELECT count(*) FROM "Learner" WHERE ${learnerWhere(organisationId, { status: "archived", group: groupId })})::int AS "archived"
    ) AS counts`;
}

function toRow(record: LearnerRecord, groups: GroupRef[]): LearnerListRow {
  return {
    id: record.id,
    email: record.email,
    firstName: record.firstName,
    lastName: record.lastName,
    active: record.active,
    welcome: welcomeState(record),
    neverWelcomed: neverWelcomed(record),
    customFields: record.customFields ?? {},
    groups,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
