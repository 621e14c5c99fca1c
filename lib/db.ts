import "server-only";
import { createPrismaClient } from "@/lib/db/client";
import type { PrismaClient } from "@/generated/prisma/client";

// One client per process, kept across dev-server module reloads.
const globalForDb = globalThis as unknown as { rollcallDb?: Promise<PrismaClient> };

export function getDb(): Promise<PrismaClient> {
  globalForDb.rollcallDb ??= createPrismaClient();
  return globalForDb.rollcallDb;
}
