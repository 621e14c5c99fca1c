import { generateCsv } from "./generate-csv";

/**
 * A running server has its JIT, Prisma's query compiler and its connections warm; a fresh stage
 * process has none of that. Each stage first runs its path once on this small file, untimed.
 */
export const WARM_UP_ROWS = 1_000;

export function warmUpBytes(): Uint8Array {
  return new TextEncoder().encode(generateCsv({ seed: 99, rows: WARM_UP_ROWS, invalidRate: 0.01 }));
}
