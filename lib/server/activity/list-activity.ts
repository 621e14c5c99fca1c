import type { PrismaClient } from "@/generated/prisma/client";
import { type ActivityDescription, describeActivity } from "@/lib/activity/describe-activity";
import type { ActivityQuery } from "@/lib/validations/activity";
import { activityWhere } from "./activity-where";

export interface AuditRecord {
  id: bigint;
  action: string;
  detail: unknown;
  adminId: string | null;
  apiTokenId: string | null;
  ip: string | null;
  createdAt: Date;
}

export interface ActivityRow extends ActivityDescription {
  /** The entry's id, as text (it is a bigint). */
  id: string;
  action: string;
  ip: string | null;
  createdAt: Date;
}

export interface ActivityPage {
  rows: ActivityRow[];
  /** Entries matching the filters. */
  total: number;
  /** The page shown: the requested one, or the last page when the request was past the end. */
  page: number;
  pageCount: number;
}

/** Readable rows for audit records, with each admin's current name (looked up in this organisation only). */
export async function describeRecords(db: Pick<PrismaClient, "admin">, organisationId: string, records: AuditRecord[]): Promise<ActivityRow[]> {
  const adminIds = [...new Set(records.map((record) => record.adminId).filter((id): id is string => Boolean(id)))];
  const admins = adminIds.length ? await db.admin.findMany({ where: { organisationId, id: { in: adminIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(admins.map((admin) => [admin.id, admin.name]));
  return records.map((record) => ({
    ...describeActivity({ ...record, adminName: record.adminId ? (names.get(record.adminId) ?? null) : null }),
    id: record.id.toString(),
    action: record.action,
    ip: record.ip,
    createdAt: record.createdAt,
  }));
}

/**
 * One page of the organisation's activity, newest first, filtered in the
 * database. Entries are only ever read here: the app has no way to change
 * or delete one.
 */
export async function listActivity(db: Pick<PrismaClient, "$queryRaw" | "admin">, organisationId: string, query: ActivityQuery): Promise<ActivityPage> {
  const where = activityWhere(organisationId, query);
  const fetchPage = (page: number) =>
    db.$queryRaw<AuditRecord[]>`
      SELECT "id", "action", "detail", "adminId", "apiTokenId", "ip", "createdAt" FROM "AuditLog"
      WHERE ${where}
      ORDER BY "createdAt" DESC, "id" DESC
      LIMIT ${query.pageSize} OFFSET ${(page - 1) * query.pageSize}`;
  const [[counted], requested] = await Promise.all([db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "AuditLog" WHERE ${where}`, fetchPage(query.page)]);
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const records = page === query.page ? requested : await fetchPage(page);
  return { rows: await describeRecords(db, organisationId, records), total, page, pageCount };
}
