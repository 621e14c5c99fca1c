import { Info } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { refusal, type Permission, type Role } from "@/lib/auth/roles";

/** Where a role's missing buttons would be: what it can't do here, and who can change that. */
export function RoleNotice({ role, permission, className }: { role: Role; permission: Permission; className?: string }) {
  return (
    <Alert role="note" className={className}>
      <Info aria-hidden />
      <AlertDescription>{refusal(role, permission)}</AlertDescription>
    </Alert>
  );
}
