import { ToneBadge } from "@/components/badges/tone-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { TeamList } from "@/lib/server/team/list-team";
import { LocalDate } from "@/components/app-shell/local-date";
import { RemoveAdminDialog } from "./remove-admin-dialog";
import { RoleSelect } from "./role-select";

const LAST_OWNER = "The only owner: make someone else an owner first.";

export function AdminsTable({ admins, currentAdminId, canManage, owners }: { admins: TeamList["admins"]; currentAdminId: string; canManage: boolean; owners: number }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow className="bg-muted/40">
            <TableHead>Name</TableHead>
            <TableHead>Username</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Last login</TableHead>
            {canManage && (
              <TableHead className="text-right">
                <span className="sr-only">Actions</span>
              </TableHead>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {admins.map((member) => {
            const you = member.id === currentAdminId;
            const lastOwner = member.role === "OWNER" && owners === 1;
            return (
              <TableRow key={member.id}>
                <TableCell className="align-middle">
                  <span className="font-medium">{member.name}</span>
                  {you && (
                    <span className="ml-2">
                      <ToneBadge tone="neutral">You</ToneBadge>
                    </span>
                  )}
                </TableCell>
                <TableCell className="align-middle font-mono text-[13px]">{member.username}</TableCell>
                <TableCell className="align-middle break-all">{member.email}</TableCell>
                <TableCell className="align-middle">
                  {canManage ? (
                    <RoleSelect admin={{ id: member.id, name: member.name, role: member.role }} you={you} lockedReason={lastOwner ? LAST_OWNER : undefined} />
                  ) : (
                    <ToneBadge tone={member.role === "OWNER" ? "info" : "neutral"}>{ROLE_LABELS[member.role]}</ToneBadge>
                  )}
                </TableCell>
                <TableCell className="align-middle text-sm">
                  {member.lastLoginAt ? <LocalDate value={member.lastLoginAt} withTime /> : <span className="text-muted-foreground">Never</span>}
                </TableCell>
                {canManage && (
                  <TableCell className="text-right align-middle">
                    <RemoveAdminDialog admin={{ id: member.id, name: member.name, username: member.username }} you={you} lockedReason={lastOwner ? LAST_OWNER : undefined} />
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
