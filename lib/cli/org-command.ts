import type { PrismaClient } from "@/generated/prisma/client";
import { appUrl, env } from "@/lib/env";
import { createOrganisationForOwner } from "@/lib/server/organisations/create-organisation-for-owner";
import { listOrganisations } from "@/lib/server/organisations/list-organisations";
import { INVITATION_DAYS } from "@/lib/server/team/team-rules";
import { EXIT } from "./args";
import type { CliIo } from "./io";
import type { OrgCommand } from "./org-args";
import { formatCreated, formatOrganisationTable } from "./org-report";

/** `org create|list`: the operator's way to take on a customer. Returns the exit status. */
export async function runOrgCommand(db: PrismaClient, cmd: OrgCommand, io: CliIo): Promise<number> {
  if (cmd.action === "list") {
    const organisations = await listOrganisations(db);
    if (cmd.json) io.out(JSON.stringify(organisations.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() }))));
    else io.out(formatOrganisationTable(organisations));
    return EXIT.ok;
  }

  const owner = { name: cmd.ownerName, email: cmd.ownerEmail };
  const result = await createOrganisationForOwner(db, { name: cmd.name, slug: cmd.slug, owner });
  if (!result.ok) {
    io.err(result.error);
    return EXIT.failure;
  }
  const { organisation, invitation } = result;
  if (cmd.json) {
    const link = invitation.delivery.status === "sent" ? null : invitation.acceptUrl;
    io.out(JSON.stringify({ organisation: { slug: organisation.slug, name: organisation.name }, owner, invitation: { id: invitation.id, delivery: invitation.delivery, link, days: INVITATION_DAYS } }));
  } else {
    const said = formatCreated({ slug: organisation.slug, name: organisation.name, owner, acceptUrl: invitation.acceptUrl, delivery: invitation.delivery, invitationDays: INVITATION_DAYS });
    io.err(said.messages);
    if (said.link) io.out(said.link);
  }
  // The link is built from APP_URL: without it, it points at this machine, which the owner can't open.
  if (!env.APP_URL) io.err(`Note: APP_URL is not set, so the invitation link points at ${appUrl()}. Set APP_URL to the address people open Rollcall at.`);
  return EXIT.ok;
}
