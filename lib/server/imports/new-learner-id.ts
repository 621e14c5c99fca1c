import { randomFillSync } from "node:crypto";

const POOL_IDS = 1024;
const pool = Buffer.alloc(POOL_IDS * 8);
let next = POOL_IDS;
let counter = 0;

const SIX_DIGITS = 36 ** 6;

/** 12 random base-36 digits (62 bits); one call to the system's random source per 1,024 ids (one per id cost more than the rest of the id). */
function randomDigits(): string {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  const at = 8 * next++;
  const digits = (word: number) => (word % SIX_DIGITS).toString(36).padStart(6, "0");
  return digits(pool.readUInt32BE(at)) + digits(pool.readUInt32BE(at + 4));
}

/**
 * An id for a learner an import creates, ordered by creation time like
 * Prisma's cuid() ids: "c", the time in ms and a counter in base 36, then
 * 62 random bits. Random ids scattered each chunk's 2,000 new learners
 * over the whole primary key, membership and history indexes, so a chunk
 * dirtied (and after a checkpoint wrote in full) an index page per learner;
 * ids that grow land on the indexes' last pages.
 */
export function newLearnerId(): string {
  counter = (counter + 1) % 36 ** 4;
  return `c${Date.now().toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${randomDigits()}`;
}
