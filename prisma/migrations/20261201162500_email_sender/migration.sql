-- AlterTable
ALTER TABLE "Email" ADD COLUMN     "from" TEXT,
ADD COLUMN     "replyTo" TEXT;
