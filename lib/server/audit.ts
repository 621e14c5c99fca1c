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
  | "learners.archived"
  | "learners.unarchived"
  | "fields.changed";

export async function audit(
  db: PrismaClient,
  entry: { action: AuditAction; organisationId?: string | null; adminId?: string | null; ip?: string | null; detail?: InputJsonValue },
) {
  await db.auditLog.create({
    data: {
      action: entry.action,
      organisationId: entry.organisationId ?? null,
      adminId: entry.adminId ?? null,
      ip: entry.ip ?? null,
      detail: entry.detail ?? {},
    },
  });
}
