/** BENCH_SCALE (default 1) shrinks every row count for quick runs; targets are defined at scale 1. */
export function benchScale(): number {
  const raw = process.env.BENCH_SCALE;
  const scale = raw === undefined || raw === "" ? 1 : Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) throw new Error(`BENCH_SCALE must be a number in (0, 1], got "${raw}"`);
  return scale;
}

export const scaled = (n: number, scale: number, min = 50) => Math.max(min, Math.round(n * scale));

/** Row counts of one run. */
export function sizes(scale: number) {
  return {
    parse: [10_000, 100_000, 200_000].map((n) => ({ nominal: n, rows: scaled(n, scale) })),
    apply: scaled(100_000, scale),
    naiveSample: Math.min(scaled(2_000, scale, 200), scaled(100_000, scale)),
    welcome: scaled(10_000, scale, 100),
    directoryPage: Math.max(2, Math.round(500 * scale)),
    directoryRuns: 50,
    scimPosts: scaled(10_000, scale),
    scimLearners: scaled(100_000, scale),
    scimLookups: 200,
    scimProfileSample: Math.min(300, scaled(10_000, scale)),
  };
}
