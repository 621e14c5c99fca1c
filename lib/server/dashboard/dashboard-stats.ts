import type { PrismaClient } from "@/generated/prisma/client";

/** The dashboard's numbers for one organisation, each one indexed query. */
export async function dashboardStats(db: PrismaClient, organisationId: string, now = new Date()) {
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [active, archived, importsThisMonth, welcomeSent, welcomeFailed, activated, welcomed] = await Promise.all([
    db.learner.count({ where: { organisationId, active: true } }),
    db.learner.count({ where: { organisationId, active: false } }),
    db.importJob.count({ where: { organisationId, status: { not: "DRAFT" }, createdAt: { gte: monthStart } } }),
    db.email.count({ where: { organisationId, kind: "WELCOME", status: { in: ["SENT", "OUTBOX"] } } }),
    db.email.count({ where: { organisationId, kind: "WELCOME", status: "FAILED" } }),
    db.learner.count({ where: { organisationId, activatedAt: { not: null } } }),
    db.learner.count({ where: { organisationId, welcomeStatus: "SENT" } }),
  ]);
  return { active, archived, importsThisMonth, welcomeSent, welcomeFailed, activationRate: welcomed ? activated / welcomed : null };
}

export async function recentImports(db: PrismaClient, organisationId: string, take = 8) {
  return db.importJob.findMany({
    where: { organisationId, status: { not: "DRAFT" } },
    orderBy: { createdAt: "desc" },
    take,
    include: { admin: { select: { name: true } } },
  });
}
