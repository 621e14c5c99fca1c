import { Check } from "lucide-react";
import { cn } from "@/lib/utils";

export const IMPORT_STEPS = ["Upload", "Map fields", "Review", "Confirm"] as const;

export function Stepper({ current }: { current: (typeof IMPORT_STEPS)[number] }) {
  const currentIndex = IMPORT_STEPS.indexOf(current);
  return (
    <nav aria-label="Import progress" className="mb-8">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-3 text-sm">
        {IMPORT_STEPS.map((step, index) => {
          const state = index < currentIndex ? "done" : index === currentIndex ? "current" : "upcoming";
          return (
            <li key={step} className="flex items-center gap-2" aria-current={state === "current" ? "step" : undefined}>
              <span
                className={cn(
                  "grid size-7 place-items-center rounded-full border text-xs font-semibold",
                  state === "done" && "border-primary bg-primary text-primary-foreground",
                  state === "current" && "border-primary text-primary ring-4 ring-primary/15",
                  state === "upcoming" && "text-muted-foreground",
                )}
              >
                {state === "done" ? <Check className="size-3.5" aria-hidden /> : index + 1}
              </span>
              <span className={cn("font-medium", state === "upcoming" && "text-muted-foreground")}>
                {step}
                {state === "done" && <span className="sr-only"> (done)</span>}
              </span>
              {index < IMPORT_STEPS.length - 1 && <span className="mx-2 hidden h-px w-10 bg-border sm:block" aria-hidden />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
