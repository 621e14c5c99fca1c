import { UsersRound } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/app-shell/empty-state";
import { Button } from "@/components/ui/button";

/** The first visit: no users at all, so no table, just the way to add them (for a role that may). */
export function UsersEmptyState({ canImport = true }: { canImport?: boolean }) {
  return (
    <EmptyState
      icon={UsersRound}
      title="No users yet"
      action={
        canImport ? (
          <Button asChild>
            <Link href="/users/import">Add/Update Users</Link>
          </Button>
        ) : undefined
      }
    >
      Add your staff by uploading a spreadsheet or pasting a list of email addresses. Each user gets a welcome email with a link to activate their account. To
      change users later, upload an updated spreadsheet the same way.
    </EmptyState>
  );
}
