import { stringify } from "csv-stringify/sync";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { neutraliseCell } from "@/lib/imports/csv-injection";
import { activityWhere } from "@/lib/server/activity/activity-where";
import { type AuditRecord, describeRecords } from "@/lib/server/activity/list-activity";
import type { ActivityFilter } from "@/lib/validations/activity";

export const ACTIVITY_EXPORT_BATCH_SIZE = 1_000;
export const ACTIVITY_EXPORT_HEADER = ["Time (UTC)", "Who", "Activity", "Action", "IP address", "Link"];

function csvLines(records: string[][]): string {
  // As the users export: a value with a bare LF (a failure reason) must be quoted too.
  return stringify(records, { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

/**
 * The organisation's activity matching the filters, newest first, as CSV
 * text chunks: the same sentences and names the page shows. Read a batch at a
 * time by keyset on (createdAt, id), so a long log streams in flat memory.
 * Every cell is neutralised: names and usernames are typed by people, and a
 * spreadsheet would run "=…" as a formula.
 */
export async function* exportActivityCsv(
  db: Pick<PrismaClient, "$queryRaw" | "admin">,
  organisationId: string,
  filter: Partial<ActivityFilter>,
  opts: { baseUrl: string; batchSize?: number },
): AsyncGenerator<string> {
  const batchSize = opts.batchSize ?? ACTIVITY_EXPORT_BATCH_SIZE;
  yield "\uFEFF" + csvLines([ACTIVITY_EXPORT_HEADER]);
  let after: { createdAt: Date; id: bigint } | null = null;
  for (;;) {
    const cursor: { createdAt: Date; id: bigint } | null = after;
    const batch: AuditRecord[] = await db.$queryRaw<AuditRecord[]>`
      SELECT "id", "action", "detail", "adminId", "apiTokenId", "ip", "createdAt" FROM "AuditLog"
      WHERE ${activityWhere(organisationId, filter)}
        ${cursor ? Prisma.sql`AND ("createdAt", "id") < (${cursor.createdAt}, ${cursor.id})` : Prisma.empty}
      ORDER BY "createdAt" DESC, "id" DESC
      LIMIT ${batchSize}`;
    if (batch.length === 0) return;
    const rows = await describeRecords(db, organisationId, batch);
    yield csvLines(
      rows.map((row) =>
        [row.createdAt.toISOString(), row.actor.label, row.sentence, row.action, row.ip ?? "", row.link ? `${opts.baseUrl}${row.link.href}` : ""].map(neutraliseCell),
      ),
    );
    if (batch.length < batchSize) return;
    const last = batch[batch.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
