import { Archive, CircleAlert, CircleMinus, PencilLine, SkipForward, UserPlus } from "lucide-react";
import type { PlanCounts } from "@/lib/server/imports/plan-import";
import { cn } from "@/lib/utils";

const CARDS = [
  { key: "create", label: "New", icon: UserPlus, tone: "text-emerald-700" },
  { key: "update", label: "Updated", icon: PencilLine, tone: "text-sky-700" },
  { key: "unchanged", label: "Unchanged", icon: CircleMinus, tone: "text-muted-foreground" },
  { key: "archive", label: "Will be archived", icon: Archive, tone: "text-amber-700" },
  { key: "skip", label: "Skipped", icon: SkipForward, tone: "text-amber-700" },
  { key: "error", label: "Errors", icon: CircleAlert, tone: "text-destructive" },
] as const;

export function SummaryCards({ counts }: { counts: PlanCounts }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {CARDS.map(({ key, label, icon: Icon, tone }) => (
        <div key={key} className="rounded-lg border bg-card p-4">
          <dt className="flex items-center gap-2 text-sm text-muted-foreground">
            <Icon className={cn("size-4", tone)} aria-hidden />
            {label}
          </dt>
          <dd className={cn("mt-1 text-2xl font-semibold tabular-nums", counts[key] > 0 && key === "error" && "text-destructive")}>
            {counts[key].toLocaleString("en-GB")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
