import type { ImportMode, ParsedFile, RecordError } from "@/lib/imports/types";
import { delimiterName, formatCount, joinWithAnd, plural } from "@/lib/imports/message-format";
import { MODE_LABELS } from "@/lib/server/imports/import-options";
import { countWelcomeEmails, type PlanCounts } from "@/lib/server/imports/plan-import";
import { plannedWelcomeMessage } from "@/lib/imports/welcome-message";
import type { PlannedRecord } from "@/lib/server/imports/plan-records";

/** How the import ended: run here to completion, or handed to Inngest. */
export interface ImportOutcome {
  id: string;
  status: "COMPLETED" | "FAILED" | "QUEUED" | "RUNNING";
  error: string | null;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

export interface ImportReport {
  fileName: string;
  mode: ImportMode;
  dryRun: boolean;
  /** --welcome: new users (other than those the file archives) get a welcome email. */
  sendWelcome: boolean;
  file: Pick<ParsedFile, "encoding" | "delimiter" | "rows">;
  fileErrors: string[];
  counts: PlanCounts;
  rows: PlannedRecord[];
  /** Only when the file has a Groups column. */
  newGroups?: { names: string[]; rows: number };
  /** --new-groups: what happens to rows naming a group that doesn't exist. */
  createGroups?: boolean;
  /** Only for a real import that wrote something; null when there was nothing to import. */
  outcome?: ImportOutcome | null;
}

export interface JsonRow {
  row: number;
  email: string;
  action: PlannedRecord["action"];
  firstName: string | null;
  lastName: string | null;
  errors: RecordError[];
  /** Only on skipped rows (modes create and update). */
  reason?: string;
  /** Only when the file has a Groups column: the user's groups after the import; null when the row isn't imported. */
  groups?: string[] | null;
}

export interface JsonReport {
  file: { encoding: string; delimiter: string; rows: number };
  fileErrors: { message: string }[];
  /** `skip` only in modes create and update: upsert never skips a row. */
  summary: { create: number; update: number; unchanged: number; error: number; skip?: number };
  rows: JsonRow[];
  /** Only when the file has a Groups column: groups the import creates (or, with --new-groups error, refuses). */
  newGroups?: string[];
  /** Only for a real (not dry-run) import. */
  import?: ImportOutcome | null;
}

export function toJsonReport(report: ImportReport): JsonReport {
  const { counts } = report;
  const json: JsonReport = {
    file: { encoding: report.file.encoding, delimiter: report.file.delimiter, rows: report.file.rows.length },
    fileErrors: report.fileErrors.map((message) => ({ message })),
    summary: {
      create: counts.create,
      update: counts.update,
      unchanged: counts.unchanged,
      error: counts.error,
      ...(report.mode === "upsert" ? {} : { skip: counts.skip }),
    },
    rows: report.rows.map((r) => ({
      row: r.rowNumber,
      email: r.email,
      action: r.action,
      firstName: r.firstName,
      lastName: r.lastName,
      errors: r.errors,
      ...(r.action === "skip" && r.reason ? { reason: r.reason } : {}),
      ...(r.groupsAfter !== undefined ? { groups: r.groupsAfter } : {}),
    })),
    ...(report.newGroups ? { newGroups: report.newGroups.names } : {}),
  };
  if (!report.dryRun) json.import = report.outcome ?? null;
  return json;
}

export const PROBLEM_ROWS_SHOWN = 20;

function problemText(row: PlannedRecord): string {
  const text = row.errors.map((e) => e.message).join(" ") || row.reason || "";
  return text.startsWith(`Row ${row.rowNumber}`) ? text : `Row ${row.rowNumber} (${row.email || "no email"}): ${text}`;
}

function table(entries: [string, number][]): string[] {
  const width = Math.max(...entries.map(([label]) => label.length));
  const numbers = entries.map(([, n]) => formatCount(n));
  const numberWidth = Math.max(...numbers.map((n) => n.length));
  return entries.map(([label], i) => `  ${label.padEnd(width)}  ${numbers[i]!.padStart(numberWidth)}`);
}

/** The readable summary: file, counts and the first problem rows (how a real import ended: formatOutcome). */
export function formatHumanReport(report: ImportReport): string {
  const { counts, file } = report;
  const lines: string[] = [];
  const encoding = file.encoding ? `${file.encoding.toUpperCase()}, ` : "";
  const delimiter = file.delimiter ? `${delimiterName(file.delimiter)}-separated, ` : "";
  lines.push(`File: ${report.fileName} (${encoding}${delimiter}${plural(file.rows.length, "row")})`);
  lines.push(`Mode: ${MODE_LABELS[report.mode]}${report.dryRun ? " (dry run: nothing was written)" : ""}`);

  if (report.fileErrors.length) {
    lines.push("", "The file was refused:", ...report.fileErrors.map((message) => `  ${message}`));
    return lines.join("\n");
  }

  const entries: [string, number][] = [
    ["Create", counts.create],
    ["Update", counts.update],
    ["Unchanged", counts.unchanged],
  ];
  if (report.mode !== "upsert") entries.push(["Skip", counts.skip]);
  entries.push(["Error", counts.error]);
  lines.push("", ...table(entries));
  if (counts.archive > 0) lines.push(`  (${plural(counts.archive, "update")} archive${counts.archive === 1 ? "s" : ""} a user)`);
  if (report.newGroups?.names.length) {
    const { names, rows } = report.newGroups;
    const listed = names.length > 10 ? `${names.slice(0, 10).join(", ")} and ${formatCount(names.length - 10)} more` : joinWithAnd(names);
    lines.push(
      "",
      report.createGroups === false
        ? `${plural(names.length, "group")} named in the file ${names.length === 1 ? "doesn't" : "don't"} exist: ${listed}. ${plural(rows, "row")} naming them will not be imported (--new-groups error).`
        : `${plural(names.length, "new group")} will be created: ${listed}.`,
    );
  }
  const welcomeEmails = countWelcomeEmails(report.rows, { sendWelcome: report.sendWelcome });
  lines.push("", plannedWelcomeMessage({ sendWelcome: report.sendWelcome, created: counts.create, welcomeEmails }));

  const problems = report.rows.filter((r) => r.action === "error" || r.action === "skip");
  if (problems.length) {
    const shown = problems.slice(0, PROBLEM_ROWS_SHOWN);
    const heading = problems.length > shown.length ? `first ${shown.length} of ${formatCount(problems.length)}` : formatCount(problems.length);
    lines.push("", `Rows that will not be imported (${heading}):`, ...shown.map((r) => `  ${problemText(r)}`));
    if (problems.length > shown.length) lines.push("  Run with --json to list every row.");
  }
  return lines.join("\n");
}

export function formatOutcome(outcome: ImportOutcome | null): string {
  if (!outcome) return "Nothing to import: every row is unchanged, skipped or has an error.";
  const { id, status } = outcome;
  if (status === "QUEUED" || status === "RUNNING") return `Import ${id} queued on Inngest; it runs in the background.`;
  const counts =
    `${formatCount(outcome.created)} created, ${formatCount(outcome.updated)} updated, ${formatCount(outcome.unchanged)} unchanged, ` +
    `${formatCount(outcome.skipped)} skipped, ${formatCount(outcome.failed)} failed`;
  if (status === "FAILED") return `Import ${id} failed: ${outcome.error ?? "unknown error"}\n  So far: ${counts}.`;
  return `Import ${id} completed: ${counts}.`;
}
