import { UsersRound } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

/** The first visit: no users at all, so no table, just the way to add them. */
export function UsersEmptyState() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-lg border border-dashed px-6 py-16 text-center">
      <div className="rounded-full bg-muted p-3">
        <UsersRound className="size-6 text-muted-foreground" aria-hidden />
      </div>
      <div className="space-y-1">
        <h2 className="text-lg font-semibold">No users yet</h2>
        <p className="max-w-md text-sm text-muted-foreground">
          Add your staff by uploading a spreadsheet or pasting a list of email addresses. Each user gets a welcome email with a link to activate their
          account. To change users later, upload an updated spreadsheet the same way.
        </p>
      </div>
      <Button asChild>
        <Link href="/users/import">Add/Update Users</Link>
      </Button>
    </div>
  );
}
