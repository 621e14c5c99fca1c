import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import { Card, CardContent } from "@/components/ui/card";

export const metadata: Metadata = { title: "Account activated" };

/** Where activating a welcome link ends; it shows nothing of the learner, so it needs no token. */
export default function ActivatedPage() {
  return (
    <Card>
      <CardContent className="grid justify-items-center gap-3 py-8 text-center" role="status">
        <CircleCheck className="size-10 text-emerald-600" aria-hidden />
        <h1 className="text-lg font-semibold">Your account is ready</h1>
        <p className="text-sm text-muted-foreground">You can now sign in to your learning platform with your email address and this password.</p>
      </CardContent>
    </Card>
  );
}
