import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/app-shell/page-header";
import { Button } from "@/components/ui/button";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const admin = await requireAdmin();
  return (
    <>
      <PageHeader
        title={`Welcome back, ${admin.name.split(" ")[0]}`}
        description={`An overview of ${admin.organisation.name}'s users and imports.`}
        actions={
          <Button asChild>
            <Link href="/users/import">Add/Update Users</Link>
          </Button>
        }
      />
    </>
  );
}
