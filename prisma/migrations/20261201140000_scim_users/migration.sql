-- AlterEnum
ALTER TYPE "ImportSource" ADD VALUE 'SCIM';

-- AlterTable
ALTER TABLE "Learner" ADD COLUMN     "scimExternalId" TEXT,
ADD COLUMN     "scimUserName" TEXT,
ADD COLUMN     "scimUserNameKey" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "scimWelcomeEmails" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Learner_organisationId_scimExternalId_idx" ON "Learner"("organisationId", "scimExternalId");

-- CreateIndex
CREATE UNIQUE INDEX "Learner_organisationId_scimUserNameKey_key" ON "Learner"("organisationId", "scimUserNameKey");
