import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";

export async function updateProfile(db: PrismaClient, adminId: string, input: { name: string; email: string }) {
  const before = await db.admin.findUniqueOrThrow({ where: { id: adminId } });
  await db.admin.update({ where: { id: adminId }, data: { name: input.name, email: input.email } });
  await audit(db, {
    action: "account.updated",
    organisationId: before.organisationId,
    adminId,
    detail: { nameChanged: before.name !== input.name, emailChanged: before.email !== input.email },
  });
}
