import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { openEmbeddedDatabase } from "./embedded";

export type Db = PrismaClient;

/**
 * Real PostgreSQL when DATABASE_URL is set; otherwise embedded PostgreSQL
 * (PGlite) in this process, with its data under .data/.
 */
export async function createPrismaClient(databaseUrl = env.DATABASE_URL): Promise<PrismaClient> {
  if (databaseUrl) {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
  }
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const { db } = await openEmbeddedDatabase(env.PGLITE_DATA_DIR);
  return new PrismaClient({ adapter: new PrismaPGlite(db) });
}
