"use client";

import { Pencil } from "lucide-react";
import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { toastAction } from "@/components/forms/toast-action";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { ScrollArea } from "@/components/ui/scroll-area";
import type { GroupOption } from "@/lib/server/groups/list-groups";
import { setLearnerGroupsAction } from "../actions";

/** Ticks the groups one user is in; saving puts them in exactly the ticked ones. */
export function EditGroupsDialog({ learnerId, name, groups, memberOf }: { learnerId: string; name: string; groups: GroupOption[]; memberOf: string[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(memberOf));
  const [pending, startTransition] = useTransition();

  function toggle(groupId: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(groupId);
      else next.delete(groupId);
      return next;
    });
  }

  function save() {
    startTransition(async () => {
      const result = await toastAction(() => setLearnerGroupsAction({ learnerId, groupIds: [...chosen] }));
      if (!result) return;
      toast.success(result.message);
      setOpen(false);
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (next) setChosen(new Set(memberOf));
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Pencil aria-hidden />
          Edit groups
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Groups of {name}</DialogTitle>
          <DialogDescription>Tick every group this user belongs to.</DialogDescription>
        </DialogHeader>
        {groups.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Your organisation has no groups yet.{" "}
            <Link href="/groups" className="font-medium text-foreground underline underline-offset-4">
              Create one on the Groups page
            </Link>
            .
          </p>
        ) : (
          <ScrollArea className="max-h-72 rounded-md border">
            <fieldset className="grid gap-1 p-2">
              <legend className="sr-only">Groups</legend>
              {groups.map((group) => (
                <div key={group.id} className="flex items-center gap-3 rounded-md px-2 py-1.5 hover:bg-muted/60">
                  <Checkbox id={`${id}-${group.id}`} checked={chosen.has(group.id)} onCheckedChange={(checked) => toggle(group.id, checked === true)} />
                  <Label htmlFor={`${id}-${group.id}`} className="flex-1 cursor-pointer font-normal">
                    {group.name}
                  </Label>
                </div>
              ))}
            </fieldset>
          </ScrollArea>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button type="button" onClick={save} disabled={pending || groups.length === 0}>
            {pending ? "Saving…" : "Save groups"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
