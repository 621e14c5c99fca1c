import Link from "next/link";
import { ToneBadge, type ToneStyle } from "@/components/badges/tone-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ScimActivityRow, ScimChange } from "@/lib/server/scim/list-scim-activity";
import { LocalDate } from "@/components/app-shell/local-date";

const CHANGES: Record<ScimChange, ToneStyle> = {
  provisioned: { label: "Provisioned", tone: "success" },
  updated: { label: "Updated", tone: "info" },
  deprovisioned: { label: "Deprovisioned", tone: "neutral" },
};

/** The identity provider's latest changes, each linked to the user and to the one-row import that made it (undo lives there). */
export function ActivityTable({ rows }: { rows: ScimActivityRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table aria-label="Last sync activity">
        <TableHeader>
          <TableRow className="bg-muted/40">
            <TableHead>When</TableHead>
            <TableHead>Change</TableHead>
            <TableHead>User</TableHead>
            <TableHead>Token</TableHead>
            <TableHead className="text-right">
              <span className="sr-only">Details</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="whitespace-nowrap text-sm">
                <LocalDate value={row.at} withTime />
              </TableCell>
              <TableCell>
                <ToneBadge tone={CHANGES[row.change].tone}>{CHANGES[row.change].label}</ToneBadge>
                {row.outcome === "unchanged" && <span className="ml-2 text-xs text-muted-foreground">no change</span>}
              </TableCell>
              <TableCell className="text-sm">
                {row.learner ? (
                  <Link href={`/users/${row.learner.id}`} className="font-medium underline-offset-4 hover:underline">
                    {row.learner.name}
                  </Link>
                ) : (
                  <span className="text-muted-foreground">No longer in Rollcall</span>
                )}
                <div className="text-xs text-muted-foreground">{row.userName}</div>
              </TableCell>
              <TableCell className="text-sm text-muted-foreground">{row.tokenName ?? "—"}</TableCell>
              <TableCell className="text-right text-sm">
                {row.importId && (
                  <Link href={`/imports/${row.importId}`} className="text-muted-foreground underline-offset-4 hover:text-foreground hover:underline">
                    View change<span className="sr-only"> to {row.userName}</span>
                  </Link>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
