-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "planKey" TEXT,
ADD COLUMN     "planSummary" JSONB,
ADD COLUMN     "planVersion" TEXT;

-- CreateTable
CREATE TABLE "ImportRowPlan" (
    "importId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "detail" JSONB,

    CONSTRAINT "ImportRowPlan_pkey" PRIMARY KEY ("importId","rowNumber")
);

-- CreateTable
CREATE TABLE "LearnersChange" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearnersChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportRowPlan_importId_action_rowNumber_idx" ON "ImportRowPlan"("importId", "action", "rowNumber");

-- CreateIndex
CREATE INDEX "LearnersChange_organisationId_id_idx" ON "LearnersChange"("organisationId", "id");

-- AddForeignKey
ALTER TABLE "ImportRowPlan" ADD CONSTRAINT "ImportRowPlan_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Learners version marks (not modelled by Prisma): one LearnersChange row per statement that
-- changes an organisation's learners (the fields an import plan reads), groups or memberships.
-- Statement-level with transition tables, so a 1,000-row import chunk writes one mark, and no
-- counter row is shared between concurrent writers.
CREATE FUNCTION "rollcall_mark_learners_inserted_or_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LearnersChange" ("organisationId") SELECT DISTINCT c."organisationId" FROM changed c;
  RETURN NULL;
END $$;

CREATE FUNCTION "rollcall_mark_learners_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LearnersChange" ("organisationId")
  SELECT DISTINCT n."organisationId" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
  WHERE (n."email", n."emailKey", n."firstName", n."lastName", n."active", n."customFields", n."organisationId")
        IS DISTINCT FROM (o."email", o."emailKey", o."firstName", o."lastName", o."active", o."customFields", o."organisationId");
  RETURN NULL;
END $$;

CREATE FUNCTION "rollcall_mark_groups_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LearnersChange" ("organisationId") SELECT DISTINCT c."organisationId" FROM changed c;
  RETURN NULL;
END $$;

-- A membership has no organisation column: its group's, looked up once per group in the
-- statement (an import chunk adds thousands of memberships to a handful of groups). Memberships
-- deleted with their group or their learner find nothing here; that deletion marked it already.
CREATE FUNCTION "rollcall_mark_memberships_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LearnersChange" ("organisationId")
  SELECT DISTINCT g."organisationId" FROM (SELECT DISTINCT c."groupId" FROM changed c) AS c JOIN "Group" g ON g."id" = c."groupId";
  RETURN NULL;
END $$;

CREATE TRIGGER "Learner_mark_insert" AFTER INSERT ON "Learner" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "rollcall_mark_learners_inserted_or_deleted"();
CREATE TRIGGER "Learner_mark_delete" AFTER DELETE ON "Learner" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "rollcall_mark_learners_inserted_or_deleted"();
CREATE TRIGGER "Learner_mark_update" AFTER UPDATE ON "Learner" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "rollcall_mark_learners_updated"();

CREATE TRIGGER "Group_mark_insert" AFTER INSERT ON "Group" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "rollcall_mark_groups_changed"();
CREATE TRIGGER "Group_mark_update" AFTER UPDATE ON "Group" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "rollcall_mark_groups_changed"();
CREATE TRIGGER "Group_mark_delete" AFTER DELETE ON "Group" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "rollcall_mark_groups_changed"();

CREATE TRIGGER "GroupMember_mark_insert" AFTER INSERT ON "GroupMember" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "rollcall_mark_memberships_changed"();
CREATE TRIGGER "GroupMember_mark_delete" AFTER DELETE ON "GroupMember" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION "rollcall_mark_memberships_changed"();
