import type { PrismaClient } from "@/generated/prisma/client";
import type { InputJsonValue } from "@/generated/prisma/internal/prismaNamespace";

export type AuditAction =
  | "login.succeeded"
  | "login.failed"
  | "login.throttled"
  | "password.changed"
  | "password.reset"
  | "password.reset_requested"
  | "username.reminder_requested"
  | "account.updated"
  | "import.queued"
  | "import.completed"
  | "import.failed"
  | "import.retried"
  | "import.undone"
  | "import.data_purged"
  | "learners.archived"
  | "learners.unarchived"
  | "learners.erased"
  | "fields.changed"
  | "api_token.created"
  | "api_token.revoked"
  | "groups.changed"
  | "groups.members_changed"
  | "scim.user_provisioned"
  | "scim.user_updated"
  | "scim.user_deprovisioned"
  | "scim.group_provisioned"
  | "scim.group_updated"
  | "scim.group_deleted"
  | "admin.invited"
  | "admin.invitation_resent"
  | "admin.invitation_revoked"
  | "admin.joined"
  | "admin.role_changed"
  | "admin.removed"
  | "scim.settings_changed"
  | "organisation.settings_changed";

/** The API token behind an action: its name goes into the entry, never its secret. */
export interface AuditToken {
  id: string;
  name: string;
}

/** Takes a transaction too, so an entry can commit or roll back with what it records. */
export async function audit(
  db: Pick<PrismaClient, "auditLog">,
  entry: { action: AuditAction; organisationId?: string | null; adminId?: string | null; token?: AuditToken | null; ip?: string | null; detail?: Record<string, InputJsonValue | null> },
) {
  const detail = entry.token ? { ...entry.detail, token: entry.token.name } : (entry.detail ?? {});
  await db.auditLog.create({
    data: {
      action: entry.action,
      organisationId: entry.organisationId ?? null,
      adminId: entry.adminId ?? null,
      apiTokenId: entry.token?.id ?? null,
      ip: entry.ip ?? null,
      detail,
    },
  });
}
