"use server";

import { revalidatePath } from "next/cache";
import { adminAction, fail, type ActionResult } from "@/lib/actions";
import { ENTERPRISE_ATTRIBUTES } from "@/lib/scim/attributes";
import { setScimFieldMapping } from "@/lib/server/scim/set-scim-field-mapping";
import { setScimWelcomeEmails } from "@/lib/server/scim/set-scim-welcome-emails";
import { NO_FIELD, scimFieldMappingSchema, scimWelcomeEmailsSchema } from "@/lib/validations/directory-sync";

const PAGE = "/settings/directory-sync";

export const setScimWelcomeEmailsAction = adminAction("directory_sync:manage", scimWelcomeEmailsSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  await setScimWelcomeEmails(db, { organisationId, adminId: admin.id, enabled: input.enabled });
  revalidatePath(PAGE);
  return {
    ok: true,
    data: undefined,
    message: input.enabled ? "Users your identity provider creates from now on get a welcome email." : "Users your identity provider creates get no welcome email.",
  };
});

export const setScimFieldMappingAction = adminAction("directory_sync:manage", scimFieldMappingSchema, async (input, { admin, organisationId, db }): Promise<ActionResult> => {
  const mapping = Object.fromEntries(ENTERPRISE_ATTRIBUTES.map((name) => [name, input[name] === NO_FIELD ? null : input[name]])) as Record<(typeof ENTERPRISE_ATTRIBUTES)[number], string | null>;
  const result = await setScimFieldMapping(db, { organisationId, adminId: admin.id, mapping });
  if (!result.ok) return fail("Please correct the highlighted attributes.", result.fieldErrors);
  revalidatePath(PAGE);
  return { ok: true, data: undefined, message: result.changed ? "Saved. The identity provider's next request for each user fills the fields this way." : "Nothing changed." };
});
