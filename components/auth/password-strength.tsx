"use client";

import { useEffect, useState } from "react";
import { cn } from "@/lib/utils";

type Strength = { score: number; label: string };

const COLOURS = ["bg-destructive", "bg-destructive", "bg-amber-500", "bg-emerald-500", "bg-emerald-600"];

/** A strength hint; the dictionary behind it is loaded on first use, not with the page. */
export function PasswordStrength({ password, context = [] }: { password: string; context?: string[] }) {
  const [strength, setStrength] = useState<Strength | null>(null);
  const contextKey = context.join("\u0000");

  useEffect(() => {
    let cancelled = false;
    if (!password) return;
    void import("@/lib/auth/password-policy").then(({ passwordStrength }) => {
      if (!cancelled) setStrength(passwordStrength(password, contextKey ? contextKey.split("\u0000") : []));
    });
    return () => {
      cancelled = true;
    };
  }, [password, contextKey]);

  const shown = password ? strength : null;
  return (
    <div className="grid gap-1.5" aria-live="polite">
      <div className="grid grid-cols-5 gap-1" aria-hidden>
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className={cn("h-1.5 rounded-full bg-muted", shown && i <= shown.score && COLOURS[shown.score])} />
        ))}
      </div>
      <p className="text-xs text-muted-foreground">
        {shown ? `Strength: ${shown.label}.` : "Use 12 or more characters. A few unrelated words make a strong, memorable password."}
      </p>
    </div>
  );
}
