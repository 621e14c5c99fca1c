"use client";

import { Mail } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { callAction } from "@/components/forms/call-action";
import { ImportOptionsFields } from "@/components/imports/import-options-fields";
import { FormAlert } from "@/components/forms/form-alert";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { plural } from "@/lib/imports/message-format";
import { plannedWelcomeMessage } from "@/lib/imports/welcome-message";
import type { ImportOptions } from "@/lib/server/imports/import-options";
import type { PlanCounts, PlannedNewGroups } from "@/lib/server/imports/plan-import";
import { GroupOptionsFields } from "./group-options-fields";
import { confirmImportAction, discardDraftAction, saveOptionsAction } from "../../actions";

export function ConfirmPanel({
  importId,
  options: initial,
  counts,
  welcomeEmails,
  source,
  hasGroupsColumn,
  newGroups,
}: {
  importId: string;
  /** The options the server planned with: `counts` and `welcomeEmails` are for these. */
  options: ImportOptions;
  counts: PlanCounts;
  welcomeEmails: number;
  source: string;
  /** A column is mapped to Groups: show the group choices. */
  hasGroupsColumn: boolean;
  newGroups: PlannedNewGroups;
}) {
  const router = useRouter();
  const [options, setOptions] = useState(initial);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  // Before hydration a click would do nothing: the buttons wait visibly instead.
  const hydrated = useHydrated();
  const writes = counts.create + counts.update;
  const notImported = counts.error + counts.skip;
  // Until the page has re-planned with a changed option, the server's count is for the old one.
  const replanning =
    options.mode !== initial.mode || options.sendWelcome !== initial.sendWelcome || options.groupsMode !== initial.groupsMode || options.newGroups !== initial.newGroups;

  function change(next: ImportOptions) {
    setOptions(next);
    startTransition(async () => {
      const result = await callAction(() => saveOptionsAction({ importId, options: next }));
      if (!result) return;
      if (result.ok) return router.refresh();
      // Unsaved, the choice goes back to the one the page was planned with, so the counts stay true.
      setOptions(initial);
      setError(result.formError);
    });
  }

  /** Redirects to the upload page when it works; otherwise says why. */
  async function discard() {
    const result = await callAction(() => discardDraftAction({ importId }));
    if (result && !result.ok) setError(result.formError);
  }

  function confirm() {
    setError(undefined);
    startTransition(async () => {
      const result = await callAction(() => confirmImportAction({ importId, options }));
      if (result && !result.ok) setError(result.formError);
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Confirm</CardTitle>
        <CardDescription>Changing an option rechecks the rows above.</CardDescription>
      </CardHeader>
      <CardContent>
        <div className="grid gap-6">
          <ImportOptionsFields value={options} onChange={change} showBlankClears={source !== "TEXTBOX"} disabled={pending} />
          {hasGroupsColumn && (
            <section aria-labelledby="group-options-heading" className="grid gap-4 border-t pt-6">
              <h3 id="group-options-heading" className="text-sm font-semibold">
                Groups column
              </h3>
              <GroupOptionsFields value={options} onChange={change} newGroups={newGroups} disabled={pending} />
            </section>
          )}
        </div>
      </CardContent>
      <CardFooter className="flex flex-col items-stretch gap-4 border-t pt-6 sm:flex-row sm:items-center sm:justify-between">
        <div className="grid gap-2 text-sm">
          <FormAlert message={error} />
          <p aria-live="polite">
            {writes === 0
              ? "Nothing to import: every row is unchanged, skipped or has an error."
              : `${counts.create.toLocaleString("en-GB")} new and ${counts.update.toLocaleString("en-GB")} updated users will be saved.`}{" "}
            {notImported > 0 && <strong>{plural(notImported, "row")} with errors or skipped will not be imported.</strong>}
          </p>
          <p className="flex items-center gap-2 text-muted-foreground" aria-live="polite">
            <Mail className="size-4 shrink-0" aria-hidden />
            {replanning ? "Counting welcome emails…" : plannedWelcomeMessage({ sendWelcome: initial.sendWelcome, created: counts.create, welcomeEmails })}
          </p>
        </div>
        <div className="flex gap-3">
          <Button type="button" variant="ghost" disabled={pending || !hydrated} onClick={() => startTransition(discard)}>
            Cancel import
          </Button>
          <Button type="button" size="lg" onClick={confirm} disabled={pending || !hydrated || writes === 0}>
            {pending ? "Working…" : `Import ${writes.toLocaleString("en-GB")} ${writes === 1 ? "user" : "users"}`}
          </Button>
        </div>
      </CardFooter>
    </Card>
  );
}
