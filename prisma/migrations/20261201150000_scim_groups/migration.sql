-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "scimExternalId" TEXT;

-- CreateTable
CREATE TABLE "GroupMembershipChange" (
    "id" BIGSERIAL NOT NULL,
    "learnerId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "groupName" TEXT NOT NULL,
    "added" BOOLEAN NOT NULL,
    "source" "ImportSource" NOT NULL,
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupMembershipChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GroupMembershipChange_learnerId_createdAt_idx" ON "GroupMembershipChange"("learnerId", "createdAt");

-- CreateIndex
CREATE INDEX "Group_organisationId_scimExternalId_idx" ON "Group"("organisationId", "scimExternalId");

-- AddForeignKey
ALTER TABLE "GroupMembershipChange" ADD CONSTRAINT "GroupMembershipChange_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
