"use client";

import { NewPasswordForm } from "@/components/auth/new-password-form";
import { USERNAME_RULE } from "@/lib/validations/team";
import { acceptInvitationAction } from "./actions";

const LABELS = { password: "Password", confirm: "Confirm password", submit: "Accept and create my account", pending: "Creating your account…" };
const USERNAME = { label: "Username", hint: `You'll log in with it. ${USERNAME_RULE}` };

export function AcceptForm({ token, context }: { token: string; context: string[] }) {
  return <NewPasswordForm action={acceptInvitationAction} token={token} context={context} labels={LABELS} username={USERNAME} />;
}
