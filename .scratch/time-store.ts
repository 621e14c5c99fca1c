import { createScratchDatabase, uniqueDatabaseName } from "@/lib/db/scratch-database";
const scratch = await createScratchDatabase(uniqueDatabaseName("rollcall_tp"), { adminUrl: "postgresql://postgres@127.0.0.1:5432/postgres" });
process.env.DATABASE_URL = scratch.url;
const { getDb } = await import("@/lib/db");
const { createOrganisation } = await import("@/lib/server/organisations/create-organisation");
const { createCsvDraft } = await import("@/lib/server/imports/create-csv-draft");
const { importOptionsSchema } = await import("@/lib/server/imports/import-options");
const { planImport } = await import("@/lib/server/imports/plan-import");
const { generateCsv } = await import("../bench/support/generate-csv");
const { CUSTOM_FIELDS } = await import("../bench/support/bench-fields");
const db = await getDb();
const org = await createOrganisation(db, { slug: "tp", name: "TP", customFields: CUSTOM_FIELDS, admin: { username: "tp", email: "a@tp.test", name: "A", password: "password password 1" } });
const bytes = new TextEncoder().encode(generateCsv({ seed: 1, rows: 100_000, invalidRate: 0.01 }));
const draft = await createCsvDraft(db, { organisationId: org.id, adminId: org.admins[0]!.id, fileName: "x.csv", bytes, options: importOptionsSchema.parse({}) });
if (!draft.ok) throw new Error("draft");
const plan = await planImport(db, org.id, draft.importId);
let t = performance.now();
const details = plan.rows.map(({ rowNumber, action, ...d }) => JSON.stringify(d));
console.log("stringify", (performance.now() - t).toFixed(0), "bytes", details.reduce((a, d) => a + d.length, 0));
console.log(details[0]);
for (const BATCH of [5000, 1000]) {
  await db.$executeRaw`DELETE FROM "ImportRowPlan"`;
  t = performance.now();
  for (let s = 0; s < plan.rows.length; s += BATCH) {
    const b = plan.rows.slice(s, s + BATCH);
    await db.$executeRaw`INSERT INTO "ImportRowPlan" ("importId","rowNumber","action","detail") SELECT ${draft.importId}, u.n, u.a, u.d FROM unnest(${b.map((r) => r.rowNumber)}::int[], ${b.map((r) => r.action)}::text[], ${details.slice(s, s + BATCH)}::jsonb[]) AS u(n,a,d)`;
  }
  console.log("insert batch", BATCH, (performance.now() - t).toFixed(0));
}
const pg = (await import("pg")).default;
const c = new pg.Client({ connectionString: scratch.url }); await c.connect();
await c.query(`DELETE FROM "ImportRowPlan"`);
t = performance.now();
for (let s = 0; s < plan.rows.length; s += 5000) {
  const b = plan.rows.slice(s, s + 5000);
  await c.query(`INSERT INTO "ImportRowPlan" ("importId","rowNumber","action","detail") SELECT $1, u.n, u.a, u.d FROM unnest($2::int[], $3::text[], $4::jsonb[]) AS u(n,a,d)`, [draft.importId, b.map((r) => r.rowNumber), b.map((r) => r.action), details.slice(s, s + 5000)]);
}
console.log("raw pg insert", (performance.now() - t).toFixed(0));
await c.end();
await db.$disconnect();
await scratch.drop();
