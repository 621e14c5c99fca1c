"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        Nothing you entered was lost. Try again; if it keeps happening, contact support and quote reference{" "}
        <code className="font-mono">{error.digest ?? "unknown"}</code>.
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
