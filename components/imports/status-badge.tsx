import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

const STYLES: Record<string, { label: string; className: string }> = {
  DRAFT: { label: "Draft", className: "bg-muted text-muted-foreground" },
  QUEUED: { label: "Queued", className: "border-sky-200 bg-sky-50 text-sky-800" },
  RUNNING: { label: "Running", className: "border-indigo-200 bg-indigo-50 text-indigo-800" },
  COMPLETED: { label: "Completed", className: "border-emerald-200 bg-emerald-50 text-emerald-800" },
  FAILED: { label: "Failed", className: "border-red-200 bg-red-50 text-red-800" },
  UNDONE: { label: "Undone", className: "border-amber-200 bg-amber-50 text-amber-900" },
};

export function ImportStatusBadge({ status }: { status: string }) {
  const style = STYLES[status] ?? { label: status, className: "" };
  return (
    <Badge variant="outline" className={cn("font-medium", style.className)}>
      {style.label}
    </Badge>
  );
}
