-- DropIndex
DROP INDEX "Learner_organisationId_lastName_firstName_idx";

-- Hand-written: expression indexes are invisible to Prisma's diff, so this is not drift.
-- Sorting by name ignores case ("de Vries" between "Davies" and "Evans", not after "Zola").
-- Only queries ordering by exactly these expressions can read a page from it:
--   ORDER BY lower("lastName"), lower("firstName"), "emailKey"
CREATE INDEX "Learner_name_sort_idx" ON "Learner" ("organisationId", lower("lastName"), lower("firstName"), "emailKey");
