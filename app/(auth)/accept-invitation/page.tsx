import type { Metadata } from "next";
import Link from "next/link";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { findValidInvitation } from "@/lib/server/team/accept-invitation";
import { TEAM_ERRORS } from "@/lib/server/team/team-rules";
import { AcceptForm } from "./accept-form";

export const metadata: Metadata = { title: "Accept your invitation" };

export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const invitation = typeof token === "string" ? await findValidInvitation(await getDb(), token) : null;

  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">
          <h1>{invitation ? `Join ${invitation.organisation.name}` : "Accept your invitation"}</h1>
        </CardTitle>
        <CardDescription>
          {invitation
            ? `${invitation.invitedBy ? `${invitation.invitedBy.name} has invited you` : "You've been invited"} to help manage ${invitation.organisation.name}'s staff list. Choose how you'll log in.`
            : "Invitation links work once, for 7 days."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {invitation && typeof token === "string" ? (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md border bg-muted/40 px-3 py-2 text-sm">
              <dt className="text-muted-foreground">Name</dt>
              <dd className="font-medium">{invitation.name}</dd>
              <dt className="text-muted-foreground">Email</dt>
              <dd className="font-medium break-all">{invitation.email}</dd>
              <dt className="text-muted-foreground">Role</dt>
              <dd>
                <span className="font-medium">{ROLE_LABELS[invitation.role]}</span>
                <span className="block text-muted-foreground">{ROLE_DESCRIPTIONS[invitation.role]}</span>
              </dd>
            </dl>
            <AcceptForm token={token} context={[invitation.name, invitation.email.split("@")[0] ?? ""]} />
          </>
        ) : (
          <>
            <FormAlert message={TEAM_ERRORS.invalidLink} />
            <Button asChild variant="outline">
              <Link href="/login">Go to the login page</Link>
            </Button>
          </>
        )}
      </CardContent>
    </Card>
  );
}
