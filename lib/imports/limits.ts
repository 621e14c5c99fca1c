export const DEFAULT_MAX_ROWS = 1_000_000;
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
