"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The new secret, selectable by hand and copied with one click. */
export function TokenSecret({ secret }: { secret: string }) {
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="grid gap-2">
      <div className="flex items-stretch gap-2">
        <code data-testid="token-secret" className="flex-1 select-all break-all rounded-md border bg-muted px-3 py-2 font-mono text-sm" aria-label="API token">
          {secret}
        </code>
        <Button type="button" variant="outline" onClick={copy} aria-live="polite">
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      {failed && <p className="text-sm text-destructive">The browser didn&apos;t allow copying. Select the token and copy it by hand.</p>}
    </div>
  );
}
