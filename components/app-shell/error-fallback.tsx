"use client";

import { Button } from "@/components/ui/button";

/**
 * What an error boundary shows. A server error carries a digest that matches
 * the server log line, so the admin can quote it; an error without one
 * happened in the browser (usually a dropped connection) and has nothing to quote.
 */
export function ErrorFallback({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p role="alert" className="max-w-md text-sm text-muted-foreground">
        {error.digest ? (
          <>
            The server couldn&apos;t finish this request. Try again; if it keeps happening, contact support and quote reference{" "}
            <code className="font-mono">{error.digest}</code>.
          </>
        ) : (
          "Something interrupted this page, often a dropped connection. Try again; if it keeps happening, reload the page."
        )}
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
