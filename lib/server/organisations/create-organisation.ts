import type { PrismaClient } from "@/generated/prisma/client";
import type { FieldType } from "@/generated/prisma/enums";
import { BUILT_IN_FIELDS, fieldKeyFromLabel, labelKey } from "@/lib/fields";
import { hashPassword } from "@/lib/server/auth/password";

export interface NewOrganisation {
  slug: string;
  name: string;
  customFields?: { label: string; type?: FieldType; options?: string[] }[];
  /** A first admin with a password, its Owner (the demo and tests). Real organisations get theirs by invitation instead. */
  admin?: { username: string; email: string; name: string; password: string };
}

/** Creates an organisation with its built-in and custom profile fields, and its first admin when one is given. */
export async function createOrganisation(db: PrismaClient, input: NewOrganisation) {
  const customFields = input.customFields ?? [];
  const admin = input.admin && {
    username: input.admin.username.toLowerCase(),
    email: input.admin.email,
    name: input.admin.name,
    passwordHash: await hashPassword(input.admin.password),
    role: "OWNER" as const,
  };
  return db.organisation.create({
    data: {
      slug: input.slug,
      name: input.name,
      profileFields: {
        create: [
          ...BUILT_IN_FIELDS.map((f, position) => ({
            key: f.key,
            label: f.label,
            labelKey: labelKey(f.label),
            type: f.type,
            builtIn: true,
            position,
          })),
          ...customFields.map((f, i) => ({
            key: fieldKeyFromLabel(f.label),
            label: f.label,
            labelKey: labelKey(f.label),
            type: f.type ?? "TEXT",
            options: f.options ?? [],
            position: BUILT_IN_FIELDS.length + i,
          })),
        ],
      },
      ...(admin && { admins: { create: admin } }),
    },
    include: { admins: true },
  });
}
