import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/roles";
import { SETTINGS_TABS } from "./tabs";

/** The nav links here: each role lands on the first section it can open. */
export default async function SettingsPage() {
  const admin = await requirePermission("view");
  redirect(SETTINGS_TABS.find((tab) => can(admin.role, tab.permission))!.href);
}
