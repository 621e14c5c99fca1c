import { redirect } from "next/navigation";

/** Profile fields are the only settings so far; the nav links here directly. */
export default function SettingsPage() {
  redirect("/settings/fields");
}
