import { DEPARTMENTS, CSV_HEADERS, GROUP_NAMES, LARGE_GROUP } from "./bench-fields";
import { pick, rngFor } from "../../tests/support/prng";

const FIRST = ["Ava", "Ben", "Chloé", "Dev", "Emma", "Finn", "Grace", "Hiro", "Isla", "Jack", "Kemi", "Liam", "Mia", "Noah", "Olivia", "Priya", "Quinn", "Ravi", "Sofia", "Tom", "Uma", "Vik", "Wen", "Xavier", "Yara", "Zoë", "Aoife", "Björn", "Siobhán", "José"];
const LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright", "O'Brien", "Müller", "García", "Nguyen", "Kowalski", "Smithson", "Evans", "Thomas", "Roberts", "Walker", "Khan", "Lewis", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke", "Jackson", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Harris", "Baker", "Lee", "Martin"];
const TITLES = ["Analyst", "Manager, Sales", "Engineer", "Team Lead", "Associate", "Director", "Coordinator", "Specialist", "Consultant", "Assistant"];

/** Ways a row can be wrong, each caught by validation as a row error (never a file error). */
const INVALID: ((cells: string[]) => void)[] = [
  (c) => { c[0] = c[0]!.replace("@", " at "); },
  (c) => { c[0] = ""; },
  (c) => { c[7] = "31/02/2024"; },
  (c) => { c[8] = "forty"; },
  (c) => { c[4] = "Astronauts"; },
  (c) => { c[3] = "maybe"; },
];

export interface CsvSpec {
  seed: number;
  rows: number;
  /** Share of rows made invalid (≈1% for the parse files, 0 for the apply files). */
  invalidRate: number;
  /** Every `changeEvery`-th row gets a different department and hours: the "edited file" for updates. */
  changeEvery?: number;
  /** Adds a Groups column: 1–3 names of GROUP_NAMES per row (plus LARGE_GROUP on every 4th). */
  groups?: boolean;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Row `i`'s cells: a function of (seed, i) alone, so the edited file matches the original except where changed. */
export function rowCells(spec: CsvSpec, i: number): string[] {
  const rng = rngFor(spec.seed, i);
  const first = pick(rng, FIRST);
  const last = pick(rng, LAST);
  const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(rng() * 4_500) * 86_400_000).toISOString().slice(0, 10);
  const [y, m, d] = day.split("-");
  const cells = [
    `${first}.${last}.${i}@Example.com`.replace(/'/g, "").normalize("NFKD").replace(/[\u0300-\u036f]/g, ""),
    first,
    last,
    rng() < 0.03 ? "0" : "1",
    pick(rng, DEPARTMENTS),
    pick(rng, TITLES),
    `E${String(i).padStart(7, "0")}`,
    rng() < 0.5 ? day : `${d}/${m}/${y}`,
    String(pick(rng, [37.5, 40, 20, 30, 16])),
  ];
  if (spec.changeEvery && i % spec.changeEvery === spec.changeEvery - 1) {
    cells[4] = DEPARTMENTS[(DEPARTMENTS.indexOf(cells[4] as (typeof DEPARTMENTS)[number]) + 1) % DEPARTMENTS.length]!;
    cells[8] = "35";
  }
  if (rng() < spec.invalidRate) pick(rng, INVALID)(cells);
  if (spec.groups) {
    // Drawn from a generator of its own, so the other cells stay those of the file without groups.
    const groupRng = rngFor(spec.seed + 1_000_003, i);
    const names = new Set<string>();
    const count = 1 + Math.floor(groupRng() * 3);
    while (names.size < count) names.add(pick(groupRng, GROUP_NAMES));
    if (i % 4 === 0) names.add(LARGE_GROUP);
    cells.push([...names].join("; "));
  }
  return cells;
}

/** A whole file as CRLF-separated CSV text, header first (how spreadsheets save it). */
export function generateCsv(spec: CsvSpec): string {
  const lines = [[...CSV_HEADERS, ...(spec.groups ? ["Groups"] : [])].map(quote).join(",")];
  for (let i = 0; i < spec.rows; i++) lines.push(rowCells(spec, i).map(quote).join(","));
  return lines.join("\r\n") + "\r\n";
}
