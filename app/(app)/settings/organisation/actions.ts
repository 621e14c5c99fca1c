"use server";

import { revalidatePath } from "next/cache";
import { adminAction, type ActionResult } from "@/lib/actions";
import { previewWelcomeEmail, type WelcomePreview } from "@/lib/server/organisations/preview-welcome-email";
import { updateOrganisationSettings } from "@/lib/server/organisations/update-organisation-settings";
import { organisationSettingsSchema, welcomeEmailSettingsSchema } from "@/lib/validations/organisation";

export const saveOrganisationSettingsAction = adminAction("organisation:manage", organisationSettingsSchema, async (settings, { admin, organisationId, db }): Promise<ActionResult<{ changed: number }>> => {
  const { changed } = await updateOrganisationSettings(db, { organisationId, adminId: admin.id, settings });
  if (changed.length === 0) return { ok: true, data: { changed: 0 }, message: "Nothing changed." };
  // The organisation's name is in the app's header on every page.
  revalidatePath("/", "layout");
  return { ok: true, data: { changed: changed.length }, message: "Saved. Emails sent from now on use these settings." };
});

/** The welcome email the form's current, unsaved values would send, rendered by the real template. */
export const previewWelcomeEmailAction = adminAction("organisation:manage", welcomeEmailSettingsSchema, async (settings): Promise<ActionResult<WelcomePreview>> => {
  return { ok: true, data: await previewWelcomeEmail(settings) };
});
