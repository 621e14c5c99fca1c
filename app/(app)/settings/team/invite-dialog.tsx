"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { MailPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { inviteAdminSchema, type InviteAdminInput } from "@/lib/validations/team";
import { inviteAdminAction } from "./actions";

const DEFAULTS: InviteAdminInput = { name: "", email: "", role: "ADMIN" };

function InviteForm({ onSent }: { onSent: (message: string) => void }) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<InviteAdminInput>({ resolver: zodResolver(inviteAdminSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(undefined);
      const result = await callAction(() => inviteAdminAction(values));
      if (!result) return;
      if (result.ok) return onSent(result.message ?? "Invitation sent.");
      if (!applyFieldErrors(form.setError, result.fieldErrors)) setFormError(result.formError);
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormAlert message={formError} />
      <TextField label="Name" autoComplete="off" autoFocus registration={form.register("name")} error={errors.name} />
      <TextField label="Email address" type="email" autoComplete="off" registration={form.register("email")} error={errors.email} hint="The invitation goes here. The link works once, for 7 days." />
      <fieldset className="grid gap-3">
        <legend className="mb-1 text-sm font-medium">Role</legend>
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <RadioGroup value={field.value} onValueChange={field.onChange} className="grid gap-2">
              {ROLES.map((role) => (
                <div key={role} className="flex items-start gap-3 rounded-md border p-3 has-[[data-state=checked]]:border-primary has-[[data-state=checked]]:bg-primary/5">
                  <RadioGroupItem id={`${id}-${role}`} value={role} className="mt-0.5" aria-describedby={`${id}-${role}-hint`} />
                  <div className="grid gap-0.5">
                    <Label htmlFor={`${id}-${role}`}>{ROLE_LABELS[role]}</Label>
                    <p id={`${id}-${role}-hint`} className="text-sm text-muted-foreground">
                      {ROLE_DESCRIPTIONS[role]}
                    </p>
                  </div>
                </div>
              ))}
            </RadioGroup>
          )}
        />
      </fieldset>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send invitation"}
        </Button>
      </DialogFooter>
    </form>
  );
}

export function InviteDialog({ variant = "default" }: { variant?: "default" | "outline" }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant}>
          <MailPlus aria-hidden />
          Invite someone
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Invite someone to the team</DialogTitle>
          <DialogDescription>They get an email with a link to choose their username and password, and join in the role you pick. You can change it later.</DialogDescription>
        </DialogHeader>
        {open && (
          <InviteForm
            onSent={(message) => {
              toast.success(message);
              setOpen(false);
              router.refresh();
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
