import type { PrismaClient } from "@/generated/prisma/client";
import { audit } from "@/lib/server/audit";
import type { PurgeCounts } from "./purge-import-data";

/** One activity entry per organisation a purge run changed anything in: counts only, never what was deleted. */
export async function recordImportDataPurge(db: PrismaClient, counts: PurgeCounts[]) {
  for (const { organisationId, imports, rows, drafts } of counts) {
    if (imports + rows + drafts === 0) continue;
    await audit(db, { action: "import.data_purged", organisationId, detail: { imports, rows, drafts } });
  }
}
