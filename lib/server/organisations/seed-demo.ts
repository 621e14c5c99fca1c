import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { createOrganisation } from "./create-organisation";

export const DEMO_SLUG = "demo";
export const DEMO_ADMIN_USERNAME = "admin";

export type SeedResult =
  | { created: true; username: string; password: string }
  | { created: false; username: string };

/** Idempotent: creates the demo organisation and its admin once. */
export async function seedDemo(db: PrismaClient, password?: string): Promise<SeedResult> {
  const existing = await db.organisation.findUnique({ where: { slug: DEMO_SLUG } });
  if (existing) return { created: false, username: DEMO_ADMIN_USERNAME };

  const adminPassword = password ?? randomBytes(12).toString("base64url");
  await createOrganisation(db, {
    slug: DEMO_SLUG,
    name: "Demo Training Ltd",
    customFields: [{ label: "Department" }, { label: "Job Title" }, { label: "Employee ID" }],
    admin: { username: DEMO_ADMIN_USERNAME, email: "admin@demo-training.test", name: "Dana Admin", password: adminPassword },
  });
  return { created: true, username: DEMO_ADMIN_USERNAME, password: adminPassword };
}
