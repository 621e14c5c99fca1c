"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Progress } from "@/components/ui/progress";
import type { ImportProgress } from "@/lib/server/imports/import-progress";

const ACTIVE = new Set(["QUEUED", "RUNNING"]);

export function percentDone(p: Pick<ImportProgress, "status" | "processedRows" | "totalRows">) {
  if (p.status === "COMPLETED") return 100;
  return p.totalRows ? Math.floor((p.processedRows / p.totalRows) * 100) : 0;
}

/** Polls an import's progress while it runs, then refreshes the page once it has finished. */
export function LiveProgress({ initial, compact = false }: { initial: ImportProgress; compact?: boolean }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const running = ACTIVE.has(progress.status);

  useEffect(() => {
    if (!ACTIVE.has(initial.status)) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/imports/${initial.id}/progress`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok || stopped) return;
      const next = (await response.json()) as ImportProgress;
      setProgress(next);
      if (!ACTIVE.has(next.status)) {
        stopped = true;
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [initial.id, initial.status, router]);

  const percent = percentDone(progress);
  const label =
    progress.status === "QUEUED"
      ? "Queued — waiting to start"
      : running
        ? `${progress.processedRows.toLocaleString("en-GB")} of ${progress.totalRows.toLocaleString("en-GB")} rows`
        : progress.status === "COMPLETED"
          ? "Finished"
          : progress.status === "FAILED"
            ? "Failed"
            : progress.status.toLowerCase();

  return (
    <div className="grid gap-1.5">
      <Progress value={percent} aria-label="Import progress" aria-valuetext={`${percent}%`} className={compact ? "h-1.5" : "h-2.5"} />
      <p className="flex justify-between text-xs text-muted-foreground" role="status" aria-live="polite">
        <span>{label}</span>
        <span className="tabular-nums">{percent}%</span>
      </p>
    </div>
  );
}
