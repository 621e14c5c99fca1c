import Papa from "papaparse";
const lines = ["Email,First Name,Last Name,Active,Department,Job Title,Employee ID,Start Date,Location"];
for (let i = 0; i < 200_000; i++) lines.push(`user${i}@example.com,First${i},Last${i},1,Sales,"Manager, Accounts",E${String(i).padStart(6,"0")},2024-01-31,London`);
const text = lines.join("\r\n") + "\r\n";
const bytes = new TextEncoder().encode(text);
function time(label: string, f: () => unknown) { const t = performance.now(); const r = f(); console.log(label, Math.round(performance.now() - t), "ms"); return r; }
for (let k = 0; k < 2; k++) {
const decoded = time("decode", () => new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as string;
const norm = time("normalise", () => decoded.replace(/\r\n?/g, "\n")) as string;
time("papa full", () => Papa.parse<string[]>(norm, { delimiter: ",", newline: "\n" }).data.length);
let n = 0;
time("papa step", () => Papa.parse<string[]>(norm, { delimiter: ",", newline: "\n", step: (r) => { n += r.data.length; } }));
time("papa step+trim", () => Papa.parse<string[]>(norm, { delimiter: ",", newline: "\n", step: (r) => { const c = r.data; for (let i = 0; i < c.length; i++) c[i] = c[i]!.trim(); } }));
const nq = norm.replace(/"Manager, Accounts"/g, "Manager");
time("papa fast full", () => Papa.parse<string[]>(nq, { delimiter: ",", newline: "\n" }).data.length);
time("papa fast step", () => Papa.parse<string[]>(nq, { delimiter: ",", newline: "\n", step: (r) => { n += r.data.length; } }));
time("split", () => nq.split("\n").map(l => l.split(",")).length);
}
