import { Prisma } from "@/generated/prisma/client";
import { ACTIVITY_KINDS, type ActivityKind } from "@/lib/activity/activity-kinds";
import { escapeLike } from "@/lib/server/learners/learner-filter";
import { type ActivityFilter, parsePerson } from "@/lib/validations/activity";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first instant of a "YYYY-MM-DD" day, in UTC (the dates the log shows before the browser localises them). */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * The WHERE clause shared by the activity page, its count and the CSV
 * export. The organisation comes first and always; each filter matches one of
 * the AuditLog indexes (person: adminId or apiTokenId; kind: a prefix of
 * action, which LIKE reads from the index; dates: createdAt).
 */
export function activityWhere(organisationId: string, filter: Partial<ActivityFilter>): Prisma.Sql {
  const conditions = [Prisma.sql`"organisationId" = ${organisationId}`];
  const person = parsePerson(filter.person ?? "");
  if (person.admin) conditions.push(Prisma.sql`"adminId" = ${person.admin}`);
  if (person.token) conditions.push(Prisma.sql`"apiTokenId" = ${person.token}`);
  if (filter.kind) {
    const prefixes = ACTIVITY_KINDS[filter.kind as ActivityKind].prefixes.map((prefix) => Prisma.sql`"action" LIKE ${`${escapeLike(prefix)}.%`}`);
    conditions.push(Prisma.sql`(${Prisma.join(prefixes, " OR ")})`);
  }
  if (filter.from) conditions.push(Prisma.sql`"createdAt" >= ${startOfDay(filter.from)}`);
  // "To" includes the whole of that day.
  if (filter.to) conditions.push(Prisma.sql`"createdAt" < ${new Date(startOfDay(filter.to).getTime() + DAY_MS)}`);
  return Prisma.join(conditions, " AND ");
}
