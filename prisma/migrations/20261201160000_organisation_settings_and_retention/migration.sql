-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "activationLinkDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "emailReplyTo" TEXT,
ADD COLUMN     "emailSenderName" TEXT,
ADD COLUMN     "importRetentionDays" INTEGER NOT NULL DEFAULT 90,
ADD COLUMN     "welcomeIntro" TEXT,
ADD COLUMN     "welcomeSubject" TEXT;

-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "dataPurgedAt" TIMESTAMP(3);
