import Link from "next/link";
import { ActionBadge } from "@/components/imports/action-badge";
import { ImportStatusBadge } from "@/components/imports/status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { LEARNER_IMPORTS_LIMIT, type LearnerImportRow } from "@/lib/server/learners/list-learner-imports";
import type { LearnerGroupChangeRow } from "@/lib/server/learners/list-learner-group-changes";
import { GroupChangeText } from "@/components/imports/group-change-text";
import { groupChange } from "@/lib/imports/group-change";
import { LocalDate } from "@/components/app-shell/local-date";

const SOURCE_LABELS = { CSV: "CSV file", TEXTBOX: "Pasted list", CLI: "Command line", API: "API", SCIM: "Directory sync" } as const;

type Entry = { kind: "import"; at: Date; row: LearnerImportRow } | { kind: "group"; at: Date; change: LearnerGroupChangeRow };

/**
 * Every import whose file contained this user, with what it did to them,
 * and the groups the directory added them to or removed them from, in one
 * list, newest first.
 */
export function ImportHistory({ rows, groupChanges = [] }: { rows: LearnerImportRow[]; groupChanges?: LearnerGroupChangeRow[] }) {
  if (rows.length === 0 && groupChanges.length === 0) return <p className="text-sm text-muted-foreground">No import or directory sync has changed this user yet.</p>;
  const entries: Entry[] = [
    ...rows.map((row) => ({ kind: "import" as const, at: row.job.createdAt, row })),
    ...groupChanges.map((change) => ({ kind: "group" as const, at: change.createdAt, change })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <>
      <Table aria-label="Imports and directory sync changes that included this user">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead scope="col">Date</TableHead>
            <TableHead scope="col">Source</TableHead>
            <TableHead scope="col">By</TableHead>
            <TableHead scope="col">Row</TableHead>
            <TableHead scope="col">Outcome</TableHead>
            <TableHead scope="col">Details</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>{entries.map((entry) => (entry.kind === "import" ? <ImportEntry key={`i:${entry.row.importId}:${entry.row.rowNumber}`} row={entry.row} /> : <GroupEntry key={`g:${entry.change.id}`} change={entry.change} />))}</TableBody>
      </Table>
      {(rows.length === LEARNER_IMPORTS_LIMIT || groupChanges.length === LEARNER_IMPORTS_LIMIT) && <p className="mt-3 text-sm text-muted-foreground">Showing the {LEARNER_IMPORTS_LIMIT} most recent imports and group changes.</p>}
    </>
  );
}

function ImportEntry({ row }: { row: LearnerImportRow }) {
  const change = groupChange(row.previous, row.applied);
  return (
    <TableRow>
      <TableCell>
        <Link href={`/imports/${row.importId}`} className="rounded-sm font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50">
          <LocalDate value={row.job.createdAt} withTime />
        </Link>
      </TableCell>
      <TableCell className="max-w-56 truncate">{row.job.fileName ?? SOURCE_LABELS[row.job.source]}</TableCell>
      <TableCell>{row.job.admin?.name ?? row.job.apiToken?.name ?? "—"}</TableCell>
      {/* A directory sync request is a one-row import: its "row 2" is no row of any file. */}
      <TableCell className="tabular-nums">{row.job.source === "SCIM" ? <span className="text-muted-foreground">—</span> : row.rowNumber}</TableCell>
      <TableCell>
        <span className="flex gap-1">
          <ActionBadge action={row.outcome} />
          {row.job.status === "UNDONE" && <ImportStatusBadge status="UNDONE" />}
        </span>
      </TableCell>
      <TableCell className="min-w-48 whitespace-normal text-muted-foreground">
        {row.message ?? (row.job.dataPurgedAt ? "Details deleted under the retention policy." : "")}
        {change && <GroupChangeText change={change} />}
      </TableCell>
    </TableRow>
  );
}

/** A membership the directory changed: no import, so no file row and no link; the group's page when it still exists. */
function GroupEntry({ change }: { change: LearnerGroupChangeRow }) {
  return (
    <TableRow>
      <TableCell className="font-medium">
        <LocalDate value={change.createdAt} withTime />
      </TableCell>
      <TableCell>{SOURCE_LABELS[change.source]}</TableCell>
      <TableCell>{change.actor}</TableCell>
      <TableCell className="text-muted-foreground">—</TableCell>
      <TableCell>
        <ActionBadge action="UPDATED" />
      </TableCell>
      <TableCell className="min-w-48 whitespace-normal text-muted-foreground">
        <GroupChangeText change={change.added ? { added: [change.groupName], removed: [] } : { added: [], removed: [change.groupName] }} />
      </TableCell>
    </TableRow>
  );
}
