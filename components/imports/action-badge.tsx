import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

const STYLES: Record<string, { label: string; className: string }> = {
  create: { label: "New", className: "border-emerald-200 bg-emerald-50 text-emerald-800" },
  CREATED: { label: "Created", className: "border-emerald-200 bg-emerald-50 text-emerald-800" },
  update: { label: "Update", className: "border-sky-200 bg-sky-50 text-sky-800" },
  UPDATED: { label: "Updated", className: "border-sky-200 bg-sky-50 text-sky-800" },
  unchanged: { label: "Unchanged", className: "border-border bg-muted text-muted-foreground" },
  UNCHANGED: { label: "Unchanged", className: "border-border bg-muted text-muted-foreground" },
  skip: { label: "Skipped", className: "border-amber-200 bg-amber-50 text-amber-900" },
  SKIPPED: { label: "Skipped", className: "border-amber-200 bg-amber-50 text-amber-900" },
  error: { label: "Error", className: "border-red-200 bg-red-50 text-red-800" },
  FAILED: { label: "Failed", className: "border-red-200 bg-red-50 text-red-800" },
  PENDING: { label: "Waiting", className: "border-border bg-muted text-muted-foreground" },
};

/** The outcome of a row, planned (review) or applied (import results). */
export function ActionBadge({ action }: { action: string }) {
  const style = STYLES[action] ?? { label: action, className: "" };
  return (
    <Badge variant="outline" className={cn("font-medium", style.className)}>
      {style.label}
    </Badge>
  );
}
