import type { PrismaClient } from "@/generated/prisma/client";
import type { FieldType } from "@/generated/prisma/enums";
import { BUILT_IN_FIELDS, fieldKeyFromLabel, labelKey } from "@/lib/fields";
import { hashPassword } from "@/lib/server/auth/password";

export interface NewOrganisation {
  slug: string;
  name: string;
  customFields: { label: string; type?: FieldType; options?: string[] }[];
  admin: { username: string; email: string; name: string; password: string };
}

/** Creates an organisation with its built-in and custom profile fields and its first admin, its Owner. */
export async function createOrganisation(db: PrismaClient, input: NewOrganisation) {
  const passwordHash = await hashPassword(input.admin.password);
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
          ...input.customFields.map((f, i) => ({
            key: fieldKeyFromLabel(f.label),
            label: f.label,
            labelKey: labelKey(f.label),
            type: f.type ?? "TEXT",
            options: f.options ?? [],
            position: BUILT_IN_FIELDS.length + i,
          })),
        ],
      },
      admins: {
        create: {
          username: input.admin.username.toLowerCase(),
          email: input.admin.email,
          name: input.admin.name,
          passwordHash,
          role: "OWNER",
        },
      },
    },
    include: { admins: true },
  });
}
