import { NextResponse } from "next/server";
import { getCurrentAdmin } from "@/lib/auth/require-admin";
import { getDb } from "@/lib/db";
import { importProgress } from "@/lib/server/imports/import-progress";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const admin = await getCurrentAdmin();
  if (!admin) return NextResponse.json({ error: "Log in again." }, { status: 401 });
  const { id } = await params;
  const [progress] = await importProgress(await getDb(), admin.organisationId, [id]);
  if (!progress) return NextResponse.json({ error: "Not found." }, { status: 404 });
  return NextResponse.json(progress, { headers: { "Cache-Control": "no-store" } });
}
