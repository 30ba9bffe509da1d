/**
 * The lateral-reading trail's limits, apart from its zod schema (./lateral-value.ts) so that the
 * editor (a client component) can read them without bundling zod: zod probes for eval, which the
 * pages' Content-Security-Policy refuses and reports.
 */

/** The most a trail may hold. */
export const LATERAL_LIMITS = {
  /** Sources in one trail. */
  entries: 12,
  /** Characters in an address. */
  url: 500,
  /** Characters in "what it says" and in "why". */
  note: 600,
  /** Characters in the verdict. */
  verdict: 2_000,
} as const;

/** How far the learner trusts a source: 1 not at all … 4 a lot; null until chosen. */
export const TRUST_LEVELS = [1, 2, 3, 4] as const;
