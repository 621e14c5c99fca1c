-- AlterTable
ALTER TABLE "ImportRow" ADD COLUMN     "erasedAt" TIMESTAMP(3);
