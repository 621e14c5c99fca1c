import type { PrismaClient } from "@/generated/prisma/client";

/** Flushes dirty pages before a timed write, so no measurement pays for the previous one's writes. */
export async function checkpoint(db: Pick<PrismaClient, "$executeRawUnsafe">) {
  try {
    await db.$executeRawUnsafe("CHECKPOINT");
  } catch {
    // Needs superuser or pg_checkpoint; without it the numbers are just noisier.
  }
}
