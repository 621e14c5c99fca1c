/** The address part of an EMAIL_FROM like `Rollcall <hello@example.com>` (or a bare `hello@example.com`). */
export function emailAddressOf(from: string): string {
  const angled = /<([^<>]+)>\s*$/.exec(from);
  return (angled ? angled[1]! : from).trim();
}

// RFC 5322 atext plus spaces: a display name made only of these needs no quotes.
const PLAIN_DISPLAY_NAME = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/;

/**
 * `Display Name <address>`, quoted when the name has a character that would
 * otherwise end it or change the header (a comma, a dot, an @, a quote…).
 * Line breaks become spaces: a name must not start a new header.
 */
export function formatSender(displayName: string, address: string): string {
  const name = displayName.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();
  if (!name) return address;
  return PLAIN_DISPLAY_NAME.test(name) ? `${name} <${address}>` : `"${name.replace(/[\\"]/g, "\\$&")}" <${address}>`;
}

export interface OrganisationSender {
  name: string;
  emailSenderName: string | null;
  emailReplyTo: string | null;
}

export interface SenderHeaders {
  from: string;
  replyTo: string | null;
}

/**
 * What an organisation's emails go out as: its sender name (or, unset, its
 * own name) in front of the installation's address, which stays the one
 * the email provider has verified; Reply-To only when the owner set one.
 */
export function senderHeaders(organisation: OrganisationSender, installationFrom: string): SenderHeaders {
  return {
    from: formatSender(organisation.emailSenderName ?? organisation.name, emailAddressOf(installationFrom)),
    replyTo: organisation.emailReplyTo,
  };
}
