-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "dataPurgeFinishedAt" TIMESTAMP(3);
