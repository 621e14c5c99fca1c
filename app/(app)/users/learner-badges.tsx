import { Badge } from "@/components/ui/badge";
import type { WelcomeState } from "@/lib/server/learners/welcome-state";
import { cn } from "@/lib/utils";

export function StatusBadge({ active }: { active: boolean }) {
  return (
    <Badge variant="outline" className={cn("font-medium", active ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "bg-muted text-muted-foreground")}>
      {active ? "Active" : "Archived"}
    </Badge>
  );
}

export const WELCOME_LABELS: Record<WelcomeState, string> = {
  NOT_SENT: "Not sent",
  QUEUED: "Queued",
  SENT: "Sent",
  FAILED: "Failed",
  ACTIVATED: "Activated",
};

const WELCOME_STYLES: Record<WelcomeState, string> = {
  NOT_SENT: "bg-muted text-muted-foreground",
  QUEUED: "border-sky-200 bg-sky-50 text-sky-800",
  SENT: "border-indigo-200 bg-indigo-50 text-indigo-800",
  FAILED: "border-red-200 bg-red-50 text-red-800",
  ACTIVATED: "border-emerald-200 bg-emerald-50 text-emerald-800",
};

export function WelcomeBadge({ state }: { state: WelcomeState }) {
  return (
    <Badge variant="outline" className={cn("font-medium", WELCOME_STYLES[state])}>
      {WELCOME_LABELS[state]}
    </Badge>
  );
}
