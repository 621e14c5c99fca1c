-- Hand-written. Prisma's diff ignores extensions (without the postgresqlExtensions preview
-- feature) and expression indexes, so neither shows up as drift against schema.prisma.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Substring search on the learners list. Only queries using this exact expression can use it:
--   WHERE "organisationId" = $1
--     AND lower("firstName" || ' ' || "lastName" || ' ' || "email") LIKE '%' || $2 || '%'
-- ($2 lower-cased, with %, _ and \ escaped).
CREATE INDEX "Learner_search_trgm_idx" ON "Learner"
  USING GIN (lower("firstName" || ' ' || "lastName" || ' ' || "email") gin_trgm_ops);
