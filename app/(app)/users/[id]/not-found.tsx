import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function UserNotFound() {
  return (
    <div className="flex flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">User not found</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        This user doesn&apos;t exist in your organisation. The link may be mistyped, or it may belong to another organisation.
      </p>
      <Button asChild>
        <Link href="/users">Back to users</Link>
      </Button>
    </div>
  );
}
