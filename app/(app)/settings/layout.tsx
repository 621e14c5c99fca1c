import { requirePermission } from "@/lib/auth/require-permission";
import { can } from "@/lib/auth/roles";
import { SettingsTabs } from "./settings-tabs";
import { SETTINGS_TABS } from "./tabs";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const admin = await requirePermission("view");
  return (
    <>
      <SettingsTabs tabs={SETTINGS_TABS.filter((tab) => can(admin.role, tab.permission)).map(({ href, label }) => ({ href, label }))} />
      {children}
    </>
  );
}
