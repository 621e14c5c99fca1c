import type { Prisma } from "@/generated/prisma/client";

export interface LearnerWrite {
  id: string;
  email: string;
  emailKey: string;
  firstName: string;
  lastName: string;
  active: boolean;
  /** customFields as JSON text. */
  custom: string;
  isNew: boolean;
}

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
  const columns = (rows: LearnerWrite[]) => [
    rows.map((w) => w.id),
    rows.map((w) => w.email),
    rows.map((w) => w.emailKey),
    rows.map((w) => w.firstName),
    rows.map((w) => w.lastName),
    rows.map((w) => w.active),
    rows.map((w) => w.custom),
  ] as const;
  if (created.length) {
    const [id, email, key, first, last, active, custom] = columns(created);
    await tx.$executeRaw`
      INSERT INTO "Learner" ("id", "organisationId", "email", "emailKey", "firstName", "lastName", "active", "customFields", "createdByImportId", "createdAt", "updatedAt")
      SELECT w.id, ${input.organisationId}, w.email, w.key, w.first, w.last, w.active, w.custom, ${input.importId}, now(), now()
      FROM unnest(${id}::text[], ${email}::text[], ${key}::text[], ${first}::text[], ${last}::text[], ${active}::boolean[], ${custom}::jsonb[])
        AS w(id, email, key, first, last, active, custom)`;
  }
  if (changed.length) {
    // An upsert rather than UPDATE … FROM: its arbiter index makes each row one index probe, whatever the statistics say.
    const [id, email, key, first, last, active, custom] = columns(changed);
    await tx.$executeRaw`
      INSERT INTO "Learner" ("id", "organisationId", "email", "emailKey", "firstName", "lastName", "active", "customFields", "createdAt", "updatedAt")
      SELECT w.id, ${input.organisationId}, w.email, w.key, w.first, w.last, w.active, w.custom, now(), now()
      FROM unnest(${id}::text[], ${email}::text[], ${key}::text[], ${first}::text[], ${last}::text[], ${active}::boolean[], ${custom}::jsonb[])
        AS w(id, email, key, first, last, active, custom)
      ON CONFLICT ("organisationId", "emailKey") DO UPDATE SET
        "firstName" = EXCLUDED."firstName", "lastName" = EXCLUDED."lastName", "active" = EXCLUDED."active",
        "customFields" = EXCLUDED."customFields", "updatedAt" = now()`;
  }
}
