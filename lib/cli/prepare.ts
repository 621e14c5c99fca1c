import { prepareDatabase } from "@/lib/db/prepare";
import type { OpenDatabase } from "@/lib/db/open-database";
import type { CliIo } from "./io";

/**
 * What `npm run dev` does first (scripts/with-database.ts), so the CLI works right after
 * install: migrate, and seed the demo organisation where the app would (lib/db/prepare.ts). Quiet unless it changed something;
 * notes go to stderr.
 */
export async function prepareForCli(database: OpenDatabase, io: CliIo): Promise<void> {
  for (const notice of database.notices) io.err(`Note: ${notice}`);
  const { applied, seed } = await prepareDatabase(database.url, { embedded: database.embedded });
  const where = database.embedded ? "the embedded PostgreSQL in .data/postgres" : "PostgreSQL (DATABASE_URL)";
  if (applied.length) io.err(`Database: ${where}; ${applied.length} migration(s) applied.`);
  if (seed?.created) io.err(`Seeded organisation "Demo Training Ltd" (slug demo); the app's admin login is ${seed.username} / ${seed.password}.`);
}
