"use client";

import type { ImportProgress } from "@/lib/server/imports/import-progress";
import { LiveProgress, useLiveProgress } from "./live-progress";
import { ImportStatusBadge } from "./status-badge";

/** The import page's live status, bar and counts, all from the same polled state. */
export function ImportProgressPanel({ initial }: { initial: ImportProgress }) {
  const progress = useLiveProgress(initial);
  const counts = [
    ["Created", progress.created],
    ["Updated", progress.updated],
    ["Unchanged", progress.unchanged],
    ["Skipped", progress.skipped],
    ["Failed", progress.failed],
  ] as const;
  return (
    <div className="grid gap-6">
      <div className="flex items-center justify-between gap-4">
        <h2 className="font-semibold leading-none">Progress</h2>
        <ImportStatusBadge status={progress.status} />
      </div>
      <LiveProgress progress={progress} />
      {progress.error && <p className="text-sm text-destructive">{progress.error}</p>}
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-5">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-xl font-semibold tabular-nums">{value.toLocaleString("en-GB")}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
