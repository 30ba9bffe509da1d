/**
 * The durability proof's books, kept apart from the run so the counting itself is unit-tested
 * (tests/unit/scripts/durability-ledger.test.ts).
 *
 * "Acknowledged" means: the server answered 2xx with `ok: true` to a save, so the learner's
 * browser was entitled to forget its local copy of that text. The promise under test is that
 * every acknowledged save is in PostgreSQL afterwards, whatever crashed in between; a save that
 * never got its 2xx (the app was killed, the network cut) is the client's to retry, and the
 * retry engine's job is to get it acknowledged before the end of the run.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The newest acknowledged save of one learner's answer to one question. */
export type Acked = { learner: number; question: string; attemptId: string; revision: number; value: JsonValue };

/** An answer row read back from PostgreSQL. */
export type StoredRow = { attemptId: string; question: string; revision: number; value: JsonValue };

export type Loss = { learner: number; question: string; attemptId: string; acked: { revision: number; value: JsonValue }; stored: StoredRow | null };

export type Audit = {
  /** Answers (learner × question) with at least one acknowledged save. */
  acknowledged: number;
  /** Of those, answers whose stored row is the newest acknowledged save (same revision, same value). */
  stored: number;
  /** Acknowledged but missing, older than acknowledged, or different at the acknowledged revision. */
  lost: Loss[];
  /** Stored newer than the newest acknowledgement: a write whose 2xx never arrived (not a loss). */
  ahead: number;
};

/** JSON with keys in order: PostgreSQL's jsonb does not keep the order they were sent in. */
export function canonical(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key]!)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

const answerKey = (learner: number, question: string) => `${learner}\u0000${question}`;

/** Acknowledgements in the order they arrived; the last one per answer is its newest. */
export class Ledger {
  private readonly newest = new Map<string, Acked>();
  /** Every 2xx, retries and duplicates included. */
  responses = 0;

  record(ack: Acked): void {
    this.responses += 1;
    const key = answerKey(ack.learner, ack.question);
    const previous = this.newest.get(key);
    // One request at a time per answer, so arrival order is revision order within an attempt;
    // the guard only keeps a late duplicate from rolling the newest back. A new attempt (the old
    // one was not found) starts its revisions again.
    if (!previous || previous.attemptId !== ack.attemptId || ack.revision >= previous.revision) this.newest.set(key, ack);
  }

  newestOf(learner: number, question: string): Acked | undefined {
    return this.newest.get(answerKey(learner, question));
  }

  all(): Acked[] {
    return [...this.newest.values()];
  }
}

export function audit(acked: readonly Acked[], rows: readonly StoredRow[]): Audit {
  const byTarget = new Map(rows.map((row) => [`${row.attemptId}\u0000${row.question}`, row]));
  const result: Audit = { acknowledged: acked.length, stored: 0, lost: [], ahead: 0 };
  for (const ack of acked) {
    const row = byTarget.get(`${ack.attemptId}\u0000${ack.question}`) ?? null;
    const loss = { learner: ack.learner, question: ack.question, attemptId: ack.attemptId, acked: { revision: ack.revision, value: ack.value }, stored: row };
    if (!row || row.revision < ack.revision) result.lost.push(loss);
    else if (row.revision > ack.revision) result.ahead += 1;
    else if (canonical(row.value) === canonical(ack.value)) result.stored += 1;
    else result.lost.push(loss);
  }
  return result;
}
