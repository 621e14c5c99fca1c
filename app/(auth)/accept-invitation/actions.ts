"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { fail, publicAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import { acceptInvitation } from "@/lib/server/team/accept-invitation";
import { acceptInvitationSchema } from "@/lib/validations/team";

export const acceptInvitationAction = publicAction(acceptInvitationSchema, async (input, db) => {
  const result = await acceptInvitation(db, { ...input, ip: clientIp(await headers()) });
  if (!result.ok) return result.field ? fail(result.error, { [result.field]: [result.error] }) : fail(result.error);
  redirect("/login?notice=invitation-accepted");
});
