import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

/** Tones say what a state means, so every status badge in the app colours the same meaning the same way. */
const TONES = {
  success: "border-emerald-200 bg-emerald-50 text-emerald-800",
  info: "border-sky-200 bg-sky-50 text-sky-800",
  progress: "border-indigo-200 bg-indigo-50 text-indigo-800",
  neutral: "bg-muted text-muted-foreground",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  danger: "border-red-200 bg-red-50 text-red-800",
} as const;

export type Tone = keyof typeof TONES;

/** How a badge shows one key of a status map. */
export interface ToneStyle {
  label: string;
  tone: Tone;
}

/** A status badge; without a tone (a key its map doesn't know) it is a plain outline. */
export function ToneBadge({ tone, children }: { tone?: Tone; children: ReactNode }) {
  return (
    <Badge variant="outline" className={cn("font-medium", tone && TONES[tone])}>
      {children}
    </Badge>
  );
}
