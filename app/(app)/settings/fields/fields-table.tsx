import { Lock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ProfileFieldRow } from "@/lib/server/fields/list-fields";
import { FIELD_TYPE_LABELS } from "@/lib/validations/fields";
import { EditFieldDialog } from "./edit-field-dialog";
import { EnabledSwitch, MoveButtons } from "./field-controls";

/** Built-ins are stored as text but an import reads them by their own rules. */
const BUILT_IN_TYPES: Record<string, string> = {
  email: "Email address",
  firstName: "Text",
  lastName: "Text",
  active: "1 or 0 (active or archived)",
};

function describeType(field: ProfileFieldRow) {
  if (field.builtIn) return BUILT_IN_TYPES[field.key] ?? FIELD_TYPE_LABELS[field.type];
  if (field.type !== "SELECT") return FIELD_TYPE_LABELS[field.type];
  const shown = field.options.slice(0, 3).join(", ");
  const more = field.options.length > 3 ? ` and ${field.options.length - 3} more` : "";
  return (
    <>
      {FIELD_TYPE_LABELS.SELECT}
      <span className="block text-xs text-muted-foreground">
        {shown}
        {more}
      </span>
    </>
  );
}

export function FieldsTable({ fields, valueCounts }: { fields: ProfileFieldRow[]; valueCounts: Record<string, number> }) {
  const custom = fields.filter((f) => !f.builtIn);
  return (
    <div className="overflow-hidden rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow className="bg-muted/40">
            <TableHead className="w-[34%]">Label</TableHead>
            <TableHead>Type</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Actions</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.map((field) => {
            const index = custom.indexOf(field);
            return (
              <TableRow key={field.id}>
                <TableCell className="align-top font-medium">
                  <div className="flex items-center gap-2">
                    {field.builtIn && (
                      <>
                        <Lock className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                        <span className="sr-only">Locked:</span>
                      </>
                    )}
                    <span className={field.enabled ? undefined : "text-muted-foreground"}>{field.label}</span>
                    {field.builtIn && <Badge variant="secondary">Required</Badge>}
                  </div>
                </TableCell>
                <TableCell className="align-top">{describeType(field)}</TableCell>
                <TableCell className="align-top">
                  {field.builtIn ? (
                    <span className="text-sm text-muted-foreground">Always on</span>
                  ) : (
                    <EnabledSwitch id={field.id} label={field.label} enabled={field.enabled} />
                  )}
                </TableCell>
                <TableCell className="align-top">
                  {field.builtIn ? (
                    <span className="block text-right text-sm text-muted-foreground">Can&apos;t be changed</span>
                  ) : (
                    <div className="flex items-center justify-end gap-2">
                      <EditFieldDialog field={field} valueCount={valueCounts[field.key] ?? 0} />
                      <MoveButtons id={field.id} label={field.label} first={index === 0} last={index === custom.length - 1} />
                    </div>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
