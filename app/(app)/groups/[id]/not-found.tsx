import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function GroupNotFound() {
  return (
    <div className="flex flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Group not found</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        This group doesn&apos;t exist in your organisation. It may have been deleted, or the link may belong to another organisation.
      </p>
      <Button asChild>
        <Link href="/groups">Back to groups</Link>
      </Button>
    </div>
  );
}
