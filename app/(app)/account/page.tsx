import type { Metadata } from "next";
import { PageHeader } from "@/components/app-shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { ChangePasswordForm } from "./change-password-form";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Managing your account" };

export default async function AccountPage() {
  const admin = await requirePermission("account");
  return (
    <>
      <PageHeader title="Managing your account" description={`You log in as ${admin.username}. Usernames can't be changed.`} />
      <div className="grid max-w-2xl gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Your details</CardTitle>
            <CardDescription>Your name appears on imports you run. Username reminders and reset links go to this email address.</CardDescription>
          </CardHeader>
          <CardContent>
            <ProfileForm defaultValues={{ name: admin.name, email: admin.email }} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Change password</CardTitle>
            <CardDescription>Changing your password signs you out on every other device.</CardDescription>
          </CardHeader>
          <CardContent>
            <ChangePasswordForm context={[admin.username, admin.name]} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
