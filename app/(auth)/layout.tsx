import Link from "next/link";
import { Logo } from "@/components/brand/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-muted/40 px-4 py-12">
      <Link href="/login" className="mb-8 rounded-md focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
        <Logo className="text-xl" />
      </Link>
      <div className="w-full max-w-sm">{children}</div>
      <p className="mt-8 text-center text-xs text-muted-foreground">Staff onboarding for your LMS</p>
    </main>
  );
}
