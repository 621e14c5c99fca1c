import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { seedDemo, type SeedResult } from "@/lib/server/organisations/seed-demo";
import { openEmbeddedDatabase } from "./embedded";
import { applyMigrations, pgliteRunner, pgRunner } from "./migrate";

/** Applies migrations and seeds the demo organisation on whichever database is configured. */
export async function prepareDatabase(): Promise<{ applied: string[]; seed: SeedResult }> {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      const { applied } = await applyMigrations(pgRunner(client));
      const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }) });
      const seed = await seedDemo(db, env.SEED_ADMIN_PASSWORD).finally(() => db.$disconnect());
      return { applied, seed };
    } finally {
      await client.end();
    }
  }

  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const { db: pglite, release } = await openEmbeddedDatabase(env.PGLITE_DATA_DIR);
  try {
    const { applied } = await applyMigrations(pgliteRunner(pglite));
    const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    const seed = await seedDemo(db, env.SEED_ADMIN_PASSWORD);
    return { applied, seed };
  } finally {
    await pglite.close();
    release();
  }
}
