import { FolderPlus, TriangleAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { joinWithAnd, plural } from "@/lib/imports/message-format";
import type { PlannedNewGroups } from "@/lib/server/imports/plan-import";

const LISTED = 12;

/** "3 new groups will be created: …", or, when the admin chose otherwise, which rows that sends to errors. */
export function NewGroupsNotice({ newGroups, create }: { newGroups: PlannedNewGroups; create: boolean }) {
  const { names, rows } = newGroups;
  if (names.length === 0) return null;
  const shown = names.slice(0, LISTED).map((name) => `“${name}”`);
  const listed = names.length > LISTED ? `${shown.join(", ")} and ${names.length - LISTED} more` : joinWithAnd(shown);
  return (
    <Alert role="status" className={create ? undefined : "border-amber-300 bg-amber-50 text-amber-950"}>
      {create ? <FolderPlus aria-hidden /> : <TriangleAlert aria-hidden />}
      <AlertTitle>{create ? `${plural(names.length, "new group")} will be created` : `${plural(names.length, "group")} in the file ${names.length === 1 ? "doesn't" : "don't"} exist yet`}</AlertTitle>
      <AlertDescription>
        <p>
          {listed}.{" "}
          {create
            ? `${plural(rows, "row")} ${rows === 1 ? "names" : "name"} them. Check the spelling: a typo becomes a group of its own. To refuse them instead, choose “Send those rows to errors” below.`
            : `The ${plural(rows, "row")} naming them ${rows === 1 ? "is" : "are"} listed as errors and won't be imported. To create them, choose “Create the new groups” below.`}
        </p>
      </AlertDescription>
    </Alert>
  );
}
