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

-- Learners waiting for their welcome email when this ships get stored batches too, so the embedded
-- default's start-up resume (which now resumes batches) still sends them: an import's under its id,
-- resends (no import) under one queue per organisation.
INSERT INTO "WelcomeBatch" ("queueId", "number", "organisationId", "importId", "learnerIds")
SELECT COALESCE("createdByImportId", 'waiting-before-batches-' || "organisationId"), n, "organisationId", "createdByImportId", array_agg("id" ORDER BY "id")
FROM (
  SELECT "id", "organisationId", "createdByImportId",
    (row_number() OVER (PARTITION BY "organisationId", "createdByImportId" ORDER BY "id") - 1) / 100 AS n
  FROM "Learner" WHERE "welcomeStatus" = 'QUEUED'
) AS waiting
GROUP BY 1, 2, 3, 4;
