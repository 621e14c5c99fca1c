import { ListPlus } from "lucide-react";
import { AddFieldDialog } from "./add-field-dialog";

/** Only the built-in fields so far: explain what custom fields are for. */
export function FieldsEmptyState() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-lg border border-dashed px-6 py-12 text-center">
      <div className="rounded-full bg-muted p-3">
        <ListPlus className="size-6 text-muted-foreground" aria-hidden />
      </div>
      <div className="space-y-1">
        <h2 className="text-lg font-semibold">No custom fields yet</h2>
        <p className="max-w-md text-sm text-muted-foreground">
          Add fields for anything else you keep about your users, such as Department, Cost Centre or Start Date. Each field becomes a column in the CSV
          template and can be filled in by your next import.
        </p>
      </div>
      <AddFieldDialog variant="outline" />
    </div>
  );
}
