/**
 * The purge interval as written in PURGE_EVERY (docs/deploy.md): a whole number with its unit,
 * "24h", "30m", "90s", "2d", or "off" to leave the purge to cron. Pure, unit-tested.
 */

const UNIT_MS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 } as const;

/** Milliseconds, null for "off", undefined for what cannot be read (the server then refuses to start). */
export function parseInterval(text: string): number | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === "off") return null;
  const match = /^(\d+)\s*([smhd])$/.exec(value);
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined;
}
