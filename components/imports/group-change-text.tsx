import type { GroupChange } from "@/lib/imports/group-change";

/** What an import row did to the user's groups, as the results and the user's history show it. */
export function GroupChangeText({ change }: { change: GroupChange }) {
  return (
    <span className="block text-sm text-muted-foreground">
      {change.added.length > 0 && (
        <span className="block">
          <span className="font-medium text-emerald-700">Added to</span> {change.added.join(", ")}
        </span>
      )}
      {change.removed.length > 0 && (
        <span className="block">
          <span className="font-medium text-amber-800">Removed from</span> {change.removed.join(", ")}
        </span>
      )}
    </span>
  );
}
