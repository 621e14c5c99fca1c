import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { parseCsvText } from "@/lib/imports/parse";
import { matchHeaders } from "@/lib/imports/match-headers";
import { parseTextbox, TEXTBOX_MAPPING } from "@/lib/imports/textbox";
import { listFields } from "@/lib/server/fields/list-fields";
import { createDraft } from "@/lib/server/imports/create-draft";
import { type ImportOptions, importOptionsSchema } from "@/lib/server/imports/import-options";
import { queueImport } from "@/lib/server/imports/queue-import";
import { createOrganisation } from "@/lib/server/organisations/create-organisation";

export async function createTestOrganisation(customFields = ["Department", "Job Title", "Employee ID"]) {
  const db = await getDb();
  const suffix = randomBytes(4).toString("hex");
  const org = await createOrganisation(db, {
    slug: `it-${suffix}`,
    name: `Test Org ${suffix}`,
    customFields: customFields.map((label) => ({ label })),
    admin: { username: `it-admin-${suffix}`, email: `admin-${suffix}@it.test`, name: "Ivy Tester", password: "integration test password" },
  });
  return { organisationId: org.id, adminId: org.admins[0]!.id, slug: org.slug };
}

/** Stores a CSV as a draft and confirms it, as the wizard does. */
export async function queueCsv(org: { organisationId: string; adminId: string }, csv: string, options: Partial<ImportOptions> = {}) {
  const db = await getDb();
  const file = parseCsvText(csv);
  const fields = await listFields(db, org.organisationId, { withGroups: true });
  const parsed = importOptionsSchema.parse(options);
  const importId = await createDraft(db, {
    ...org,
    source: "CSV",
    fileName: "test.csv",
    file,
    byteSize: csv.length,
    mapping: matchHeaders(file.headers, fields),
    options: parsed,
  });
  const queued = await queueImport(db, { ...org, importId, options: parsed });
  if (!queued.ok) throw new Error(queued.error);
  return importId;
}

export async function queueTextbox(org: { organisationId: string; adminId: string }, text: string, options: Partial<ImportOptions> = {}) {
  const db = await getDb();
  const parsed = importOptionsSchema.parse(options);
  const importId = await createDraft(db, {
    ...org,
    source: "TEXTBOX",
    fileName: null,
    file: parseTextbox(text),
    byteSize: text.length,
    mapping: { ...TEXTBOX_MAPPING },
    options: parsed,
  });
  const queued = await queueImport(db, { ...org, importId, options: parsed });
  if (!queued.ok) throw new Error(queued.error);
  return importId;
}

/** A deterministic CSV of n staff, with the template's headers. */
export function staffCsv(n: number, opts: { offset?: number; department?: (i: number) => string } = {}) {
  const lines = ["Email,First Name,Last Name,Active,Department,Job Title,Employee ID"];
  for (let i = 0; i < n; i++) {
    const k = i + (opts.offset ?? 0);
    lines.push(`person${k}@example.com,First${k},Last${k},1,${opts.department?.(k) ?? "Sales"},Role ${k % 7},${String(k).padStart(6, "0")}`);
  }
  return lines.join("\n");
}

export async function learnerSnapshot(organisationId: string) {
  const db = await getDb();
  const learners = await db.learner.findMany({
    where: { organisationId },
    orderBy: { emailKey: "asc" },
    select: { email: true, emailKey: true, firstName: true, lastName: true, active: true, customFields: true, welcomeStatus: true },
  });
  return learners;
}
