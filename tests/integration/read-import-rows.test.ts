import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { readImportRowBatches } from "@/lib/server/imports/read-import-rows";
import { draftCsv } from "./support/drafts";
import { createTestOrganisation } from "./support/fixtures";

describe("reading an import's rows in batches", () => {
  it("yields every row once, in file order, across windows of row numbers with blank lines between", async () => {
    const org = await createTestOrganisation();
    // Row numbers count the blank lines too (they are what Excel shows), so the windows have gaps.
    const lines = ["Email,First Name,Last Name"];
    for (let i = 0; i < 20; i++) lines.push(`person${i}@example.com,P${i},Smith`, ...(i % 3 === 0 ? ["", ""] : []));
    const importId = await draftCsv(org, lines.join("\n"));

    const batches = [];
    for await (const batch of readImportRowBatches(await getDb(), importId, 4)) batches.push(batch);

    const rows = batches.flat();
    expect(rows.map((r) => r.cells[0])).toEqual(Array.from({ length: 20 }, (_, i) => `person${i}@example.com`));
    expect(rows.map((r) => r.rowNumber)).toEqual([...rows.map((r) => r.rowNumber)].sort((a, b) => a - b));
    expect(batches.every((batch) => batch.length > 0 && batch.length <= 4)).toBe(true);
    expect(rows.at(-1)!.rowNumber).toBeGreaterThan(20);
  });

  it("yields nothing for an import without rows", async () => {
    const batches = [];
    for await (const batch of readImportRowBatches(await getDb(), "no-such-import", 4)) batches.push(batch);
    expect(batches).toEqual([]);
  });
});
