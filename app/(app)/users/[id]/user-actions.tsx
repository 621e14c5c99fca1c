"use client";

import { Mail } from "lucide-react";
import { Button } from "@/components/ui/button";
import { archiveLearnersAction, resendWelcomeAction, unarchiveLearnersAction } from "../actions";
import { ArchiveDialog } from "../archive-dialog";
import { UnarchiveDialog } from "../unarchive-dialog";
import { useLearnerAction } from "../use-learner-action";

export function UserActions({
  id,
  name,
  active,
  canResendWelcome,
  neverWelcomed,
}: {
  id: string;
  name: string;
  active: boolean;
  canResendWelcome: boolean;
  /** No welcome email yet: unarchiving offers one. */
  neverWelcomed: boolean;
}) {
  const { run, pending } = useLearnerAction();
  return (
    <>
      {active ? (
        <ArchiveDialog who={name} disabled={pending} onConfirm={() => run(archiveLearnersAction, [id])} />
      ) : (
        <UnarchiveDialog
          who={name}
          archived={1}
          neverWelcomed={neverWelcomed ? 1 : 0}
          disabled={pending}
          onConfirm={(sendWelcome) => run((input) => unarchiveLearnersAction({ ...input, sendWelcome }), [id])}
        />
      )}
      <Button variant="outline" size="sm" disabled={pending || !canResendWelcome} onClick={() => run(resendWelcomeAction, [id])}>
        <Mail aria-hidden />
        Resend welcome email
      </Button>
    </>
  );
}
