export const DEFAULT_MAX_ROWS = 200_000;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
