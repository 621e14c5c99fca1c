import { CircleAlert, CircleCheck } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";

/** The form-level message, announced to screen readers when it appears. */
export function FormAlert({ message, tone = "error" }: { message?: string | null; tone?: "error" | "success" }) {
  return (
    <div aria-live="polite" className="empty:hidden">
      {message && (
        <Alert variant={tone === "error" ? "destructive" : "default"} role={tone === "error" ? "alert" : "status"}>
          {tone === "error" ? <CircleAlert aria-hidden /> : <CircleCheck aria-hidden />}
          <AlertDescription>{message}</AlertDescription>
        </Alert>
      )}
    </div>
  );
}
