/**
 * Scoring highlighted spans against a reference, as SemEval-2020 Task 11 does for span
 * identification: partial credit for overlap, normalised by span length. A learner's span earns
 * |s ∩ r| / |s| for each reference span r with the same label (precision side), each reference span
 * earns |s ∩ r| / |r| for each learner span (recall side); a span's credit is capped at 1. Spans in
 * different paragraphs never overlap. Scoring by category first (the same spans relabelled with
 * their category) gives credit for the right family of technique when the technique itself differs.
 */

export type LabelledSpan = { block: string; start: number; end: number; label: string };
export type Prf = { precision: number; recall: number; f1: number; predicted: number; reference: number };

const overlap = (a: LabelledSpan, b: LabelledSpan) => (a.block === b.block ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) : 0);

function credit(spans: readonly LabelledSpan[], against: readonly LabelledSpan[]): number {
  return spans.reduce((sum, span) => {
    const length = span.end - span.start;
    if (length <= 0) return sum;
    const covered = against.filter((other) => other.label === span.label).reduce((total, other) => total + overlap(span, other), 0);
    return sum + Math.min(1, covered / length);
  }, 0);
}

export function scoreSpans(predicted: readonly LabelledSpan[], reference: readonly LabelledSpan[]): Prf {
  const precision = predicted.length ? credit(predicted, reference) / predicted.length : reference.length ? 0 : 1;
  const recall = reference.length ? credit(reference, predicted) / reference.length : predicted.length ? 0 : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, predicted: predicted.length, reference: reference.length };
}

/** One score per label present on either side, each computed on that label's spans alone. */
export function scoreByLabel(predicted: readonly LabelledSpan[], reference: readonly LabelledSpan[]): Record<string, Prf> {
  const labels = [...new Set([...predicted, ...reference].map((span) => span.label))].sort();
  return Object.fromEntries(
    labels.map((label) => [
      label,
      scoreSpans(
        predicted.filter((span) => span.label === label),
        reference.filter((span) => span.label === label),
      ),
    ]),
  );
}

export type TechniqueReport = {
  technique: Prf;
  category: Prf;
  byTechnique: Record<string, Prf>;
  byCategory: Record<string, Prf>;
};

export function techniqueReport(
  predicted: readonly LabelledSpan[],
  reference: readonly LabelledSpan[],
  categoryOf: (technique: string) => string,
): TechniqueReport {
  const asCategory = (spans: readonly LabelledSpan[]) => spans.map((span) => ({ ...span, label: categoryOf(span.label) }));
  return {
    technique: scoreSpans(predicted, reference),
    category: scoreSpans(asCategory(predicted), asCategory(reference)),
    byTechnique: scoreByLabel(predicted, reference),
    byCategory: scoreByLabel(asCategory(predicted), asCategory(reference)),
  };
}
