import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { prepareDatabase } from "@/lib/db/prepare";
import { dataDir, env, localSecretPath } from "@/lib/env";
import type { CliIo } from "./io";

/**
 * What `npm run dev` does first (scripts/prepare-db.ts), so the CLI works
 * right after install: migrate, seed the demo organisation, and on the
 * embedded default keep its admin password and a local auth secret in
 * .data/ for the app. Quiet unless it changed something; notes go to stderr.
 */
export async function prepareForCli(io: CliIo): Promise<void> {
  const { applied, seed } = await prepareDatabase();
  const embedded = !env.DATABASE_URL;
  if (embedded && !env.AUTH_SECRET && !existsSync(localSecretPath)) {
    mkdirSync(dirname(localSecretPath), { recursive: true });
    writeFileSync(localSecretPath, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  const where = embedded ? `embedded PostgreSQL (PGlite) in ${env.PGLITE_DATA_DIR}` : "PostgreSQL (DATABASE_URL)";
  if (applied.length) io.err(`Database: ${where}; ${applied.length} migration(s) applied.`);
  if (seed.created) {
    const passwordFile = join(dataDir, "demo-admin-password.txt");
    if (embedded) writeFileSync(passwordFile, seed.password + "\n", { mode: 0o600 });
    io.err(`Seeded organisation "Demo Training Ltd" (slug demo); the app's admin login is ${seed.username} / ${seed.password}.`);
  }
}
