"use client";

import { Pencil, Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
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
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { plural } from "@/lib/imports/message-format";
import { createGroupAction, deleteGroupAction, updateGroupAction } from "./actions";
import { GroupForm } from "./group-form";

export function AddGroupDialog({ variant = "default" }: { variant?: "default" | "outline" }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant}>
          <Plus aria-hidden />
          New group
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New group</DialogTitle>
          <DialogDescription>A group starts empty. Add users from the Users list, or list the group in the Groups column of a spreadsheet.</DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so the form starts empty every time. */}
        {open && (
          <GroupForm
            defaultValues={{ name: "", description: "" }}
            submitLabel="Create group"
            pendingLabel="Creating…"
            submit={createGroupAction}
            onSaved={(message) => {
              toast.success(message);
              setOpen(false);
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

export function EditGroupDialog({ group, size = "sm" }: { group: { id: string; name: string; description: string }; size?: "sm" | "default" }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size={size} aria-label={`Edit ${group.name}`}>
          <Pencil aria-hidden />
          Edit
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Edit “{group.name}”</DialogTitle>
          <DialogDescription>Renaming keeps every member. Spreadsheets must use the new name from now on.</DialogDescription>
        </DialogHeader>
        {open && (
          <GroupForm
            defaultValues={{ name: group.name, description: group.description }}
            submitLabel="Save changes"
            pendingLabel="Saving…"
            submit={(values) => updateGroupAction({ ...values, id: group.id })}
            onSaved={(message) => {
              toast.success(message);
              setOpen(false);
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

/** Deleting removes memberships only; from the group's own page it goes back to the list (`leaveTo`). */
export function DeleteGroupDialog({ group, leaveTo, size = "sm" }: { group: { id: string; name: string; members: number }; leaveTo?: string; size?: "sm" | "default" }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function confirm() {
    startTransition(async () => {
      const result = await toastAction(() => deleteGroupAction({ id: group.id }));
      if (!result) return;
      toast.success(result.message);
      if (leaveTo) router.push(leaveTo);
    });
  }
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size={size} disabled={pending} aria-label={`Delete ${group.name}`}>
          <Trash2 aria-hidden />
          Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete “{group.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            {group.members > 0
              ? `${plural(group.members, "user")} will no longer be in this group. Nobody is deleted or archived: only the group and its memberships go.`
              : "The group has no members. Nobody is deleted or archived."}{" "}
            This can&apos;t be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction onClick={confirm} variant="destructive">
            Delete group
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
