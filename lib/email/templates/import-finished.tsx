import { Button, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, textStyle } from "./layout";

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

export function ImportFinishedEmail({ name, status, counts, importUrl }: { name: string; status: "completed" | "failed"; counts: ImportCounts; importUrl: string }) {
  const problems = counts.failed + counts.skipped;
  return (
    <EmailLayout preview={`Your user import ${status}`} footer="You started this import in Rollcall.">
      <Text style={textStyle}>Hello {name},</Text>
      <Text style={textStyle}>
        Your user import has {status === "completed" ? "finished" : "failed"}: {counts.created} created, {counts.updated} updated, {counts.unchanged} unchanged
        {problems ? `, ${problems} not imported (see the error report)` : ""}.
      </Text>
      <Button href={importUrl} style={buttonStyle}>
        View the import
      </Button>
    </EmailLayout>
  );
}
