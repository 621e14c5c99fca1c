// The bench's throwaway database, rollcall_bench_<random> on the local server (BENCH_POSTGRES_URL),
// migrated with the app's own runner.
import { createScratchDatabase as create, dropScratchDatabase as drop, uniqueDatabaseName, type ScratchDatabase } from "@/lib/db/scratch-database";

export { withClient } from "@/lib/db/scratch-database";

export const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function createScratchDatabase(): Promise<ScratchDatabase> {
  return create(uniqueDatabaseName("rollcall_bench"), { adminUrl: SERVER_URL });
}

export function dropScratchDatabase(name: string): Promise<void> {
  return drop(name, { adminUrl: SERVER_URL });
}
