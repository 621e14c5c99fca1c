/**
 * Once an email has gone out, the copy we keep must not hold a live
 * single-use link: the database stores only hashes of those tokens.
 */
export function redactSecretLinks(content: string): string {
  return content.replace(/(reset-password\?token=|accept-invitation\?token=|\/welcome\/)[A-Za-z0-9_-]{20,}/g, "$1[redacted]");
}
