import { logout } from "@/app/(app)/actions";
import { AppShell } from "@/components/app-shell/app-shell";

/**
 * Admin pages whose form must be in the HTML from the first byte: no
 * loading.tsx above them, so the server sends the page whole instead of a
 * skeleton that only the page's script replaces. Before hydration (a slow
 * connection, a busy server) or without JavaScript, the form is there and
 * posts natively. Each page here is one small query.
 */
export default function UnstreamedAppLayout({ children }: { children: React.ReactNode }) {
  return (
    <AppShell logout={logout} streamed={false}>
      {children}
    </AppShell>
  );
}
