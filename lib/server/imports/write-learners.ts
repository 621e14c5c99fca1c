import type { Prisma } from "@/generated/prisma/client";

export interface LearnerWrite {
  id: string;
  email: string;
  emailKey: string;
  firstName: string;
  lastName: string;
  active: boolean;
  customFields: Record<string, string>;
  isNew: boolean;
}

/** The rows as one JSON document for jsonb_to_recordset: seven 2,000-element arrays cost more to encode than the statement to run. */
const asRecordset = (rows: LearnerWrite[]) =>
  JSON.stringify(rows.map((w) => ({ id: w.id, email: w.email, key: w.emailKey, first: w.firstName, last: w.lastName, active: w.active, custom: w.customFields })));

/**
 * Writes a chunk's learners: one INSERT of the new ones, one upsert of the
 * changed ones. The new ones get no ON CONFLICT: its speculative insertion
 * cost ~15% of the statement, and a learner with that email added by
 * someone else since the chunk looked (outside the organisation's import
 * lock) should fail the chunk, to be retried as an update, rather than be
 * overwritten and recorded as created (which undo would then delete).
 */
export async function writeLearners(tx: Prisma.TransactionClient, input: { organisationId: string; importId: string; writes: LearnerWrite[] }) {
  const created = input.writes.filter((w) => w.isNew);
  const changed = input.writes.filter((w) => !w.isNew);
  if (created.length) {
    await tx.$executeRaw`
      INSERT INTO "Learner" ("id", "organisationId", "email", "emailKey", "firstName", "lastName", "active", "customFields", "createdByImportId", "createdAt", "updatedAt")
      SELECT w.id, ${input.organisationId}, w.email, w.key, w.first, w.last, w.active, w.custom, ${input.importId}, now(), now()
      FROM jsonb_to_recordset(${asRecordset(created)}::jsonb) AS w(id text, email text, key text, first text, last text, active boolean, custom jsonb)`;
  }
  if (changed.length) {
    // An upsert rather than UPDATE … FROM: its arbiter index makes each row one index probe, whatever the statistics say.
    await tx.$executeRaw`
      INSERT INTO "Learner" ("id", "organisationId", "email", "emailKey", "firstName", "lastName", "active", "customFields", "createdAt", "updatedAt")
      SELECT w.id, ${input.organisationId}, w.email, w.key, w.first, w.last, w.active, w.custom, now(), now()
      FROM jsonb_to_recordset(${asRecordset(changed)}::jsonb) AS w(id text, email text, key text, first text, last text, active boolean, custom jsonb)
      ON CONFLICT ("organisationId", "emailKey") DO UPDATE SET
        "firstName" = EXCLUDED."firstName", "lastName" = EXCLUDED."lastName", "active" = EXCLUDED."active",
        "customFields" = EXCLUDED."customFields", "updatedAt" = now()`;
  }
}
