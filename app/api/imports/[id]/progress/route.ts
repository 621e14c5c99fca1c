import { NextResponse } from "next/server";
import { adminRoute } from "@/lib/auth/require-permission";
import { getDb } from "@/lib/db";
import { importProgress } from "@/lib/server/imports/import-progress";

export const GET = adminRoute("view", async (_request, { params }: { params: Promise<{ id: string }> }, admin) => {
  const { id } = await params;
  const [progress] = await importProgress(await getDb(), admin.organisationId, [id]);
  if (!progress) return NextResponse.json({ error: "Not found." }, { status: 404 });
  return NextResponse.json(progress, { headers: { "Cache-Control": "no-store" } });
}, { signedOut: "Log in again.", refuse: (status, error) => NextResponse.json({ error }, { status }) });
