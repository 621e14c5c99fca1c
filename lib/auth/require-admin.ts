import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { SESSION_ADMIN_SELECT } from "./session-admin";

export type CurrentAdmin = NonNullable<Awaited<ReturnType<typeof getCurrentAdmin>>>;

/**
 * The signed-in admin and their organisation, loaded from the database.
 * A session whose version is older than the admin's (password changed or
 * reset, role changed since) or whose admin was removed counts as signed out.
 */
export const getCurrentAdmin = cache(async () => {
  const session = await auth();
  if (!session?.adminId) return null;
  const db = await getDb();
  const admin = await db.admin.findUnique({
    where: { id: session.adminId },
    select: SESSION_ADMIN_SELECT,
  });
  if (!admin || admin.removedAt || admin.sessionVersion !== session.sessionVersion || admin.organisationId !== session.organisationId) return null;
  return admin;
});

/** For pages and server actions: the admin, or a redirect to the login page. Pages check their role with requirePermission. */
export async function requireAdmin() {
  const admin = await getCurrentAdmin();
  if (!admin) redirect("/login");
  return admin;
}
