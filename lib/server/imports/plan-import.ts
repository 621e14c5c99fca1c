import type { PrismaClient } from "@/generated/prisma/client";
import { GROUPS_KEY } from "@/lib/fields";
import { buildRecordsTakingTurns, diffRecord } from "@/lib/imports/validate";
import type { FieldChange, ImportRecord, RecordDiff, RecordError } from "@/lib/imports/types";
import { listFields } from "@/lib/server/fields/list-fields";
import { collectNewGroups, groupDiffOptions, recordsTouchGroups } from "@/lib/server/groups/import-groups";
import { findLearnersByEmailKey } from "./existing-learners";
import { type ImportOptions, readMapping, readOptions } from "./import-options";
import { readImportRows } from "./read-import-rows";

export interface PlannedRow {
  rowNumber: number;
  email: string;
  action: RecordDiff["action"];
  changes: FieldChange[];
  errors: RecordError[];
  reason?: string;
  archives: boolean;
  /** The learner's groups after the import; absent when the row leaves them as they are. */
  groups?: string[];
}

/** Groups the import would create: their names, and how many rows name one. */
export interface PlannedNewGroups {
  names: string[];
  rows: number;
}

export interface PlanCounts {
  create: number;
  update: number;
  unchanged: number;
  archive: number;
  skip: number;
  error: number;
}

/**
 * How many welcome emails confirming would send: one per new user, unless
 * the file puts them straight into Archived (archived users get no
 * activation link) or the admin turned welcome emails off. The mode is
 * already in the rows: "update existing only" creates nobody.
 */
export function countWelcomeEmails(rows: Pick<PlannedRow, "action" | "archives">[], options: { sendWelcome: boolean }) {
  if (!options.sendWelcome) return 0;
  return rows.reduce((n, row) => (row.action === "create" && !row.archives ? n + 1 : n), 0);
}

type PlannedJob = { source: string; headers: string[]; mapping: unknown };

/**
 * The plan of some of a draft's rows, against the learners as they are now: the same validation
 * and diff the background job applies. Duplicates are found among the rows given, so a subset is
 * planned as in the whole file only when it holds no row another row duplicates (rows already
 * planned as errors, which the stored plan keeps).
 */
export async function planRows(
  db: PrismaClient,
  organisationId: string,
  job: PlannedJob,
  fields: Awaited<ReturnType<typeof listFields>>,
  options: ImportOptions,
  rows: Awaited<ReturnType<typeof readImportRows>>,
) {
  const source = job.source === "TEXTBOX" ? "textbox" : "csv";
  const { records } = await buildRecordsTakingTurns({ headers: job.headers, rows }, readMapping(job.mapping), fields, { source, blankClears: options.blankClears });
  const parseIssues = new Map(rows.filter((r) => r.message).map((r) => [r.rowNumber, r.message!]));
  const existing = await findLearnersByEmailKey(db, organisationId, records.filter((r) => r.emailKey).map((r) => r.emailKey), { withGroups: recordsTouchGroups(records) });
  const groups = await groupDiffOptions(db, organisationId, records, options);
  const diffs: RecordDiff[] = [];
  const planned = records.map((record: ImportRecord): PlannedRow => {
    const issue = parseIssues.get(record.rowNumber);
    const errors = issue ? [{ field: "row", message: issue }, ...record.errors] : record.errors;
    const diff = diffRecord({ ...record, errors }, existing.get(record.emailKey) ?? null, { mode: options.mode, source, groups });
    const archives = diff.changes.some((c) => c.field === "active" && c.to === false);
    diffs.push(diff);
    return { rowNumber: record.rowNumber, email: record.email, action: diff.action, changes: diff.changes, errors, reason: diff.reason, archives, groups: diff.groups };
  });
  return { planned, diffs, groupsColumn: groups !== undefined };
}

/**
 * What confirming this import would do, computed against the database
 * without writing anything: the same validation and diff the background
 * job applies.
 */
export async function planImport(db: PrismaClient, organisationId: string, importId: string) {
  const job = await db.importJob.findFirstOrThrow({ where: { id: importId, organisationId } });
  const [fields, rows] = await Promise.all([
    listFields(db, organisationId, { withGroups: true }),
    readImportRows(db, importId),
  ]);
  const options = readOptions(job.options);
  const { planned, diffs, groupsColumn } = await planRows(db, organisationId, job, fields, options, rows);
  return { job, fields, options, rows: planned, ...summarisePlan(job, options, { planned, diffs, groupsColumn }) };
}

/** The counts, welcome emails and new groups of a whole draft's planned rows. */
export function summarisePlan(job: Pick<PlannedJob, "mapping">, options: ImportOptions, plan: Awaited<ReturnType<typeof planRows>>) {
  const counts: PlanCounts = { create: 0, update: 0, unchanged: 0, archive: 0, skip: 0, error: 0 };
  for (const row of plan.planned) {
    counts[row.action] += 1;
    if (row.archives) counts.archive += 1;
  }
  const newGroups: PlannedNewGroups = collectNewGroups(plan.diffs);
  return { counts, welcomeEmails: countWelcomeEmails(plan.planned, options), newGroups, hasGroupsColumn: plan.groupsColumn || hasGroupsColumn(job.mapping) };
}

function hasGroupsColumn(mapping: unknown): boolean {
  return Object.values(readMapping(mapping)).includes(GROUPS_KEY);
}

export type ImportPlan = Awaited<ReturnType<typeof planImport>>;
