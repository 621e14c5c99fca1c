import { ToneBadge } from "@/components/badges/tone-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ScimErrorRow } from "@/lib/server/scim/list-scim-errors";
import { LocalDate } from "@/components/app-shell/local-date";

/** Failed requests with the sentence the identity provider was answered with: what its provisioning log shows, without opening it. */
export function ErrorsTable({ rows }: { rows: ScimErrorRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table aria-label="Recent errors">
        <TableHeader>
          <TableRow className="bg-muted/40">
            <TableHead>When</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Request</TableHead>
            <TableHead>What Rollcall answered</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="whitespace-nowrap align-top text-sm">
                <LocalDate value={row.at} withTime />
              </TableCell>
              <TableCell className="align-top">
                <ToneBadge tone={row.status >= 500 ? "danger" : "warning"}>{row.status}</ToneBadge>
                {row.scimType && <div className="mt-1 font-mono text-xs text-muted-foreground">{row.scimType}</div>}
              </TableCell>
              <TableCell className="max-w-72 align-top">
                <code className="break-all text-xs">
                  {row.method} {row.path}
                </code>
                <div className="text-xs text-muted-foreground">{row.tokenName}</div>
              </TableCell>
              <TableCell className="min-w-64 align-top text-sm whitespace-normal">{row.detail}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
