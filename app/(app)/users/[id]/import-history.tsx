import Link from "next/link";
import { ActionBadge } from "@/components/imports/action-badge";
import { ImportStatusBadge } from "@/components/imports/status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { LEARNER_IMPORTS_LIMIT, type LearnerImportRow } from "@/lib/server/learners/list-learner-imports";
import { GroupChangeText } from "@/components/imports/group-change-text";
import { groupChange } from "@/lib/imports/group-change";
import { LocalDate } from "@/components/app-shell/local-date";

const SOURCE_LABELS = { CSV: "CSV file", TEXTBOX: "Pasted list", CLI: "Command line", API: "API", SCIM: "Directory sync" } as const;

/** Every import whose file contained this user, with what the import did to them. */
export function ImportHistory({ rows }: { rows: LearnerImportRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No import has included this user yet.</p>;
  return (
    <>
      <Table aria-label="Imports that included this user">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead scope="col">Import</TableHead>
            <TableHead scope="col">File</TableHead>
            <TableHead scope="col">By</TableHead>
            <TableHead scope="col">Row</TableHead>
            <TableHead scope="col">Outcome</TableHead>
            <TableHead scope="col">Details</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.importId}:${row.rowNumber}`}>
              <TableCell>
                <Link
                  href={`/imports/${row.importId}`}
                  className="rounded-sm font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                >
                  <LocalDate value={row.job.createdAt} withTime />
                </Link>
              </TableCell>
              <TableCell className="max-w-56 truncate">{row.job.fileName ?? SOURCE_LABELS[row.job.source]}</TableCell>
              <TableCell>{row.job.admin?.name ?? row.job.apiToken?.name ?? "—"}</TableCell>
              <TableCell className="tabular-nums">{row.rowNumber}</TableCell>
              <TableCell>
                <span className="flex gap-1">
                  <ActionBadge action={row.outcome} />
                  {row.job.status === "UNDONE" && <ImportStatusBadge status="UNDONE" />}
                </span>
              </TableCell>
              <TableCell className="min-w-48 whitespace-normal text-muted-foreground">
                {row.message ?? ""}
                {groupChange(row.previous, row.applied) && <GroupChangeText change={groupChange(row.previous, row.applied)!} />}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length === LEARNER_IMPORTS_LIMIT && <p className="mt-3 text-sm text-muted-foreground">Showing the {LEARNER_IMPORTS_LIMIT} most recent imports.</p>}
    </>
  );
}
