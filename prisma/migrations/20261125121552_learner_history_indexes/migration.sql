-- CreateIndex
CREATE INDEX "ImportRow_learnerId_idx" ON "ImportRow"("learnerId");

-- CreateIndex
CREATE INDEX "Learner_organisationId_updatedAt_idx" ON "Learner"("organisationId", "updatedAt");
