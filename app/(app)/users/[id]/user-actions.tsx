"use client";

import { Mail } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { archiveLearnersAction, eraseLearnersAction, resendWelcomeAction, unarchiveLearnersAction } from "../actions";
import { ArchiveDialog } from "../archive-dialog";
import { EraseDialog } from "../erase-dialog";
import { UnarchiveDialog } from "../unarchive-dialog";
import { useLearnerAction } from "../use-learner-action";

export function UserActions({
  id,
  name,
  email,
  active,
  canResendWelcome,
  neverWelcomed,
  canErase,
}: {
  id: string;
  name: string;
  email: string;
  active: boolean;
  canResendWelcome: boolean;
  /** No welcome email yet: unarchiving offers one. */
  neverWelcomed: boolean;
  /** Owners and Admins may erase (learners:erase). */
  canErase: boolean;
}) {
  const router = useRouter();
  const { run, pending } = useLearnerAction();
  // Once erased there is no page to stay on.
  const erase = useLearnerAction(() => router.push("/users"));
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
      {canErase && (
        <EraseDialog
          who={name}
          count={1}
          email={email}
          disabled={pending || erase.pending}
          onConfirm={(confirmation) => erase.run((input) => eraseLearnersAction({ ...input, confirmation }), [id])}
        />
      )}
    </>
  );
}
