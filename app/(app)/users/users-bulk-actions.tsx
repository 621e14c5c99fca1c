"use client";

import { Mail, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { GroupOption } from "@/lib/server/groups/list-groups";
import type { LearnerListRow } from "@/lib/server/learners/list-learners";
import { addToGroupAction, archiveLearnersAction, eraseLearnersAction, removeFromGroupAction, resendWelcomeAction, unarchiveLearnersAction } from "./actions";
import { ArchiveDialog } from "./archive-dialog";
import { EraseDialog } from "./erase-dialog";
import { learnerName } from "./learner-name";
import { GroupMembersDialog } from "./group-members-dialog";
import { UnarchiveDialog } from "./unarchive-dialog";
import { useLearnerAction } from "./use-learner-action";

const count = new Intl.NumberFormat("en-GB");

/** What can be done with the selected rows; buttons that would change nothing are disabled. */
export function UsersBulkActions({
  selected,
  groups,
  fixedGroup,
  canErase = false,
  onClear,
}: {
  selected: LearnerListRow[];
  groups: GroupOption[];
  /** On a group's page: removing takes that group, and adding to it makes no sense. */
  fixedGroup?: GroupOption;
  /** Owners and Admins may erase (learners:erase). */
  canErase?: boolean;
  onClear: () => void;
}) {
  const { run, pending } = useLearnerAction(onClear);
  const ids = selected.map((learner) => learner.id);
  const canArchive = selected.some((learner) => learner.active);
  const archived = selected.filter((learner) => !learner.active);
  const canResend = selected.some((learner) => learner.active && learner.welcome !== "ACTIVATED" && learner.welcome !== "QUEUED");
  const users = (n: number) => (n === 1 ? "1 user" : `${count.format(n)} users`);
  const who = users(selected.length);

  return (
    <div role="region" aria-label="Selected users" className="flex flex-wrap items-center gap-2 rounded-md border bg-muted/40 px-3 py-2">
      <p className="mr-2 text-sm font-medium" aria-live="polite">
        {who} selected
      </p>
      <ArchiveDialog who={who} disabled={pending || !canArchive} onConfirm={() => run(archiveLearnersAction, ids)} />
      <UnarchiveDialog
        who={users(archived.length)}
        archived={archived.length}
        neverWelcomed={archived.filter((learner) => learner.neverWelcomed).length}
        disabled={pending || archived.length === 0}
        onConfirm={(sendWelcome) => run((input) => unarchiveLearnersAction({ ...input, sendWelcome }), ids)}
      />
      <Button variant="outline" size="sm" disabled={pending || !canResend} onClick={() => run(resendWelcomeAction, ids)}>
        <Mail aria-hidden />
        Resend welcome email
      </Button>
      {!fixedGroup && (
        <GroupMembersDialog change="add" who={who} groups={groups} disabled={pending} onConfirm={(groupId) => run((input) => addToGroupAction({ ...input, groupId }), ids)} />
      )}
      <GroupMembersDialog
        change="remove"
        who={who}
        groups={groups}
        fixedGroup={fixedGroup}
        disabled={pending}
        onConfirm={(groupId) => run((input) => removeFromGroupAction({ ...input, groupId }), ids)}
      />
      {canErase && (
        <EraseDialog
          who={selected.length === 1 ? learnerName(selected[0]!) : who}
          count={selected.length}
          email={selected.length === 1 ? selected[0]!.email : undefined}
          disabled={pending}
          onConfirm={(confirmation) => run((input) => eraseLearnersAction({ ...input, confirmation }), ids)}
        />
      )}
      <Button variant="ghost" size="sm" className="ml-auto" onClick={onClear} disabled={pending}>
        <X aria-hidden />
        Clear selection
      </Button>
    </div>
  );
}
