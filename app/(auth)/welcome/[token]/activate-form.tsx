"use client";

import { NewPasswordForm } from "@/components/auth/new-password-form";
import { activateAction } from "./actions";

const LABELS = { password: "Choose a password", confirm: "Confirm password", submit: "Activate my account", pending: "Activating…" };

export function ActivateForm({ token, context }: { token: string; context: string[] }) {
  return <NewPasswordForm action={activateAction} token={token} context={context} labels={LABELS} />;
}
