/**
 * Discernment as signal detection: telling manipulative items (signal) from neutral ones (noise).
 * A learner who flags everything has a perfect hit rate and a perfect false-alarm rate, and a
 * sensitivity d′ of 0: suspicion is not skill. d′ = z(H) − z(F); the bias c = −(z(H) + z(F)) / 2 is
 * positive when the learner holds back (flags less) and negative when they flag freely.
 *
 * Rates of 0 or 1 make z infinite. The log-linear correction (Hautus 1995) adds 0.5 to each count
 * and 1 to each total, on every learner alike, so the figures stay comparable between learners
 * whether or not their rates hit 0 or 1; it biases d′ slightly towards 0, the safe side for feedback.
 */

export type DetectionCounts = {
  /** Manipulative items the learner flagged. */
  hits: number;
  /** Manipulative items in all. */
  signal: number;
  /** Neutral items the learner flagged. */
  falseAlarms: number;
  /** Neutral items in all. */
  noise: number;
};

export type Discernment = DetectionCounts & {
  /** Raw rates (null with no item of the kind). */
  hitRate: number | null;
  falseAlarmRate: number | null;
  /** Sensitivity and bias on the corrected rates; null unless there are both kinds of item. */
  dPrime: number | null;
  bias: number | null;
};

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`quantile of ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** The log-linear corrected rate: never 0 or 1. */
export const correctedRate = (count: number, total: number) => (count + 0.5) / (total + 1);

export function discernment(counts: DetectionCounts): Discernment {
  const { hits, signal, falseAlarms, noise } = counts;
  if (hits < 0 || falseAlarms < 0 || hits > signal || falseAlarms > noise) throw new RangeError("counts out of range");
  const hitRate = signal > 0 ? hits / signal : null;
  const falseAlarmRate = noise > 0 ? falseAlarms / noise : null;
  if (signal === 0 || noise === 0) return { ...counts, hitRate, falseAlarmRate, dPrime: null, bias: null };
  const zH = normalQuantile(correctedRate(hits, signal));
  const zF = normalQuantile(correctedRate(falseAlarms, noise));
  return { ...counts, hitRate, falseAlarmRate, dPrime: zH - zF, bias: -(zH + zF) / 2 };
}

/** Counts from items the learner flagged or not: `manipulative` is the truth, `flagged` the answer. */
export function countDetections(items: Iterable<{ manipulative: boolean; flagged: boolean }>): DetectionCounts {
  const counts: DetectionCounts = { hits: 0, signal: 0, falseAlarms: 0, noise: 0 };
  for (const { manipulative, flagged } of items) {
    if (manipulative) {
      counts.signal += 1;
      if (flagged) counts.hits += 1;
    } else {
      counts.noise += 1;
      if (flagged) counts.falseAlarms += 1;
    }
  }
  return counts;
}
