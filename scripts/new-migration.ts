// Authors the next migration from the difference between prisma/migrations and
// prisma/schema.prisma (= `prisma migrate dev --create-only`) without Prisma's native
// schema engine, by replaying the migrations into a throwaway database on a PostgreSQL server.
// Usage: npm run db:migration:new -- <name>
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_MIGRATIONS_DIR } from "@/lib/db/migrate";
import { LOCKFILE_CONTENT, diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { databaseUrl } from "@/lib/db/scratch-database";
import { dataDir } from "@/lib/data-dir";
import { openDatabase } from "@/lib/db/open-database";

const name = process.argv[2]?.trim();
if (!name || !/^[a-z0-9_]+$/i.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name>   (letters, digits and _ only)");
  process.exit(1);
}

// The throwaway database goes on DATABASE_URL's server, or on the embedded one (started if need be).
const database = await openDatabase(dataDir);
const { script, hasChanges } = await diffMigrationsToSchema({ adminUrl: databaseUrl(database.url, "postgres") }).finally(() => database.release());
if (!hasChanges) {
  console.log("No schema changes");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14); // YYYYMMDDHHMMSS, UTC like Prisma
const dir = join(DEFAULT_MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), script);
const lockPath = join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml");
if (!existsSync(lockPath)) writeFileSync(lockPath, LOCKFILE_CONTENT);
console.log(`Created ${join("prisma", "migrations", `${stamp}_${name}`, "migration.sql")}`);
