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

/** Polls an import's progress every second while it runs; refreshes the page's server parts once it ends. */
export function useLiveProgress(initial: ImportProgress): ImportProgress {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    if (!ACTIVE.has(initial.status)) return;
    let stopped = false;
    let refreshAgain: ReturnType<typeof setInterval> | undefined;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/imports/${initial.id}/progress`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok || stopped) return;
      const next = (await response.json()) as ImportProgress;
      setProgress(next);
      if (!ACTIVE.has(next.status)) {
        stopped = true;
        clearInterval(timer);
        router.refresh();
        // A refresh asked for while the navigation to this page is still settling can be dropped,
        // leaving the finished import without its Undo button. Ask again until the server's parts
        // show it finished: the new `initial.status` ends this effect, and this timer with it.
        let tries = 0;
        refreshAgain = setInterval(() => (++tries > 5 ? clearInterval(refreshAgain) : router.refresh()), 2000);
      }
    }, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
      clearInterval(refreshAgain);
    };
  }, [initial.id, initial.status, router]);

  return progress;
}

function describe(progress: ImportProgress) {
  if (progress.status === "QUEUED") return "Queued — waiting to start";
  if (progress.status === "RUNNING") return `${progress.processedRows.toLocaleString("en-GB")} of ${progress.totalRows.toLocaleString("en-GB")} rows`;
  if (progress.status === "COMPLETED") return "Finished";
  if (progress.status === "FAILED") return "Failed";
  if (progress.status === "UNDONE") return "Undone";
  return progress.status.toLowerCase();
}

export function LiveProgress({ progress, compact = false }: { progress: ImportProgress; compact?: boolean }) {
  const percent = percentDone(progress);
  return (
    <div className="grid gap-1.5">
      <Progress value={percent} aria-label="Import progress" aria-valuetext={`${percent}%`} className={compact ? "h-1.5" : "h-2.5"} />
      <p className="flex justify-between text-xs text-muted-foreground" role="status" aria-live="polite">
        <span>{describe(progress)}</span>
        <span className="tabular-nums">{percent}%</span>
      </p>
    </div>
  );
}

/** A self-updating progress bar for one import (dashboard list). */
export function PolledProgress({ initial, compact }: { initial: ImportProgress; compact?: boolean }) {
  return <LiveProgress progress={useLiveProgress(initial)} compact={compact} />;
}
