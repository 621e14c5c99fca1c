-- CreateIndex
CREATE INDEX "Email_importId_idx" ON "Email"("importId");

-- CreateIndex
CREATE INDEX "Email_learnerId_idx" ON "Email"("learnerId");
