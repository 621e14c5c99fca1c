import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;

/**
 * PostgreSQL at DATABASE_URL. On the embedded default `npm run dev`, `npm start` and the CLI
 * start the local server and set it (scripts/with-database.ts, lib/db/open-database.ts).
 */
export async function createPrismaClient(databaseUrl = env.DATABASE_URL): Promise<PrismaClient> {
  if (!databaseUrl) {
    throw new Error("DATABASE_URL is not set. Start Rollcall with `npm start` or `npm run dev` (they start the embedded PostgreSQL), or set DATABASE_URL.");
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
}
