-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "scimFieldMapping" JSONB;

-- CreateTable
CREATE TABLE "ScimRequestError" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" TEXT NOT NULL,
    "tokenName" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "scimType" TEXT,
    "detail" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScimRequestError_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScimRequestError_organisationId_id_idx" ON "ScimRequestError"("organisationId", "id");

-- AddForeignKey
ALTER TABLE "ScimRequestError" ADD CONSTRAINT "ScimRequestError_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
