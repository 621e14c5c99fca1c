import { AppShell } from "@/components/app-shell/app-shell";
import { logout } from "./actions";

export default function AppLayout({ children }: { children: React.ReactNode }) {
  return <AppShell logout={logout}>{children}</AppShell>;
}
