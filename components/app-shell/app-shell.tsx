import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { NavLinks, type NavItem } from "@/components/app-shell/nav-links";
import { UserMenu } from "@/components/app-shell/user-menu";
import { requireAdmin } from "@/lib/auth/require-admin";
import { can, ROLE_LABELS } from "@/lib/auth/roles";

/**
 * The signed-in admin's frame: navigation, organisation, account menu;
 * shared by the (app) route groups. Pages behind a loading.tsx stream their
 * content in after a skeleton, and only the page's script puts it in place,
 * so without JavaScript their frame says so instead of showing a skeleton
 * for ever (`streamed`).
 */
export async function AppShell({ children, logout, streamed = true }: { children: React.ReactNode; logout: () => Promise<void>; streamed?: boolean }) {
  const admin = await requireAdmin();
  const nav: NavItem[] = [
    { href: "/dashboard", label: "Dashboard", icon: "dashboard" },
    { href: "/users", label: "Users", icon: "users" },
    // Viewers can't import: the users page says so where the button would be.
    ...(can(admin.role, "imports:write") ? [{ href: "/users/import", label: "Add/Update Users", icon: "import" } as const] : []),
    // After the first three: those are the mobile header's links.
    { href: "/groups", label: "Groups", icon: "groups" },
    { href: "/settings", label: "Settings", icon: "settings" },
    { href: "/account", label: "Account", icon: "account" },
  ];

  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:ring-2 focus:ring-ring">
        Skip to content
      </a>
      <aside className="hidden w-60 shrink-0 border-r bg-muted/30 md:block">
        <div className="sticky top-0 flex h-screen flex-col gap-6 p-4">
          <Link href="/dashboard" className="rounded-md px-2 py-1 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
            <Logo />
          </Link>
          <nav aria-label="Main">
            <NavLinks items={nav} />
          </nav>
          <div className="mt-auto rounded-md border bg-background px-3 py-2 text-xs text-muted-foreground">
            <div className="font-medium text-foreground">{admin.organisation.name}</div>
            <div>Organisation · {admin.organisation.slug}</div>
            <div className="mt-1">
              Your role · <span className="font-medium text-foreground">{ROLE_LABELS[admin.role]}</span>
            </div>
          </div>
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center justify-between gap-4 border-b bg-background/95 px-4 backdrop-blur md:px-8">
          <div className="flex items-center gap-3 md:hidden">
            <Logo />
          </div>
          <nav aria-label="Main (mobile)" className="flex gap-3 overflow-x-auto text-sm md:hidden">
            {nav.slice(0, 3).map((item) => (
              <Link key={item.href} href={item.href} className="whitespace-nowrap text-muted-foreground hover:text-foreground">
                {item.label}
              </Link>
            ))}
          </nav>
          <div className="hidden text-sm text-muted-foreground md:block">{admin.organisation.name}</div>
          <UserMenu name={admin.name} username={admin.username} logout={logout} />
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 md:px-8">
          {streamed && (
            <noscript>
              <div role="alert" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
                This page needs JavaScript to show its content. Turn JavaScript on for this site, or{" "}
                <Link href="/users/import" className="font-medium underline underline-offset-4">
                  add or update users
                </Link>
                , which works without it.
              </div>
              <style>{"[aria-busy=\"true\"][aria-label=\"Loading\"]{display:none}"}</style>
            </noscript>
          )}
          {children}
        </main>
      </div>
    </div>
  );
}
