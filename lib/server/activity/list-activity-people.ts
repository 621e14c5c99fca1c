import type { PrismaClient } from "@/generated/prisma/client";

export interface ActivityPerson {
  /** The person filter's value: "admin:<id>" or "token:<id>". */
  value: string;
  label: string;
  group: "Admins" | "API tokens";
}

/** Everyone who can appear in the organisation's log, for its person filter: its admins, then its tokens (revoked ones too). */
export async function listActivityPeople(db: Pick<PrismaClient, "admin" | "apiToken">, organisationId: string): Promise<ActivityPerson[]> {
  const [admins, tokens] = await Promise.all([
    db.admin.findMany({ where: { organisationId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    db.apiToken.findMany({ where: { organisationId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, revokedAt: true } }),
  ]);
  return [
    ...admins.map((admin): ActivityPerson => ({ value: `admin:${admin.id}`, label: admin.name, group: "Admins" })),
    ...tokens.map((token): ActivityPerson => ({ value: `token:${token.id}`, label: `API token ‘${token.name}’${token.revokedAt ? " (revoked)" : ""}`, group: "API tokens" })),
  ];
}
