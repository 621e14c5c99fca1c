"use client";

import { ArchiveRestore, Mail } from "lucide-react";
import { Button } from "@/components/ui/button";
import { archiveLearnersAction, resendWelcomeAction, unarchiveLearnersAction } from "../actions";
import { ArchiveDialog } from "../archive-dialog";
import { useLearnerAction } from "../use-learner-action";

export function UserActions({ id, name, active, canResendWelcome }: { id: string; name: string; active: boolean; canResendWelcome: boolean }) {
  const { run, pending } = useLearnerAction();
  return (
    <>
      {active ? (
        <ArchiveDialog who={name} disabled={pending} onConfirm={() => run(archiveLearnersAction, [id])} />
      ) : (
        <Button variant="outline" size="sm" disabled={pending} onClick={() => run(unarchiveLearnersAction, [id])}>
          <ArchiveRestore aria-hidden />
          Unarchive
        </Button>
      )}
      <Button variant="outline" size="sm" disabled={pending || !canResendWelcome} onClick={() => run(resendWelcomeAction, [id])}>
        <Mail aria-hidden />
        Resend welcome email
      </Button>
    </>
  );
}
