import { ListPlus } from "lucide-react";
import { EmptyState } from "@/components/app-shell/empty-state";
import { AddFieldDialog } from "./add-field-dialog";

/** Only the built-in fields so far: explain what custom fields are for. */
export function FieldsEmptyState() {
  return (
    <EmptyState icon={ListPlus} title="No custom fields yet" action={<AddFieldDialog variant="outline" />}>
      Add fields for anything else you keep about your users, such as Department, Cost Centre or Start Date. Each field becomes a column in the CSV template
      and can be filled in by your next import.
    </EmptyState>
  );
}
