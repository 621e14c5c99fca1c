import { ToneBadge, type ToneStyle } from "@/components/badges/tone-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiTokenListRow, ApiTokenState } from "@/lib/server/api-tokens/list-api-tokens";
import { LocalDate } from "@/components/app-shell/local-date";
import { RevokeTokenButton } from "./revoke-token-button";

const STATES: Record<ApiTokenState, ToneStyle> = {
  active: { label: "Active", tone: "success" },
  expired: { label: "Expired", tone: "warning" },
  revoked: { label: "Revoked", tone: "neutral" },
};

function When({ value, empty }: { value: Date | null; empty: string }) {
  return value ? <LocalDate value={value} withTime /> : <span className="text-muted-foreground">{empty}</span>;
}

export function TokensTable({ tokens }: { tokens: ApiTokenListRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow className="bg-muted/40">
            <TableHead>Name</TableHead>
            <TableHead>Scopes</TableHead>
            <TableHead>Created</TableHead>
            <TableHead>Last used</TableHead>
            <TableHead>Expires</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.map((token) => (
            <TableRow key={token.id} className={token.state === "active" ? undefined : "text-muted-foreground"}>
              <TableCell className="align-top">
                <div className="font-medium text-foreground">{token.name}</div>
                <code className="text-xs text-muted-foreground">{token.prefix}…</code>
              </TableCell>
              <TableCell className="align-top">
                <ul className="flex max-w-56 flex-wrap gap-1">
                  {token.scopes.map((scope) => (
                    <li key={scope}>
                      <code className="rounded bg-muted px-1.5 py-0.5 text-xs">{scope}</code>
                    </li>
                  ))}
                </ul>
              </TableCell>
              <TableCell className="align-top text-sm">
                <LocalDate value={token.createdAt} />
                <div className="text-xs text-muted-foreground">by {token.createdBy ?? "the command line"}</div>
              </TableCell>
              <TableCell className="align-top text-sm">
                <When value={token.lastUsedAt} empty="Never" />
              </TableCell>
              <TableCell className="align-top text-sm">
                {token.revokedAt ? (
                  <span>
                    Revoked <LocalDate value={token.revokedAt} />
                  </span>
                ) : (
                  <When value={token.expiresAt} empty="Never" />
                )}
              </TableCell>
              <TableCell className="align-top">
                <ToneBadge tone={STATES[token.state].tone}>{STATES[token.state].label}</ToneBadge>
              </TableCell>
              <TableCell className="text-right align-top">{token.state === "active" && <RevokeTokenButton id={token.id} name={token.name} />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
