import type { Metadata } from "next";
import Link from "next/link";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/lib/db";
import { findValidResetToken, INVALID_RESET_LINK } from "@/lib/server/auth/reset-password";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const valid = token ? await findValidResetToken(await getDb(), token) : null;

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">
          <h1>Choose a new password</h1>
        </CardTitle>
        <CardDescription>
          {valid ? `For the account ${valid.admin.username}. You'll be signed out everywhere else.` : "Reset links work once, for 60 minutes."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {valid && token ? (
          <ResetPasswordForm token={token} context={[valid.admin.username, valid.admin.name]} />
        ) : (
          <>
            <FormAlert message={INVALID_RESET_LINK} />
            <Button asChild>
              <Link href="/forgot-password">Send me a new link</Link>
            </Button>
          </>
        )}
      </CardContent>
    </Card>
  );
}
