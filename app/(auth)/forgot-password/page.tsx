import type { Metadata } from "next";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requestPasswordResetLink } from "./actions";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">
          <h1>Getting logged in</h1>
        </CardTitle>
        <CardDescription>Enter the email address of your admin account and we&apos;ll send you a link to choose a new password.</CardDescription>
      </CardHeader>
      <CardContent>
        <EmailRequestForm action={requestPasswordResetLink} submitLabel="Email me a reset link" />
      </CardContent>
    </Card>
  );
}
