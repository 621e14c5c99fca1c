import type { PrismaClient } from "@/generated/prisma/client";
import { buildRecords, diffRecord } from "@/lib/imports/validate";
import { listFields } from "@/lib/server/fields/list-fields";
import { groupDiffOptions, recordsTouchGroups } from "@/lib/server/groups/import-groups";
import { membershipChanges, saveImportGroups, writeMemberships, type MembershipChanges } from "@/lib/server/groups/save-import-groups";
import { findLearnersByEmailKey } from "./existing-learners";
import { readMapping, readOptions } from "./import-options";
import { applyChanges } from "./learner-state";
import { newLearnerId } from "./new-learner-id";
import { type LearnerWrite, writeLearners } from "./write-learners";
import type { ChunkRange } from "./start-import";

export interface ChunkCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

type Outcome = "CREATED" | "UPDATED" | "UNCHANGED" | "SKIPPED" | "FAILED";

/**
 * Applies one chunk of an import in one transaction: a single set-based
 * upsert of the learners, each row's result, and the job's progress.
 * Only rows still PENDING are touched, so repeating a chunk after a crash
 * or retry neither duplicates a learner nor double-counts.
 */
export async function applyChunk(db: PrismaClient, importId: string, range: ChunkRange): Promise<ChunkCounts> {
  return db.$transaction(
    async (tx) => {
      const job = await tx.importJob.findUniqueOrThrow({ where: { id: importId } });
      // One writer per organisation: concurrent imports of one organisation interleave by chunk, never within one.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${job.organisationId}))`;
      const rows = await tx.$queryRaw<{ rowNumber: number; cells: string[] }[]>`
        SELECT "rowNumber", "cells" FROM "ImportRow"
        WHERE "importId" = ${importId} AND "rowNumber" BETWEEN ${range.fromRow} AND ${range.toRow} AND "outcome" = 'PENDING'
        ORDER BY "rowNumber" FOR UPDATE`;
      const counts: ChunkCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
      if (rows.length === 0) return counts;

      const options = readOptions(job.options);
      const source = job.source === "TEXTBOX" ? "textbox" : "csv";
      const fields = await listFields(tx, job.organisationId);
      const { records } = buildRecords({ headers: job.headers, rows }, readMapping(job.mapping), fields, { source, blankClears: options.blankClears });
      const touchesGroups = recordsTouchGroups(records);
      const existing = await findLearnersByEmailKey(tx, job.organisationId, records.map((r) => r.emailKey), { withGroups: touchesGroups });
      const groups = await groupDiffOptions(tx, job.organisationId, records, options);
      const diffs = records.map((record) => diffRecord(record, existing.get(record.emailKey) ?? null, { mode: options.mode, source, groups }));
      // Groups this chunk's rows name that don't exist yet are created first, so every name has an id.
      const groupsByKey = touchesGroups ? await saveImportGroups(tx, { organisationId: job.organisationId, importId, diffs }) : new Map();
      const memberships: MembershipChanges = { add: [], addNew: [], remove: [] };

      const writes: LearnerWrite[] = [];
      // Each row's result, sent as one JSON document (absent keys are NULL): 2,000-element arrays cost more to encode than the statement to run.
      const results: { n: number; o: Outcome; m?: string; l?: string; p?: object; a?: object }[] = [];
      for (const [index, record] of records.entries()) {
        const current = existing.get(record.emailKey) ?? null;
        const diff = diffs[index]!;
        if (diff.action === "create" || diff.action === "update") {
          const next = applyChanges(current, diff.changes);
          const id = current?.id ?? newLearnerId();
          writes.push({ id, email: record.email, emailKey: record.emailKey, firstName: next.firstName, lastName: next.lastName, active: next.active, customFields: next.customFields, isNew: !current });
          const profile = (learner: typeof next) => ({ firstName: learner.firstName, lastName: learner.lastName, active: learner.active, customFields: learner.customFields });
          // Undo needs the group ids before and after; the names are what the results and history show.
          const change = diff.groups && membershipChanges(id, current, diff.groups, groupsByKey, memberships);
          const previous = current && { ...profile(current), ...(change ? { groups: change.before, groupNames: current.groups ?? [] } : {}) };
          const appliedValues = { ...profile(next), ...(change ? { groups: change.after, groupNames: change.names } : {}) };
          results.push({ n: record.rowNumber, o: current ? "UPDATED" : "CREATED", l: id, p: previous ?? undefined, a: appliedValues });
          counts[current ? "updated" : "created"] += 1;
        } else if (diff.action === "unchanged") {
          results.push({ n: record.rowNumber, o: "UNCHANGED", l: current?.id });
          counts.unchanged += 1;
        } else {
          const outcome = diff.action === "skip" ? "SKIPPED" : "FAILED";
          results.push({ n: record.rowNumber, o: outcome, m: diff.reason, l: current?.id });
          counts[diff.action === "skip" ? "skipped" : "failed"] += 1;
        }
      }

      await writeLearners(tx, { organisationId: job.organisationId, importId, writes });
      await writeMemberships(tx, memberships);

      await tx.$executeRaw`
        UPDATE "ImportRow" AS r SET "outcome" = u.o::"RowOutcome", "message" = u.m, "learnerId" = u.l, "previous" = u.p, "applied" = u.a
        FROM jsonb_to_recordset(${JSON.stringify(results)}::jsonb) AS u(n int, o text, m text, l text, p jsonb, a jsonb)
        WHERE r."importId" = ${importId} AND r."rowNumber" BETWEEN ${range.fromRow} AND ${range.toRow} AND r."rowNumber" = u.n`;

      await tx.importJob.update({
        where: { id: importId },
        data: {
          processedRows: { increment: rows.length },
          createdCount: { increment: counts.created },
          updatedCount: { increment: counts.updated },
          unchangedCount: { increment: counts.unchanged },
          skippedCount: { increment: counts.skipped },
          failedCount: { increment: counts.failed },
        },
      });
      return counts;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}
