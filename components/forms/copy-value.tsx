"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A value to paste elsewhere (a token, a URL), selectable by hand and copied with one click. */
export function CopyValue({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="grid gap-2">
      <div className="flex items-stretch gap-2">
        <code data-testid={testId} className="flex-1 select-all break-all rounded-md border bg-muted px-3 py-2 font-mono text-sm" aria-label={label}>
          {value}
        </code>
        <Button type="button" variant="outline" onClick={copy} aria-live="polite" aria-label={copied ? `${label} copied` : `Copy ${label}`}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      {failed && <p className="text-sm text-destructive">The browser didn&apos;t allow copying. Select it and copy it by hand.</p>}
    </div>
  );
}
