import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/require-permission";
import { isPermission, refusal, ROLE_LABELS } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Not available for your role" };

/** Where a page the admin's role can't open sends them (lib/auth/require-permission.ts): what they can't do, and who can help. */
export default async function NoAccessPage({ searchParams }: { searchParams: Promise<{ need?: string | string[] }> }) {
  const admin = await requirePermission("view");
  const { need } = await searchParams;
  const reason = isPermission(need) ? refusal(admin.role, need) : `Your role (${ROLE_LABELS[admin.role]}) can't open that page. An owner can change your role in Settings → Team.`;
  return (
    <div className="flex flex-col items-center gap-4 py-16 text-center">
      <div className="rounded-full bg-muted p-3">
        <ShieldAlert className="size-6 text-muted-foreground" aria-hidden />
      </div>
      <h1 className="text-2xl font-semibold tracking-tight">Not available for your role</h1>
      <p className="max-w-md text-sm text-muted-foreground">{reason}</p>
      <p className="text-sm text-muted-foreground">
        You&apos;re signed in as {admin.name}, {ROLE_LABELS[admin.role]} of {admin.organisation.name}.
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        <Button asChild>
          <Link href="/dashboard">Go to the dashboard</Link>
        </Button>
        <Button variant="outline" asChild>
          <Link href="/settings/team">See who&apos;s on the team</Link>
        </Button>
      </div>
    </div>
  );
}
