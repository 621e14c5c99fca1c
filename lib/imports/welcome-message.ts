import { plural } from "./message-format";

/**
 * The review's sentence about welcome emails, from the server's count:
 * new users get one unless the file archives them or the admin turned
 * them off.
 */
export function plannedWelcomeMessage(input: { sendWelcome: boolean; created: number; welcomeEmails: number }): string {
  const { sendWelcome, created, welcomeEmails } = input;
  if (!sendWelcome) return "No welcome emails will be sent.";
  if (created === 0) return "No welcome emails will be sent: there are no new users.";
  const archived = created - welcomeEmails;
  if (welcomeEmails === 0) return `No welcome emails will be sent: ${archived === 1 ? "the new user is" : "every new user is"} imported as archived.`;
  const sent = `${plural(welcomeEmails, "new user")} will get a welcome email`;
  return archived === 0 ? `${sent}.` : `${sent}; ${plural(archived, "new user")} imported as archived won't.`;
}
