import { parseCsvBytes } from "@/lib/imports/parse";
const lines = ["Email,First Name,Last Name,Active,Department,Job Title,Employee ID,Start Date,Location"];
for (let i = 0; i < 200_000; i++) lines.push(`user${i}@example.com,First${i},Last${i},1,Sales,"Manager, Accounts",E${String(i).padStart(6,"0")},2024-01-31,London`);
const text = lines.join("\r\n") + "\r\n";
const bytes = new TextEncoder().encode(text);
const lines2 = lines.map(l => l.replace(/"Manager, Accounts"/, "Manager"));
const bytes2 = new TextEncoder().encode(lines2.join("\n"));
console.log("MB", bytes.length / 1e6);
for (const b of [bytes, bytes2, bytes, bytes2]) {
  const t = performance.now();
  const r = parseCsvBytes(b);
  console.log(r.rows.length, r.fileErrors, r.rowIssues.length, Math.round(performance.now() - t), "ms", Math.round(process.memoryUsage().heapUsed/1e6), "MB heap");
}
