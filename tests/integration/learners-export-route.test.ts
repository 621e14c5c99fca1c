import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { processImportSteps } from "@/lib/server/imports/process-import";
import { drainInProcessJobs, inProcessSteps } from "@/lib/server/jobs/in-process";
import { createTestOrganisation, queueCsv, staffCsv } from "./support/fixtures";

type Admin = { organisationId: string; role: "OWNER" | "ADMIN" | "VIEWER"; organisation: { slug: string } } | null;
const session = vi.hoisted(() => ({ admin: null as Admin }));
vi.mock("@/lib/auth/require-admin", () => ({ getCurrentAdmin: async () => session.admin }));

const { GET } = await import("@/app/api/users/export/route");

afterAll(async () => {
  await drainInProcessJobs();
});

beforeEach(() => {
  session.admin = null;
});

describe("GET /api/users/export", () => {
  it("refuses a request without a signed-in admin", async () => {
    const response = await GET(new Request("http://localhost/api/users/export"));
    expect(response.status).toBe(401);
  });

  it("streams the admin's organisation's users as a dated CSV attachment, following the list's filters", async () => {
    const org = await createTestOrganisation();
    const importId = await queueCsv(org, staffCsv(12), { sendWelcome: false });
    await processImportSteps({ importId, organisationId: org.organisationId }, inProcessSteps);
    session.admin = { organisationId: org.organisationId, role: "VIEWER", organisation: { slug: org.slug } };

    const response = await GET(new Request("http://localhost/api/users/export"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="users-${org.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).trim().split("\r\n")).toHaveLength(13);

    const filtered = await (await GET(new Request("http://localhost/api/users/export?status=active&q=person1"))).text();
    expect(filtered.trim().split("\r\n")).toHaveLength(1 + 3); // person1, person10, person11
  });
});
