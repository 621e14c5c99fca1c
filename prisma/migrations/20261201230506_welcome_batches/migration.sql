-- CreateTable
CREATE TABLE "WelcomeBatch" (
    "queueId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "organisationId" TEXT NOT NULL,
    "importId" TEXT,
    "learnerIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "WelcomeBatch_pkey" PRIMARY KEY ("queueId","number")
);

-- CreateIndex
CREATE INDEX "WelcomeBatch_finishedAt_idx" ON "WelcomeBatch"("finishedAt");

-- AddForeignKey
ALTER TABLE "WelcomeBatch" ADD CONSTRAINT "WelcomeBatch_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
