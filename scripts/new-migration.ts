// Authors the next migration from the difference between prisma/migrations and
// prisma/schema.prisma (= `prisma migrate dev --create-only`) without Prisma's native
// schema engine, by replaying the migrations into a throwaway database on a PostgreSQL server.
// Usage: npm run db:migration:new -- <name>
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_MIGRATIONS_DIR } from "@/lib/db/migrate";
import { LOCKFILE_CONTENT, diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { databaseUrl } from "@/lib/db/scratch-database";

const name = process.argv[2]?.trim();
if (!name || !/^[a-z0-9_]+$/i.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name>   (letters, digits and _ only)");
  process.exit(1);
}

// DATABASE_URL is required for now. Only its server is used: the database it names is left alone.
const url = process.env.DATABASE_URL?.trim();
if (!url) {
  console.error(
    "DATABASE_URL is not set. Set it to a PostgreSQL server on which you may create databases, " +
      "e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run db:migration:new -- <name>",
  );
  process.exit(1);
}

const { script, hasChanges } = await diffMigrationsToSchema({ adminUrl: databaseUrl(url, "postgres") });
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
