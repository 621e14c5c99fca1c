import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { NavLinks, type NavItem } from "@/components/app-shell/nav-links";
import { UserMenu } from "@/components/app-shell/user-menu";
import { requireAdmin } from "@/lib/auth/require-admin";
import { logout } from "./actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const admin = await requireAdmin();
  const nav: NavItem[] = [
    { href: "/dashboard", label: "Dashboard", icon: "dashboard" },
    { href: "/users", label: "Users", icon: "users" },
    { href: "/users/import", label: "Add/Update Users", icon: "import" },
    { href: "/settings/fields", label: "Settings", icon: "settings" },
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
          {children}
        </main>
      </div>
    </div>
  );
}
