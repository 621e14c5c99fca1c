import { createScratchDatabase, uniqueDatabaseName } from "@/lib/db/scratch-database";
const scratch = await createScratchDatabase(uniqueDatabaseName("rollcall_tp"), { adminUrl: "postgresql://postgres@127.0.0.1:5432/postgres" });
process.env.DATABASE_URL = scratch.url;
const { getDb } = await import("@/lib/db");
const { createOrganisation } = await import("@/lib/server/organisations/create-organisation");
const { createCsvDraft } = await import("@/lib/server/imports/create-csv-draft");
const { importOptionsSchema } = await import("@/lib/server/imports/import-options");
const { planImport } = await import("@/lib/server/imports/plan-import");
const { storePlan } = await import("@/lib/server/imports/stored-plan/store-plan");
const { generateCsv } = await import("../bench/support/generate-csv");
const { CUSTOM_FIELDS } = await import("../bench/support/bench-fields");
const db = await getDb();
const org = await createOrganisation(db, { slug: "tp", name: "TP", customFields: CUSTOM_FIELDS, admin: { username: "tp", email: "a@tp.test", name: "A", password: "password password 1" } });
const bytes = new TextEncoder().encode(generateCsv({ seed: 1, rows: 100_000, invalidRate: 0.01 }));
const options = importOptionsSchema.parse({});
let t = performance.now();
const draft = await createCsvDraft(db, { organisationId: org.id, adminId: org.admins[0]!.id, fileName: "x.csv", bytes, options });
if (!draft.ok) throw new Error("draft");
console.log("upload", (performance.now() - t).toFixed(0));
for (let i = 0; i < 2; i++) {
  t = performance.now();
  const plan = await planImport(db, org.id, draft.importId);
  console.log("plan", (performance.now() - t).toFixed(0), "rss", (process.memoryUsage().rss / 1e6).toFixed(0));
  t = performance.now();
  const ok = await storePlan(db, draft.importId, { startKey: i === 0 ? null : "k" + (i - 1), key: "k" + i, version: "v", summary: { counts: plan.counts, welcomeEmails: 0, newGroups: plan.newGroups, hasGroupsColumn: false }, rows: plan.rows });
  console.log("store", ok, (performance.now() - t).toFixed(0), "rss", (process.memoryUsage().rss / 1e6).toFixed(0));
}
await db.$disconnect();
await scratch.drop();
