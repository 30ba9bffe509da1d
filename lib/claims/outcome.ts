import type { Content } from "@/lib/content";
import type { Claim, ClaimStatus } from "@/lib/content/schemas";

/**
 * The record's verdict on a claim, for calibration (lib/scoring/calibration.ts): does the record
 * support the claim? 1 yes, 0 no, null when the record cannot settle it, so the claim is left out
 * of every score. The one place that decides it; the learner reads the same rule in
 * messages (calibration.outcomeRule).
 *
 * - documented: independent sources confirm it → 1.
 * - contradicted-by-record: the sources show something else → 0.
 * - no-evidence-presented: no source found supports it → 0. The question is whether the record
 *   supports the claim, not whether the claim is false, and here it does not: that is the very
 *   judgement a careful reader should learn to make of an assertion with nothing behind it.
 * - disputed: the sources contradict each other or were revised → not scored.
 * - official-claim-only: an authority says so and nobody independent confirms or denies it → not
 *   scored. Counting it as 0 would teach that an official statement is false; counting it as 1,
 *   that it is proof. Either would reward a stance, not calibration.
 */
export type Outcome = 0 | 1;

const OUTCOMES: Record<ClaimStatus, Outcome | null> = {
  documented: 1,
  "contradicted-by-record": 0,
  "no-evidence-presented": 0,
  disputed: null,
  "official-claim-only": null,
};

export const claimOutcome = (status: ClaimStatus): Outcome | null => OUTCOMES[status];

/** Every claim card of content/, by id (ids are unique across articles: content:check), with its outcome. */
export function claimsById(content: Pick<Content, "claims">): Map<string, Claim & { outcome: Outcome | null }> {
  return new Map(Object.values(content.claims).flatMap((file) => file.claims.map((claim) => [claim.id, { ...claim, outcome: claimOutcome(claim.status) }])));
}
