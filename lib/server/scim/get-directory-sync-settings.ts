import type { PrismaClient } from "@/generated/prisma/client";
import { ENTERPRISE_ATTRIBUTES, type EnterpriseAttribute } from "@/lib/scim/attributes";
import type { FieldDef } from "@/lib/imports/types";
import { scimFields } from "./scim-learners";

export interface DirectorySyncSettings {
  welcomeEmails: boolean;
  /** Each enterprise attribute's profile field key as it applies now (stored choice or default), or null. */
  attributes: Record<EnterpriseAttribute, string | null>;
  /** The enabled custom fields: the choices, and (those no attribute takes) Rollcall's extension schema. */
  customFields: FieldDef[];
  extension: FieldDef[];
}

/** What Settings → Directory sync shows and edits. */
export async function getDirectorySyncSettings(db: PrismaClient, organisationId: string): Promise<DirectorySyncSettings> {
  const [organisation, { fields, mapping }] = await Promise.all([
    db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { scimWelcomeEmails: true } }),
    scimFields(db, organisationId),
  ]);
  const attributes = Object.fromEntries(ENTERPRISE_ATTRIBUTES.map((name) => [name, mapping[name]])) as Record<EnterpriseAttribute, string | null>;
  const strip = ({ key, label, type, builtIn, options }: FieldDef): FieldDef => ({ key, label, type, builtIn, options });
  return { welcomeEmails: organisation.scimWelcomeEmails, attributes, customFields: fields.filter((f) => !f.builtIn).map(strip), extension: mapping.extension.map(strip) };
}
