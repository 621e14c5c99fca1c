import type { PrismaClient } from "@/generated/prisma/client";

export interface ScimErrorRow {
  id: string;
  at: Date;
  method: string;
  path: string;
  status: number;
  scimType: string | null;
  detail: string;
  tokenName: string;
}

/** The organisation's latest failed SCIM requests, newest first. */
export async function listScimErrors(db: Pick<PrismaClient, "scimRequestError">, organisationId: string, limit = 20): Promise<ScimErrorRow[]> {
  const rows = await db.scimRequestError.findMany({ where: { organisationId }, orderBy: { id: "desc" }, take: limit });
  return rows.map((row) => ({ id: String(row.id), at: row.createdAt, method: row.method, path: row.path, status: row.status, scimType: row.scimType, detail: row.detail, tokenName: row.tokenName }));
}
