import type { Outcome } from "@/lib/claims/outcome";

/**
 * Calibration of stated probabilities against the record (lib/claims/outcome.ts). Probabilities are
 * whole percentages, 0 to 100, as the learner gives them; an estimate not given, or a claim the
 * record cannot settle (outcome null), counts in no score. Pure.
 *
 * - Brier score: the mean of (p − outcome)² with p in 0..1. 0 is perfect; always saying 50 % scores
 *   0.25; being sure and always wrong scores 1.
 * - Bins: eleven, one per tenth, each estimate in the bin of its nearest tenth (5 % goes up to 10 %,
 *   85 % to 90 %), so that the editor's steps of ten are each their own bin and "when you said
 *   80 %" is what the learner said; 0 % and 100 % have bins of their own.
 * - Confident errors: estimates on the wrong side of 50 % (more than 50 points from the outcome),
 *   the furthest first.
 */

export type Estimate = { claim: string; before: number | null; after: number | null; outcome: Outcome | null };
export type Side = "before" | "after";

export type Bin = {
  /** The bin's tenth, in percent: 0, 10, … 100. */
  percent: number;
  count: number;
  /** The mean probability stated in the bin, in percent. */
  meanStated: number;
  /** How many of its claims the record supports. */
  supported: number;
};

export type ConfidentError = Estimate & { stated: number; error: number };

type Scored = { claim: string; p: number; outcome: Outcome };

const scored = (estimates: readonly Estimate[], side: Side): Scored[] =>
  estimates.flatMap((estimate) => {
    const stated = estimate[side];
    return stated === null || estimate.outcome === null ? [] : [{ claim: estimate.claim, p: stated / 100, outcome: estimate.outcome }];
  });

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The Brier score of one side's estimates, and how many it counts; null when none counts. */
export function brierScore(estimates: readonly Estimate[], side: Side): { score: number; count: number } | null {
  const items = scored(estimates, side);
  return items.length === 0 ? null : { score: mean(items.map(({ p, outcome }) => (p - outcome) ** 2)), count: items.length };
}

/** The bin of a stated percentage: its nearest tenth. */
export const binOf = (percent: number) => Math.round(percent / 10) * 10;

/** The non-empty bins, lowest first. */
export function calibrationBins(estimates: readonly Estimate[], side: Side): Bin[] {
  const bins = new Map<number, Scored[]>();
  for (const item of scored(estimates, side)) {
    const key = binOf(item.p * 100);
    bins.set(key, [...(bins.get(key) ?? []), item]);
  }
  return [...bins.entries()]
    .sort(([a], [b]) => a - b)
    .map(([percent, items]) => ({
      percent,
      count: items.length,
      meanStated: mean(items.map(({ p }) => p * 100)),
      supported: items.filter(({ outcome }) => outcome === 1).length,
    }));
}

/** The `limit` estimates of one side most confidently wrong, furthest from the outcome first; ties keep the estimates' order. */
export function confidentErrors(estimates: readonly Estimate[], side: Side, limit = 3): ConfidentError[] {
  return estimates
    .flatMap((estimate) => {
      const stated = estimate[side];
      if (stated === null || estimate.outcome === null) return [];
      const error = Math.abs(stated / 100 - estimate.outcome);
      return error > 0.5 ? [{ ...estimate, stated, error }] : [];
    })
    .sort((a, b) => b.error - a.error)
    .slice(0, limit);
}

export type CalibrationReport = {
  brier: Record<Side, { score: number; count: number } | null>;
  bins: Record<Side, Bin[]>;
  /** Before reading the record: the judgement the exercise trains. */
  errors: ConfidentError[];
};

export function calibrationReport(estimates: readonly Estimate[]): CalibrationReport {
  return {
    brier: { before: brierScore(estimates, "before"), after: brierScore(estimates, "after") },
    bins: { before: calibrationBins(estimates, "before"), after: calibrationBins(estimates, "after") },
    errors: confidentErrors(estimates, "before"),
  };
}

export type ClaimSummary = {
  claim: string;
  outcome: Outcome | null;
  /** Mean stated probability over the students who gave one, in percent; null when none did. */
  before: { mean: number; count: number } | null;
  after: { mean: number; count: number } | null;
  /** Students whose estimate before reading was on the wrong side of 50 %. */
  confidentlyWrong: number;
  /** The class's mean distance from the outcome before reading (0..1); null when unscored. */
  meanError: number | null;
};

const meanOf = (values: readonly number[]) => (values.length === 0 ? null : { mean: mean(values), count: values.length });

/**
 * Per claim, the class's estimates against the record: `claims` in the order to show them, with
 * their outcome, and each student's estimates. The teacher's debrief.
 */
export function classSummary(claims: ReadonlyArray<{ claim: string; outcome: Outcome | null }>, students: ReadonlyArray<readonly Estimate[]>): ClaimSummary[] {
  return claims.map(({ claim, outcome }) => {
    const own = students.flatMap((estimates) => estimates.filter((estimate) => estimate.claim === claim));
    const befores = own.flatMap((estimate) => (estimate.before === null ? [] : [estimate.before]));
    const afters = own.flatMap((estimate) => (estimate.after === null ? [] : [estimate.after]));
    return {
      claim,
      outcome,
      before: meanOf(befores),
      after: meanOf(afters),
      confidentlyWrong: outcome === null ? 0 : befores.filter((p) => Math.abs(p / 100 - outcome) > 0.5).length,
      meanError: outcome === null || befores.length === 0 ? null : mean(befores.map((p) => Math.abs(p / 100 - outcome))),
    };
  });
}

/** The claims most students were confidently wrong about before reading: most such students first, then the highest mean error. */
export function classConfidentErrors(summary: readonly ClaimSummary[], limit = 3): ClaimSummary[] {
  return summary
    .filter((claim) => claim.confidentlyWrong > 0)
    .sort((a, b) => b.confidentlyWrong - a.confidentlyWrong || (b.meanError ?? 0) - (a.meanError ?? 0))
    .slice(0, limit);
}
