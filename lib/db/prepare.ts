import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { dataDir, env, localSecretPath } from "@/lib/env";
import { seedDemo, type SeedResult } from "@/lib/server/organisations/seed-demo";
import { applyMigrations, pgRunner } from "./migrate";

export interface PreparedDatabase {
  applied: string[];
  /** Null when the demo isn't seeded: DATABASE_URL without SEED_DEMO=true, or SEED_DEMO=false. */
  seed: SeedResult | null;
  /** How many organisations there are, the demo included. */
  organisations: number;
  /** Where the demo admin's password was kept (embedded default only). */
  passwordFile?: string;
}

/** The embedded default is a trial on one machine, so it gets the demo; a DATABASE_URL is a deployment, which gets it only when asked. */
export function seedsDemo(embedded: boolean): boolean {
  return env.SEED_DEMO ?? embedded;
}

/**
 * Applies migrations and seeds the demo organisation (see seedsDemo). On the embedded default it
 * also keeps what a local installation needs in .data/: the demo admin's password and a generated auth secret.
 */
export async function prepareDatabase(url: string, { embedded }: { embedded: boolean }): Promise<PreparedDatabase> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let applied: string[];
  try {
    ({ applied } = await applyMigrations(pgRunner(client)));
  } finally {
    await client.end();
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const { seed, organisations } = await seedAndCount(db, embedded).finally(() => db.$disconnect());
  if (!embedded) return { applied, seed, organisations };

  const passwordFile = join(dataDir, "demo-admin-password.txt");
  if (seed?.created) writeFileSync(passwordFile, seed.password + "\n", { mode: 0o600 });
  if (!env.AUTH_SECRET && !existsSync(localSecretPath)) {
    mkdirSync(dirname(localSecretPath), { recursive: true });
    writeFileSync(localSecretPath, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return { applied, seed, organisations, passwordFile: seed ? passwordFile : undefined };
}

async function seedAndCount(db: PrismaClient, embedded: boolean) {
  const seed = seedsDemo(embedded) ? await seedDemo(db, env.SEED_ADMIN_PASSWORD) : null;
  return { seed, organisations: await db.organisation.count() };
}
