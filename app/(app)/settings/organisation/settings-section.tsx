import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** One card of the page: a titled group of settings. */
export function SettingsSection({ title, description, children }: { title: string; description: React.ReactNode; children: React.ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{title}</h2>
        </CardTitle>
        <CardDescription className="max-w-3xl">{description}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">{children}</CardContent>
    </Card>
  );
}
