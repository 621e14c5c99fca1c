"use client";

import { NewPasswordForm } from "@/components/auth/new-password-form";
import { resetPasswordAction } from "./actions";

const LABELS = { password: "New password", confirm: "Confirm new password", submit: "Set new password", pending: "Saving…" };

export function ResetPasswordForm({ token, context }: { token: string; context: string[] }) {
  return <NewPasswordForm action={resetPasswordAction} token={token} context={context} labels={LABELS} />;
}
