import type { PrismaClient } from "@/generated/prisma/client";
import { matchHeaders, missingRequired } from "@/lib/imports/match-headers";
import { joinWithAnd } from "@/lib/imports/message-format";
import { parseCsvBytes } from "@/lib/imports/parse";
import type { FieldDef, ImportRecord, Mapping, ParsedFile, RecordError } from "@/lib/imports/types";
import { buildRecords, diffRecord } from "@/lib/imports/validate";
import { findLearnersByEmailKey } from "@/lib/server/imports/existing-learners";
import type { ImportOptions } from "@/lib/server/imports/import-options";
import type { PlanCounts, PlannedNewGroups, PlannedRow } from "@/lib/server/imports/plan-import";
import { GROUPS_KEY } from "@/lib/fields";
import { collectNewGroups, groupDiffOptions } from "@/lib/server/groups/import-groups";
import type { RecordDiff } from "@/lib/imports/types";

export interface ReadFile {
  file: ParsedFile;
  /** The automatic mapping, as the wizard's mapping step suggests it. */
  mapping: Mapping;
  /** Why the file is refused as a whole; empty when it can be imported. */
  fileErrors: string[];
}

/**
 * Decodes, parses and maps an uploaded file the way the wizard does. A file
 * the wizard couldn't get past its mapping step (a required field with no
 * column) is refused here, since nobody is there to map it by hand.
 */
export function readImportFile(bytes: Uint8Array, fields: FieldDef[]): ReadFile {
  const file = parseCsvBytes(bytes);
  if (file.fileErrors.length) return { file, mapping: {}, fileErrors: file.fileErrors };
  const mapping = matchHeaders(file.headers, fields);
  const missing = missingRequired(mapping, fields);
  if (missing.length === 0) return { file, mapping, fileErrors: [] };
  const labels = missing.map((field) => field.label);
  const columns = missing.length === 1 ? "a column" : "columns";
  return {
    file,
    mapping,
    fileErrors: [
      `No column in this file matches ${joinWithAnd(labels)}. Add ${columns} headed ${joinWithAnd(labels.map((l) => `“${l}”`))} ` +
        `and run the import again. The file's headers are: ${file.headers.map((h) => `“${h}”`).join(", ")}.`,
    ],
  };
}

export interface PlannedRecord extends PlannedRow {
  firstName: string | null;
  lastName: string | null;
  /**
   * With a Groups column: the learner's groups after the import (a blank
   * cell keeps the current ones); null for rows that won't be imported.
   * Undefined when the file has no Groups column.
   */
  groupsAfter?: string[] | null;
}

export interface RecordsPlan {
  counts: PlanCounts;
  rows: PlannedRecord[];
  /** Only with a Groups column. */
  newGroups?: PlannedNewGroups;
}

/**
 * What importing this parsed file would do, without writing anything: the
 * same validation and diff as planImport (the wizard's review) and the
 * background job, but straight from the file instead of a stored draft.
 */
export async function planRecords(
  db: Pick<PrismaClient, "learner" | "group" | "$queryRaw">,
  input: {
    organisationId: string;
    file: Pick<ParsedFile, "headers" | "rows" | "rowIssues">;
    mapping: Mapping;
    fields: FieldDef[];
    options: Pick<ImportOptions, "mode" | "blankClears" | "groupsMode" | "newGroups">;
  },
): Promise<RecordsPlan> {
  const { file, options } = input;
  const source = "csv";
  const { records } = buildRecords(file, input.mapping, input.fields, { source, blankClears: options.blankClears });
  // A draft keeps one parse problem per row (the last); the review and the job report that one.
  const parseIssues = new Map(file.rowIssues.map((issue) => [issue.rowNumber, issue.message]));
  const hasGroupsColumn = Object.values(input.mapping).includes(GROUPS_KEY);
  const existing = await findLearnersByEmailKey(db, input.organisationId, records.filter((r) => r.emailKey).map((r) => r.emailKey), { withGroups: hasGroupsColumn });
  const groups = await groupDiffOptions(db, input.organisationId, records, options);
  const diffs: RecordDiff[] = [];

  const counts: PlanCounts = { create: 0, update: 0, unchanged: 0, archive: 0, skip: 0, error: 0 };
  const rows = records.map((record: ImportRecord): PlannedRecord => {
    const issue = parseIssues.get(record.rowNumber);
    const errors: RecordError[] = issue ? [{ field: "row", message: issue }, ...record.errors] : record.errors;
    const current = existing.get(record.emailKey) ?? null;
    const diff = diffRecord({ ...record, errors }, current, { mode: options.mode, source, groups });
    diffs.push(diff);
    const saved = diff.action === "create" || diff.action === "update" || diff.action === "unchanged";
    const archives = diff.changes.some((c) => c.field === "active" && c.to === false);
    counts[diff.action] += 1;
    if (archives) counts.archive += 1;
    return {
      rowNumber: record.rowNumber,
      email: record.email,
      firstName: record.values.firstName ?? null,
      lastName: record.values.lastName ?? null,
      action: diff.action,
      changes: diff.changes,
      // A new learner without names is an error found by the diff, not by a cell: report it too.
      errors: diff.action === "error" && errors.length === 0 && diff.reason ? [{ field: "row", message: diff.reason }] : errors,
      reason: diff.reason,
      archives,
      groups: diff.groups,
      ...(hasGroupsColumn ? { groupsAfter: saved ? (diff.groups ?? current?.groups ?? []) : null } : {}),
    };
  });
  return { counts, rows, ...(hasGroupsColumn ? { newGroups: collectNewGroups(diffs) } : {}) };
}
