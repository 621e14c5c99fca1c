import type { Metadata } from "next";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requestUsernameReminder } from "./actions";

export const metadata: Metadata = { title: "Forgotten username" };

export default function ForgotUsernamePage() {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">
          <h1>Forgotten your username?</h1>
        </CardTitle>
        <CardDescription>Enter the email address of your admin account and we&apos;ll email you its username.</CardDescription>
      </CardHeader>
      <CardContent>
        <EmailRequestForm action={requestUsernameReminder} submitLabel="Email my username" />
      </CardContent>
    </Card>
  );
}
