-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "undoSummary" JSONB,
ADD COLUMN     "undoneAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ImportRow" ADD COLUMN     "applied" JSONB;
