/**
 * Inngest runs at most 1,000 steps per function run (https://www.inngest.com/docs/usage-limits/inngest).
 * An import takes start, one step per chunk, finish, queue-welcome-emails, one send per 500 welcome
 * batches (20 at 1,000,000 rows) and notify-admin, so chunks are capped at 500 and a run stays
 * under 530 steps whatever IMPORT_CHUNK_SIZE says.
 */
export const MAX_APPLY_CHUNKS = 500;

/** IMPORT_CHUNK_SIZE, or larger chunks when that would make more than MAX_APPLY_CHUNKS of them. */
export function chunkSizeFor(totalRows: number, configured: number) {
  return Math.max(configured, Math.ceil(totalRows / MAX_APPLY_CHUNKS));
}
