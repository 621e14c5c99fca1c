import { Archive } from "lucide-react";
import type { Metadata } from "next";
import { FormAlert } from "@/components/forms/form-alert";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/lib/db";
import { findLearnerByActivationToken, INVALID_WELCOME_LINK } from "@/lib/server/welcome/activate-learner";
import { ActivateForm } from "./activate-form";

export const metadata: Metadata = { title: "Activate your account" };

export default async function WelcomePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const learner = await findLearnerByActivationToken(await getDb(), token);

  if (learner && !learner.active) {
    return (
      <Card>
        <CardHeader>
          <CardTitle className="text-xl">
            <h1>Your account is archived</h1>
          </CardTitle>
          <CardDescription>
            {learner.organisation.name} has archived your learning account ({learner.email}).
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Alert role="status" className="border-amber-200 bg-amber-50 text-amber-900">
            <Archive aria-hidden />
            <AlertDescription className="text-amber-900">
              You can&apos;t set a password while it&apos;s archived. If you still need this account, contact your administrator.
            </AlertDescription>
          </Alert>
        </CardContent>
      </Card>
    );
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">
          <h1>{learner ? `Welcome${learner.firstName ? `, ${learner.firstName}` : ""}` : "Activate your account"}</h1>
        </CardTitle>
        <CardDescription>
          {learner ? `${learner.organisation.name} has created your learning account (${learner.email}). Choose a password to activate it.` : "Activation links work once."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {learner ? <ActivateForm token={token} context={[learner.firstName, learner.lastName]} /> : <FormAlert message={INVALID_WELCOME_LINK} />}
      </CardContent>
    </Card>
  );
}
