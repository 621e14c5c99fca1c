-- CreateIndex
CREATE INDEX "AuditLog_organisationId_adminId_createdAt_idx" ON "AuditLog"("organisationId", "adminId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_organisationId_apiTokenId_createdAt_idx" ON "AuditLog"("organisationId", "apiTokenId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_organisationId_action_createdAt_idx" ON "AuditLog"("organisationId", "action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_detail_idx" ON "AuditLog" USING GIN ("detail" jsonb_path_ops);
