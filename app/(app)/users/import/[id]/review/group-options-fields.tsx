"use client";

import { useId } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { plural } from "@/lib/imports/message-format";
import type { ImportOptions } from "@/lib/server/imports/import-options";
import type { PlannedNewGroups } from "@/lib/server/imports/plan-import";

/** The confirm panel's two choices about the Groups column: set or only add, and what to do with names that match no group. */
export function GroupOptionsFields({
  value,
  onChange,
  newGroups,
  disabled,
}: {
  value: ImportOptions;
  onChange: (next: ImportOptions) => void;
  newGroups: PlannedNewGroups;
  disabled?: boolean;
}) {
  const id = useId();
  const choices = [
    { value: "create", label: `Create the ${plural(newGroups.names.length, "new group")}`, hint: "Their rows are imported and the users join the new groups." },
    { value: "error", label: "Send those rows to errors", hint: `${plural(newGroups.rows, "row")} won't be imported; correct the names and upload again.` },
  ] as const;
  return (
    <div className="grid gap-6">
      <div className="flex items-start gap-3">
        <Checkbox
          id={`${id}-add`}
          checked={value.groupsMode === "add"}
          disabled={disabled}
          onCheckedChange={(checked) => onChange({ ...value, groupsMode: checked === true ? "add" : "set" })}
        />
        <div className="grid gap-1">
          <Label htmlFor={`${id}-add`}>Only add to these groups</Label>
          <p className="text-sm text-muted-foreground">
            Off by default: a filled Groups cell sets the user&apos;s groups to exactly those listed. On: users keep the groups they&apos;re in and join the ones listed. A blank cell
            always leaves groups as they are.
          </p>
        </div>
      </div>
      {newGroups.names.length > 0 && (
        <fieldset className="grid gap-3" disabled={disabled}>
          <legend className="mb-3 text-sm font-medium">Group names that match no group</legend>
          <RadioGroup value={value.newGroups} onValueChange={(next) => onChange({ ...value, newGroups: next as ImportOptions["newGroups"] })} className="grid gap-3 sm:grid-cols-2">
            {choices.map((choice) => (
              <Label
                key={choice.value}
                htmlFor={`${id}-${choice.value}`}
                className="flex cursor-pointer items-start gap-3 rounded-lg border p-3 font-normal has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5"
              >
                <RadioGroupItem id={`${id}-${choice.value}`} value={choice.value} className="mt-0.5" />
                <span className="grid gap-1">
                  <span className="font-medium">{choice.label}</span>
                  <span className="text-xs leading-relaxed text-muted-foreground">{choice.hint}</span>
                </span>
              </Label>
            ))}
          </RadioGroup>
        </fieldset>
      )}
    </div>
  );
}
