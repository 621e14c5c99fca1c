import { FIRST_ORGANISATION_COMMAND } from "@/lib/db/startup-message";
import { formatCount, plural } from "@/lib/imports/message-format";
import type { InvitationDelivery } from "@/lib/server/team/invite-admin";
import type { OrganisationSummary } from "@/lib/server/organisations/list-organisations";


const day = (date: Date) => date.toISOString().slice(0, 10);

/** `org list`: one aligned row per organisation, under a header. */
export function formatOrganisationTable(organisations: OrganisationSummary[]): string {
  if (organisations.length === 0) return `No organisations yet. Create the first one with:\n  ${FIRST_ORGANISATION_COMMAND}`;
  const rows = organisations.map((o) => [
    o.slug,
    o.name,
    day(o.createdAt),
    o.pendingInvitations ? `${formatCount(o.admins)} (${formatCount(o.pendingInvitations)} invited)` : formatCount(o.admins),
    formatCount(o.learners),
  ]);
  const table = [["SLUG", "NAME", "CREATED", "ADMINS", "LEARNERS"], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const numeric = new Set([3, 4]);
  const lines = table.map((row) => row.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join("  ").trimEnd());
  return [...lines, "", plural(organisations.length, "organisation")].join("\n");
}

export interface CreatedOrganisation {
  slug: string;
  name: string;
  owner: { name: string; email: string };
  acceptUrl: string;
  delivery: InvitationDelivery;
  invitationDays: number;
}

/**
 * What `org create` says: the messages (stderr) and, when the owner didn't get
 * the email, the link alone on stdout, so `… | pbcopy` takes just the link.
 */
export function formatCreated(created: CreatedOrganisation): { messages: string; link: string | null } {
  const { owner, delivery } = created;
  const head = `Created the organisation “${created.name}” (slug ${created.slug}) with the built-in profile fields, and invited ${owner.name} <${owner.email}> as its Owner.`;
  const validity = `The link works once, for ${created.invitationDays} days.`;
  if (delivery.status === "sent") {
    return { messages: `${head}\nThe invitation was emailed to ${owner.email}. ${validity}\nThey choose a username and password, then sign in to an empty organisation.`, link: null };
  }
  const why = delivery.status === "outbox" ? "No email was sent: RESEND_API_KEY is not set." : `The invitation email to ${owner.email} could not be sent: ${delivery.error.replace(/\.$/, "")}.`;
  return { messages: `${head}\n${why} Give ${owner.name} this link to choose a username and password. ${validity}`, link: created.acceptUrl };
}
