import { FileUp, type LucideIcon, SlidersHorizontal, UserPlus, Users } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/app-shell/empty-state";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { can, type Permission, type Role } from "@/lib/auth/roles";

interface Step {
  permission: Permission;
  icon: LucideIcon;
  title: string;
  text: string;
  href: string;
  action: string;
  primary?: boolean;
}

const STEPS: Step[] = [
  {
    permission: "fields:write",
    icon: SlidersHorizontal,
    title: "Check the profile fields",
    text: "Every user has an email address, a first and last name and an active flag. Add the fields your learning platform needs too, such as Department or Job Title.",
    href: "/settings/fields",
    action: "Profile fields",
  },
  {
    permission: "imports:write",
    icon: FileUp,
    title: "Add your users",
    text: "Paste their email addresses, or upload a spreadsheet laid out like the CSV template. You review every change before it is imported.",
    href: "/users/import",
    action: "Add/Update Users",
    primary: true,
  },
  {
    permission: "team:manage",
    icon: UserPlus,
    title: "Invite your team",
    text: "Colleagues who help manage the staff list get a login of their own, as an Admin or a Viewer.",
    href: "/settings/team",
    action: "Team",
  },
];

/** The dashboard of an organisation with no users and no imports yet: the first steps this admin's role can take. */
export function GettingStarted({ role }: { role: Role }) {
  const steps = STEPS.filter((step) => can(role, step.permission));
  if (steps.length === 0) {
    return (
      <EmptyState icon={Users} title="No users yet">
        The organisation&apos;s owners and admins add its users. They will appear here once imported.
      </EmptyState>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Get started</h2>
        </CardTitle>
        <CardDescription>A few steps to set up your organisation. You can come back to each of them later.</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="divide-y" aria-label="Steps to get started">
          {steps.map(({ icon: Icon, ...step }, index) => (
            <li key={step.href} className="grid gap-3 py-4 first:pt-0 last:pb-0 sm:grid-cols-[auto_1fr_auto] sm:items-center sm:gap-4">
              <div className="flex size-9 items-center justify-center rounded-full bg-muted text-muted-foreground">
                <Icon className="size-4" aria-hidden />
              </div>
              <div className="grid gap-1">
                <h3 className="font-medium">
                  <span className="sr-only">Step {index + 1}: </span>
                  {step.title}
                </h3>
                <p className="max-w-prose text-sm text-muted-foreground">{step.text}</p>
              </div>
              <Button asChild variant={step.primary ? "default" : "outline"} size="sm" className="justify-self-start sm:justify-self-end">
                <Link href={step.href}>{step.action}</Link>
              </Button>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
