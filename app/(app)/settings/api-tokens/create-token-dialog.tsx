"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { KeyRound, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Controller, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { callAction } from "@/components/forms/call-action";
import { FormAlert } from "@/components/forms/form-alert";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { API_SCOPES, type ApiScope, SCOPE_DESCRIPTIONS } from "@/lib/api/scopes";
import { createApiTokenSchema, type CreateApiTokenInput, EXPIRY_CHOICES, EXPIRY_LABELS } from "@/lib/validations/api-tokens";
import { createApiTokenAction, type CreatedTokenView } from "./actions";
import { TokenSecret } from "./token-secret";

/** What the dialog says and offers: any scopes (Settings → API tokens), or one fixed purpose (Settings → Directory sync's scim token). */
export interface TokenPurpose {
  title: string;
  description: string;
  nameHint: string;
  /** Where the secret goes, shown beside it once. */
  secretHint: string;
  /** Fixed scopes: the form shows them instead of offering a choice. */
  scopes?: ApiScope[];
  expiresIn: CreateApiTokenInput["expiresIn"];
}

const ANY_PURPOSE: TokenPurpose = {
  title: "Create an API token",
  description: "Scripts and integrations use a token to read and import your users through the API. Give it only the scopes it needs.",
  nameHint: "Say what uses it, such as “HR nightly sync”: the audit log names the token behind each change.",
  secretHint: "Store it in your script's secret store now",
  expiresIn: "90",
};

function FixedScopes({ scopes }: { scopes: ApiScope[] }) {
  return (
    <div className="grid gap-1 rounded-md border bg-muted/40 px-3 py-2">
      <p className="text-sm font-medium">Scope</p>
      {scopes.map((scope) => (
        <p key={scope} className="text-sm text-muted-foreground">
          <code className="rounded bg-muted px-1.5 py-0.5 text-xs text-foreground">{scope}</code> {SCOPE_DESCRIPTIONS[scope]}
        </p>
      ))}
    </div>
  );
}

function CreateTokenForm({ purpose, onCreated }: { purpose: TokenPurpose; onCreated: (token: CreatedTokenView) => void }) {
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const defaultValues: CreateApiTokenInput = { name: "", scopes: purpose.scopes ?? ["users:read", "imports:write"], expiresIn: purpose.expiresIn };
  const form = useForm<CreateApiTokenInput>({ resolver: zodResolver(createApiTokenSchema), defaultValues });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setFormError(undefined);
      const result = await callAction(() => createApiTokenAction(values));
      if (!result) return;
      if (result.ok) return onCreated(result.data);
      if (!applyFieldErrors(form.setError, result.fieldErrors)) setFormError(result.formError);
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} className="grid gap-5" noValidate>
      <FormAlert message={formError} />
      <TextField label="Name" autoComplete="off" registration={form.register("name")} error={errors.name} hint={purpose.nameHint} />
      {purpose.scopes ? <FixedScopes scopes={purpose.scopes} /> : <fieldset className="grid gap-3" aria-describedby={errors.scopes ? `${id}-scopes-error` : undefined}>
        <legend className="mb-1 text-sm font-medium">Scopes</legend>
        <Controller
          control={form.control}
          name="scopes"
          render={({ field }) => (
            <>
              {API_SCOPES.map((scope) => (
                <div key={scope} className="flex items-start gap-3">
                  <Checkbox
                    id={`${id}-${scope}`}
                    checked={field.value.includes(scope)}
                    onCheckedChange={(checked) => field.onChange(checked ? [...field.value, scope] : field.value.filter((s) => s !== scope))}
                    className="mt-0.5"
                  />
                  <div className="grid gap-0.5">
                    <Label htmlFor={`${id}-${scope}`} className="font-mono text-[13px]">
                      {scope}
                    </Label>
                    <p className="text-sm text-muted-foreground">{SCOPE_DESCRIPTIONS[scope]}</p>
                  </div>
                </div>
              ))}
            </>
          )}
        />
        {errors.scopes && (
          <p id={`${id}-scopes-error`} className="text-sm font-medium text-destructive">
            {errors.scopes.message}
          </p>
        )}
      </fieldset>}
      <div className="grid gap-2">
        <Label htmlFor={`${id}-expiry`}>Expires</Label>
        <Controller
          control={form.control}
          name="expiresIn"
          render={({ field }) => (
            <Select value={field.value} onValueChange={field.onChange}>
              <SelectTrigger id={`${id}-expiry`} className="w-full" aria-describedby={`${id}-expiry-hint`} onBlur={field.onBlur}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {EXPIRY_CHOICES.map((choice) => (
                  <SelectItem key={choice} value={choice}>
                    {choice === "never" ? "Never" : `In ${EXPIRY_LABELS[choice]}`}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        />
        <p id={`${id}-expiry-hint`} className="text-sm text-muted-foreground">
          An expired token is refused; create a new one and swap it in before then.
        </p>
      </div>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </Button>
      </DialogFooter>
    </form>
  );
}

export function CreateTokenDialog({ variant = "default", purpose = ANY_PURPOSE }: { variant?: "default" | "outline"; purpose?: TokenPurpose }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<CreatedTokenView | null>(null);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next || !created) return;
        setCreated(null);
        router.refresh();
      }}
    >
      <DialogTrigger asChild>
        <Button variant={variant}>
          <Plus aria-hidden />
          Create token
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle className="flex items-center gap-2">
                <KeyRound className="size-5 text-emerald-600" aria-hidden />
                Copy your new token
              </DialogTitle>
              <DialogDescription>
                This is the only time “{created.name}” is shown. {purpose.secretHint}: Rollcall keeps only a fingerprint of it and can&apos;t show it again.
              </DialogDescription>
            </DialogHeader>
            <TokenSecret secret={created.secret} />
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button">Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>{purpose.title}</DialogTitle>
              <DialogDescription>{purpose.description}</DialogDescription>
            </DialogHeader>
            {open && <CreateTokenForm purpose={purpose} onCreated={setCreated} />}
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
