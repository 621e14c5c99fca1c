"use client";

import { FolderMinus, FolderPlus } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { GroupOption } from "@/lib/server/groups/list-groups";

const WORDS = {
  add: { button: "Add to group", title: "Add to a group", action: "Add", icon: FolderPlus, hint: "Users already in the group stay as they are." },
  remove: { button: "Remove from group", title: "Remove from a group", action: "Remove", icon: FolderMinus, hint: "Users stay in Rollcall and in their other groups." },
} as const;

/**
 * Bulk "Add to group" / "Remove from group": the admin picks the group, then
 * confirms. With `fixedGroup` (a group's own page) there is nothing to pick.
 */
export function GroupMembersDialog({
  change,
  who,
  groups,
  fixedGroup,
  disabled,
  onConfirm,
}: {
  change: "add" | "remove";
  who: string;
  groups: GroupOption[];
  fixedGroup?: GroupOption;
  disabled?: boolean;
  onConfirm: (groupId: string) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [groupId, setGroupId] = useState(fixedGroup?.id ?? "");
  const words = WORDS[change];
  const Icon = words.icon;
  const chosen = fixedGroup ?? groups.find((group) => group.id === groupId);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={disabled}>
          <Icon aria-hidden />
          {fixedGroup && change === "remove" ? "Remove from this group" : words.button}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{fixedGroup ? `${words.action} ${who} ${change === "add" ? "to" : "from"} “${fixedGroup.name}”?` : `${words.title}: ${who}`}</DialogTitle>
          <DialogDescription>{words.hint}</DialogDescription>
        </DialogHeader>
        {!fixedGroup &&
          (groups.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              Your organisation has no groups yet.{" "}
              <Link href="/groups" className="font-medium text-foreground underline underline-offset-4">
                Create one on the Groups page
              </Link>
              .
            </p>
          ) : (
            <div className="grid gap-2">
              <Label htmlFor={`${id}-group`}>Group</Label>
              <Select value={groupId} onValueChange={setGroupId}>
                <SelectTrigger id={`${id}-group`} className="w-full">
                  <SelectValue placeholder="Choose a group" />
                </SelectTrigger>
                <SelectContent>
                  {groups.map((group) => (
                    <SelectItem key={group.id} value={group.id}>
                      {group.name}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
          ))}
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button
            type="button"
            disabled={!chosen}
            onClick={() => {
              if (!chosen) return;
              setOpen(false);
              onConfirm(chosen.id);
            }}
          >
            {chosen ? `${words.action} ${change === "add" ? "to" : "from"} ${chosen.name}` : words.action}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
