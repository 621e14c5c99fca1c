import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log in" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Rendered per request with its query, so the form is in the HTML: read in the browser, it would wait for the page's script. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; notice?: string | string[] }> }) {
  const { callbackUrl, notice } = await searchParams;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">
          <h1>Log in</h1>
        </CardTitle>
        <CardDescription>Use the username and password of your Rollcall admin account.</CardDescription>
      </CardHeader>
      <CardContent>
        <LoginForm callbackUrl={first(callbackUrl)} notice={first(notice)} />
      </CardContent>
    </Card>
  );
}
