import type { PrismaClient } from "@/generated/prisma/client";
import { GROUPS_KEY } from "@/lib/fields";
import { groupNameKey, sortGroupNames } from "@/lib/imports/groups-cell";
import { buildRecordsTakingTurns, createRecordBuilder, diffRecord } from "@/lib/imports/validate";
import type { FieldChange, ImportRecord, RecordDiff, RecordError } from "@/lib/imports/types";
import { listFields } from "@/lib/server/fields/list-fields";
import { collectNewGroups, groupDiffOptions, recordsTouchGroups } from "@/lib/server/groups/import-groups";
import { findLearnersByEmailKey } from "./existing-learners";
import { type ImportOptions, readMapping, readOptions } from "./import-options";
import { readImportRowBatches } from "./read-import-rows";

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

/** A draft's row as the planner reads it: its cells and the parse problem kept on it. */
export type PlanInputRow = { rowNumber: number; cells: string[]; message?: string | null };

/** What the review shows above and below its rows (stored as ImportJob.planSummary). */
export interface PlanTotals {
  counts: PlanCounts;
  welcomeEmails: number;
  newGroups: PlannedNewGroups;
  hasGroupsColumn: boolean;
}

/**
 * Plans a draft's rows batch by batch, in file order, against the learners as they are now: the
 * same validation and diff the background job applies. Only what spans batches is kept between
 * them (each email's first row, the first spelling of each new group, the running totals), so a
 * file of any size plans in the memory of one batch.
 */
export function createPlanner(db: PrismaClient, organisationId: string, job: PlannedJob, fields: Awaited<ReturnType<typeof listFields>>, options: ImportOptions) {
  const source = job.source === "TEXTBOX" ? "textbox" : "csv";
  const mapping = readMapping(job.mapping);
  const build = createRecordBuilder(mapping, fields, { source, blankClears: options.blankClears });
  const newSpellings = new Map<string, string>();
  const counts: PlanCounts = { create: 0, update: 0, unchanged: 0, archive: 0, skip: 0, error: 0 };
  const newGroupNames = new Map<string, string>();
  let newGroupRows = 0;
  let welcomeEmails = 0;
  let groupsColumn = false;

  async function plan(rows: PlanInputRow[]): Promise<PlannedRow[]> {
    const { records } = await buildRecordsTakingTurns({ headers: job.headers, rows }, mapping, fields, { source, blankClears: options.blankClears }, build);
    const parseIssues = new Map(rows.filter((r) => r.message).map((r) => [r.rowNumber, r.message!]));
    const existing = await findLearnersByEmailKey(db, organisationId, records.filter((r) => r.emailKey).map((r) => r.emailKey), { withGroups: recordsTouchGroups(records) });
    const groups = await groupDiffOptions(db, organisationId, records, options, newSpellings);
    if (groups) groupsColumn = true;
    const diffs: RecordDiff[] = [];
    const planned = records.map((record: ImportRecord): PlannedRow => {
      const issue = parseIssues.get(record.rowNumber);
      const errors = issue ? [{ field: "row", message: issue }, ...record.errors] : record.errors;
      const diff = diffRecord({ ...record, errors }, existing.get(record.emailKey) ?? null, { mode: options.mode, source, groups });
      const archives = diff.changes.some((c) => c.field === "active" && c.to === false);
      diffs.push(diff);
      counts[diff.action] += 1;
      if (archives) counts.archive += 1;
      return { rowNumber: record.rowNumber, email: record.email, action: diff.action, changes: diff.changes, errors, reason: diff.reason, archives, groups: diff.groups };
    });
    welcomeEmails += countWelcomeEmails(planned, options);
    const batchGroups = collectNewGroups(diffs);
    newGroupRows += batchGroups.rows;
    for (const name of batchGroups.names) if (!newGroupNames.has(groupNameKey(name))) newGroupNames.set(groupNameKey(name), name);
    return planned;
  }

  /** The totals of every row planned so far. */
  function totals(): PlanTotals {
    return {
      counts: { ...counts },
      welcomeEmails,
      newGroups: { names: sortGroupNames([...newGroupNames.values()]), rows: newGroupRows },
      hasGroupsColumn: groupsColumn || Object.values(mapping).includes(GROUPS_KEY),
    };
  }

  return { plan, totals };
}

/**
 * The plan of some of a draft's rows. Duplicates are found among the rows given, so a subset is
 * planned as in the whole file only when it holds no row another row duplicates (rows already
 * planned as errors, which the stored plan keeps).
 */
export async function planRows(
  db: PrismaClient,
  organisationId: string,
  job: PlannedJob,
  fields: Awaited<ReturnType<typeof listFields>>,
  options: ImportOptions,
  rows: PlanInputRow[],
): Promise<PlannedRow[]> {
  return createPlanner(db, organisationId, job, fields, options).plan(rows);
}

/**
 * What confirming this import would do, computed against the database
 * without writing anything: the same validation and diff the background
 * job applies. Every row in one array: for tests and small drafts; the
 * review stores its plan batch by batch instead (stored-plan/).
 */
export async function planImport(db: PrismaClient, organisationId: string, importId: string) {
  const job = await db.importJob.findFirstOrThrow({ where: { id: importId, organisationId } });
  const fields = await listFields(db, organisationId, { withGroups: true });
  const options = readOptions(job.options);
  const planner = createPlanner(db, organisationId, job, fields, options);
  const rows: PlannedRow[] = [];
  for await (const batch of readImportRowBatches(db, importId)) rows.push(...(await planner.plan(batch)));
  return { job, fields, options, rows, ...planner.totals() };
}

export type ImportPlan = Awaited<ReturnType<typeof planImport>>;
