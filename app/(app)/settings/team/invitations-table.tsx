import { ToneBadge } from "@/components/badges/tone-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { TeamList } from "@/lib/server/team/list-team";
import { LocalDate } from "@/components/app-shell/local-date";
import { InvitationButtons } from "./invitation-buttons";

export function InvitationsTable({ invitations, canManage }: { invitations: TeamList["invitations"]; canManage: boolean }) {
  const now = new Date();
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow className="bg-muted/40">
            <TableHead>Name</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Sent</TableHead>
            <TableHead>Link</TableHead>
            {canManage && (
              <TableHead className="text-right">
                <span className="sr-only">Actions</span>
              </TableHead>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {invitations.map((invitation) => {
            const expired = invitation.expiresAt <= now;
            return (
              <TableRow key={invitation.id}>
                <TableCell className="align-middle font-medium">{invitation.name}</TableCell>
                <TableCell className="align-middle break-all">{invitation.email}</TableCell>
                <TableCell className="align-middle">
                  <ToneBadge tone="neutral">{ROLE_LABELS[invitation.role]}</ToneBadge>
                </TableCell>
                <TableCell className="align-middle text-sm">
                  <LocalDate value={invitation.sentAt} withTime />
                  {invitation.invitedBy && <div className="text-xs text-muted-foreground">by {invitation.invitedBy.name}</div>}
                </TableCell>
                <TableCell className="align-middle text-sm">
                  {expired ? (
                    <ToneBadge tone="warning">Expired</ToneBadge>
                  ) : (
                    <span>
                      Works until <LocalDate value={invitation.expiresAt} />
                    </span>
                  )}
                </TableCell>
                {canManage && (
                  <TableCell className="text-right align-middle">
                    <InvitationButtons invitation={{ id: invitation.id, name: invitation.name, email: invitation.email }} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
