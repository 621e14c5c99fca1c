-- Hand-written: extensions, functions and expression indexes are invisible to Prisma's diff,
-- so none of this shows up as drift against schema.prisma.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- Search ignores accents and case: "zoe muller" finds "Zoë Müller". unaccent() is only STABLE
-- (its dictionary could be changed), so it can't appear in an index; naming the dictionary and
-- declaring the wrapper IMMUTABLE is PostgreSQL's documented way to index it.
CREATE FUNCTION "rollcall_search_text"(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- Only queries using this exact expression can use the index (lib/server/learners/learner-filter.ts):
--   WHERE "organisationId" = $1
--     AND "rollcall_search_text"("firstName" || ' ' || "lastName" || ' ' || "email") LIKE "rollcall_search_text"($2)
-- ($2 = '%' || the search, with %, _ and \ escaped || '%').
DROP INDEX "Learner_search_trgm_idx";
CREATE INDEX "Learner_search_trgm_idx" ON "Learner"
  USING GIN ("rollcall_search_text"("firstName" || ' ' || "lastName" || ' ' || "email") gin_trgm_ops);

-- Names sort as people read them: ICU's language-neutral collation puts "Émile" with the Es;
-- lower() keeps "de Vries" with the Ds, and keeps the index an expression index (one on plain
-- columns would show as drift: Prisma can't declare a column's collation in an index). Only
-- queries ordering by exactly
--   ORDER BY lower("lastName") COLLATE "und-x-icu", lower("firstName") COLLATE "und-x-icu", "emailKey"
-- can read a page from it (lib/server/learners/list-learners.ts).
DROP INDEX "Learner_name_sort_idx";
CREATE INDEX "Learner_name_sort_idx" ON "Learner" ("organisationId", (lower("lastName") COLLATE "und-x-icu"), (lower("firstName") COLLATE "und-x-icu"), "emailKey");
