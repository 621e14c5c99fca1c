import type { PrismaClient } from "@/generated/prisma/client";

export type ScimChange = "provisioned" | "updated" | "deprovisioned";

export interface ScimActivityRow {
  id: string;
  at: Date;
  change: ScimChange;
  userName: string;
  /** Null when the learner is gone (an undone import deletes the users it created). */
  learner: { id: string; name: string; email: string } | null;
  /** created / updated / unchanged: what the request's one-row import did. */
  outcome: string | null;
  importId: string | null;
  tokenName: string | null;
}

const CHANGES: Record<string, ScimChange> = { "scim.user_provisioned": "provisioned", "scim.user_updated": "updated", "scim.user_deprovisioned": "deprovisioned" };

/**
 * The latest changes the identity provider made, newest first, from the
 * audit log (every SCIM write leaves one entry), with the learners as they
 * are now for the links.
 */
export async function listScimActivity(db: Pick<PrismaClient, "auditLog" | "learner">, organisationId: string, limit = 20): Promise<ScimActivityRow[]> {
  const entries = await db.auditLog.findMany({
    where: { organisationId, action: { in: Object.keys(CHANGES) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, action: true, createdAt: true, detail: true },
  });
  const details = entries.map((e) => (e.detail ?? {}) as { learnerId?: string; userName?: string; outcome?: string; importId?: string; token?: string });
  const ids = [...new Set(details.map((d) => d.learnerId).filter((id): id is string => typeof id === "string"))];
  const learners = await db.learner.findMany({ where: { organisationId, id: { in: ids } }, select: { id: true, firstName: true, lastName: true, email: true } });
  const byId = new Map(learners.map((l) => [l.id, { id: l.id, name: [l.firstName, l.lastName].filter(Boolean).join(" ") || l.email, email: l.email }]));
  return entries.map((entry, i) => {
    const d = details[i]!;
    return {
      id: String(entry.id),
      at: entry.createdAt,
      change: CHANGES[entry.action]!,
      userName: d.userName ?? "",
      learner: (d.learnerId && byId.get(d.learnerId)) || null,
      outcome: typeof d.outcome === "string" ? d.outcome.toLowerCase() : null,
      importId: d.importId ?? null,
      tokenName: d.token ?? null,
    };
  });
}
