import type { LucideIcon } from "lucide-react";

/** The dashed panel shown where a list has nothing in it yet: what goes here, and how to add it. */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  headingLevel: Heading = "h2",
}: {
  icon: LucideIcon;
  title: string;
  children: React.ReactNode;
  action?: React.ReactNode;
  headingLevel?: "h2" | "h3";
}) {
  return (
    <div className="flex flex-col items-center gap-4 rounded-lg border border-dashed px-6 py-12 text-center">
      <div className="rounded-full bg-muted p-3">
        <Icon className="size-6 text-muted-foreground" aria-hidden />
      </div>
      <div className="space-y-1">
        <Heading className="text-lg font-semibold">{title}</Heading>
        <p className="max-w-md text-sm text-muted-foreground">{children}</p>
      </div>
      {action}
    </div>
  );
}
