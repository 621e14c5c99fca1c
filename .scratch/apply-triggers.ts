// Apply 100k new rows and 100k with groups, with the learners-version triggers on, then off.
import { createScratchDatabase, uniqueDatabaseName } from "@/lib/db/scratch-database";
const scratch = await createScratchDatabase(uniqueDatabaseName("rollcall_at"), { adminUrl: "postgresql://postgres@127.0.0.1:5432/postgres" });
process.env.DATABASE_URL = scratch.url;
const { getDb } = await import("@/lib/db");
const { createOrganisation } = await import("@/lib/server/organisations/create-organisation");
const { createCsvDraft } = await import("@/lib/server/imports/create-csv-draft");
const { importOptionsSchema } = await import("@/lib/server/imports/import-options");
const { queueImport } = await import("@/lib/server/imports/queue-import");
const { processImportSteps } = await import("@/lib/server/imports/process-import");
const { inProcessSteps } = await import("@/lib/server/jobs/in-process");
const { generateCsv } = await import("../bench/support/generate-csv");
const { CUSTOM_FIELDS } = await import("../bench/support/bench-fields");
const { checkpoint } = await import("../bench/support/checkpoint");
const db = await getDb();
const options = importOptionsSchema.parse({ mode: "upsert", sendWelcome: false });
const plain = new TextEncoder().encode(generateCsv({ seed: 2, rows: 100_000, invalidRate: 0 }));
const grouped = new TextEncoder().encode(generateCsv({ seed: 2, rows: 100_000, invalidRate: 0, groups: true }));
let n = 0;
async function run(bytes: Uint8Array) {
  const org = await createOrganisation(db, { slug: `at${n}`, name: `AT${n}`, customFields: CUSTOM_FIELDS, admin: { username: `at${n++}`, email: `a${n}@at.test`, name: "A", password: "password password 1" } });
  const into = { organisationId: org.id, adminId: org.admins[0]!.id };
  const draft = await createCsvDraft(db, { ...into, fileName: "x.csv", bytes, options });
  if (!draft.ok) throw new Error("draft");
  await queueImport(db, { ...into, importId: draft.importId, options });
  await checkpoint(db);
  const t = performance.now();
  await processImportSteps({ importId: draft.importId, organisationId: org.id }, inProcessSteps);
  return ((performance.now() - t) / 1000).toFixed(2);
}
const toggle = (on: boolean) => Promise.all(["Learner", "Group", "GroupMember"].map((t) => db.$executeRawUnsafe(`ALTER TABLE "${t}" ${on ? "ENABLE" : "DISABLE"} TRIGGER USER`)));
await run(new TextEncoder().encode(generateCsv({ seed: 9, rows: 2000, invalidRate: 0 }))); // warm-up
for (const on of [true, false, true, false]) {
  await toggle(on);
  console.log(`triggers ${on ? "on " : "off"}: plain ${await run(plain)} s, groups ${await run(grouped)} s`);
}
await db.$disconnect();
await scratch.drop();
