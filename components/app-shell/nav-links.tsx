"use client";

import { Folders, LayoutDashboard, Mail, Settings, UserPlus, UserRound, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const ICONS = { dashboard: LayoutDashboard, users: Users, groups: Folders, import: UserPlus, settings: Settings, account: UserRound, outbox: Mail };

export interface NavItem {
  href: string;
  label: string;
  icon: keyof typeof ICONS;
}

function isActive(pathname: string, href: string, all: NavItem[]) {
  if (pathname === href) return true;
  // The most specific item wins: /users/import highlights "Add/Update Users", not "Users".
  const matches = all.filter((i) => pathname.startsWith(`${i.href}/`) || pathname === i.href);
  const best = matches.sort((a, b) => b.href.length - a.href.length)[0];
  return best?.href === href;
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="grid gap-1">
      {items.map((item) => {
        const Icon = ICONS[item.icon];
        const active = isActive(pathname, item.href, items);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                active && "bg-accent text-accent-foreground",
              )}
            >
              <Icon className="size-4" aria-hidden />
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
