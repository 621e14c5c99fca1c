"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { toastAction } from "@/components/forms/toast-action";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";
import { changeRoleAction } from "./actions";

const article = (role: Role) => (role === "VIEWER" ? "a" : "an");

/** Picking a role asks first: the change signs the person out everywhere, so it shouldn't happen on a stray click. */
export function RoleSelect({ admin, you, lockedReason }: { admin: { id: string; name: string; role: Role }; you: boolean; lockedReason?: string }) {
  const id = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [proposed, setProposed] = useState<Role | null>(null);

  function confirm() {
    const role = proposed;
    if (!role) return;
    startTransition(async () => {
      const result = await toastAction(() => changeRoleAction({ adminId: admin.id, role }));
      setProposed(null);
      if (!result) return;
      toast.success(result.message);
      router.refresh();
    });
  }

  return (
    <div className="grid gap-1">
      <Select value={admin.role} onValueChange={(value) => value !== admin.role && setProposed(value as Role)} disabled={pending || Boolean(lockedReason)}>
        <SelectTrigger size="sm" className="w-32" aria-label={`Role of ${admin.name}`} aria-describedby={lockedReason ? `${id}-locked` : undefined}>
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {ROLES.map((role) => (
            <SelectItem key={role} value={role}>
              {ROLE_LABELS[role]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      {lockedReason && (
        <p id={`${id}-locked`} className="max-w-48 text-xs text-muted-foreground">
          {lockedReason}
        </p>
      )}
      <AlertDialog open={proposed !== null} onOpenChange={(open) => !open && setProposed(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>
              {proposed && (you ? `Make yourself ${article(proposed)} ${ROLE_LABELS[proposed]}?` : `Make ${admin.name} ${article(proposed)} ${ROLE_LABELS[proposed]}?`)}
            </AlertDialogTitle>
            <AlertDialogDescription>
              {proposed && `${ROLE_LABELS[proposed]}s: ${ROLE_DESCRIPTIONS[proposed]} `}
              {you ? "You'll be signed out and log in again with the new role." : `${admin.name} is signed out everywhere and logs in again with the new role.`}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction onClick={confirm}>Change role</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
