/**
 * Gets the database ready before the app or the CLI starts: applies
 * migrations, seeds the demo organisation, and on the embedded default
 * generates a local auth secret. Prints what it did.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { prepareDatabase } from "@/lib/db/prepare";
import { outboxUrl } from "@/lib/email/outbox";
import { dataDir, env, localSecretPath } from "@/lib/env";

function ensureLocalSecret() {
  if (env.AUTH_SECRET || existsSync(localSecretPath)) return;
  mkdirSync(dirname(localSecretPath), { recursive: true });
  writeFileSync(localSecretPath, randomBytes(32).toString("base64url"), { mode: 0o600 });
}

const result = await prepareDatabase();
ensureLocalSecret();

const where = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PostgreSQL (PGlite) in ${env.PGLITE_DATA_DIR}`;
console.log(`Database: ${where}; ${result.applied.length} migration(s) applied.`);
if (result.seed.created) {
  const passwordFile = join(dataDir, "demo-admin-password.txt");
  if (!env.DATABASE_URL) writeFileSync(passwordFile, result.seed.password + "\n", { mode: 0o600 });
  console.log(
    `Seeded organisation "Demo Training Ltd" (slug demo).\n` +
      `  Log in at http://localhost:${env.PORT}/login as  ${result.seed.username}  /  ${result.seed.password}`,
  );
} else {
  const hint = env.DATABASE_URL ? "" : ` (password in ${join(".data", "demo-admin-password.txt")} unless you changed it)`;
  console.log(`Demo organisation ready. Log in at http://localhost:${env.PORT}/login as ${result.seed.username}${hint}.`);
}
const outbox = outboxUrl();
if (outbox) console.log(`Emails are not sent (no RESEND_API_KEY); read them at ${outbox}`);
