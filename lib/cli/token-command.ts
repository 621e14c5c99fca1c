import type { PrismaClient } from "@/generated/prisma/client";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { EXIT } from "./args";
import { unknownOrganisation } from "./find-organisation";
import type { CliIo } from "./io";
import { expiresAfterDays } from "@/lib/validations/api-tokens";
import type { TokenCommand } from "./token-args";

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? "never";

/** `token create|list|revoke`: the settings page's token management, for automation. Returns the exit status. */
export async function runTokenCommand(db: PrismaClient, cmd: TokenCommand, io: CliIo): Promise<number> {
  const organisation = await db.organisation.findUnique({ where: { slug: cmd.org }, select: { id: true } });
  if (!organisation) {
    io.err(await unknownOrganisation(db, cmd.org));
    return EXIT.failure;
  }
  const organisationId = organisation.id;

  if (cmd.action === "create") {
    const expiresAt = expiresAfterDays(cmd.expiresInDays);
    const token = await createApiToken(db, { organisationId, createdById: null, name: cmd.name, scopes: cmd.scopes, expiresAt });
    if (cmd.json) io.out(JSON.stringify({ id: token.id, name: token.name, scopes: token.scopes, expiresAt: token.expiresAt?.toISOString() ?? null, secret: token.secret }));
    else {
      io.err(`Created the API token “${token.name}” (id ${token.id}) with ${token.scopes.join(", ")}; expires ${day(token.expiresAt)}.`);
      io.err("This is the only time its secret is shown. Store it now:\n");
      io.out(token.secret);
    }
    return EXIT.ok;
  }

  if (cmd.action === "list") {
    const tokens = await listApiTokens(db, organisationId);
    if (cmd.json) {
      const rows = tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null, expiresAt: t.expiresAt?.toISOString() ?? null, revokedAt: t.revokedAt?.toISOString() ?? null }));
      io.out(JSON.stringify(rows));
    } else if (tokens.length === 0) io.out(`No API tokens in ${cmd.org} yet. Create one with: npm run cli -- token create --org ${cmd.org} --name <name> --scopes users:read`);
    else
      for (const t of tokens)
        io.out(`${t.id}  ${t.prefix}…  ${t.state.padEnd(7)}  ${t.name}  [${t.scopes.join(", ")}]  created ${day(t.createdAt)}, last used ${t.lastUsedAt ? day(t.lastUsedAt) : "never"}, expires ${day(t.expiresAt)}`);
    return EXIT.ok;
  }

  const result = await revokeApiToken(db, { organisationId, tokenId: cmd.id, adminId: null });
  if (!result.ok) {
    io.err(`No API token in ${cmd.org} has the id "${cmd.id}". Run \`npm run cli -- token list --org ${cmd.org}\` to see the ids.`);
    return EXIT.failure;
  }
  if (cmd.json) io.out(JSON.stringify({ id: cmd.id, name: result.name, revoked: true, alreadyRevoked: result.alreadyRevoked }));
  else io.out(result.alreadyRevoked ? `“${result.name}” was already revoked.` : `Revoked “${result.name}”. Requests with it are refused from now on.`);
  return EXIT.ok;
}
