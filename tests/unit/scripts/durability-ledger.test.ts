import { describe, expect, it } from "vitest";
import { audit, canonical, Ledger, type Acked, type StoredRow } from "@/scripts/lib/proof/ledger";

/** The durability proof is only as good as its counting: each kind of loss must be counted as one. */

const ack = (overrides: Partial<Acked> = {}): Acked => ({ learner: 1, question: "q", attemptId: "a1", revision: 3, value: { text: "trois" }, ...overrides });
const row = (overrides: Partial<StoredRow> = {}): StoredRow => ({ attemptId: "a1", question: "q", revision: 3, value: { text: "trois" }, ...overrides });

describe("audit", () => {
  const cases: Array<{ name: string; acked: Acked[]; rows: StoredRow[]; stored: number; lost: number; ahead: number }> = [
    { name: "the newest acknowledged text is stored", acked: [ack()], rows: [row()], stored: 1, lost: 0, ahead: 0 },
    { name: "no row at all", acked: [ack()], rows: [], stored: 0, lost: 1, ahead: 0 },
    { name: "a row in another attempt does not count", acked: [ack()], rows: [row({ attemptId: "a2" })], stored: 0, lost: 1, ahead: 0 },
    { name: "an older revision is stored", acked: [ack()], rows: [row({ revision: 2, value: { text: "deux" } })], stored: 0, lost: 1, ahead: 0 },
    { name: "the acknowledged revision holds another text", acked: [ack()], rows: [row({ value: { text: "autre" } })], stored: 0, lost: 1, ahead: 0 },
    { name: "a newer write whose 2xx never arrived", acked: [ack()], rows: [row({ revision: 4, value: { text: "quatre" } })], stored: 0, lost: 0, ahead: 1 },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const result = audit(testCase.acked, testCase.rows);
      expect({ acknowledged: result.acknowledged, stored: result.stored, lost: result.lost.length, ahead: result.ahead }).toEqual({
        acknowledged: testCase.acked.length,
        stored: testCase.stored,
        lost: testCase.lost,
        ahead: testCase.ahead,
      });
    });
  }

  it("compares JSON whatever the order of its keys (jsonb reorders them)", () => {
    expect(canonical({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonical({ a: [{ c: 3, d: 2 }], b: 1 }));
    expect(audit([ack({ value: { other: "x", choice: "y" } })], [row({ value: { choice: "y", other: "x" } })]).stored).toBe(1);
  });
});

describe("Ledger", () => {
  it("keeps the newest acknowledgement per learner and question", () => {
    const ledger = new Ledger();
    ledger.record(ack({ revision: 1, value: { text: "un" } }));
    ledger.record(ack({ revision: 2, value: { text: "deux" } }));
    ledger.record(ack({ learner: 2, revision: 1 }));
    expect(ledger.newestOf(1, "q")).toMatchObject({ revision: 2, value: { text: "deux" } });
    expect(ledger.all()).toHaveLength(2);
    expect(ledger.responses).toBe(3);
  });

  it("does not let a late duplicate of an older save roll the newest back", () => {
    const ledger = new Ledger();
    ledger.record(ack({ revision: 2 }));
    ledger.record(ack({ revision: 1 }));
    expect(ledger.newestOf(1, "q")?.revision).toBe(2);
  });

  it("follows the learner into a new attempt, whose revisions start again", () => {
    const ledger = new Ledger();
    ledger.record(ack({ revision: 5 }));
    ledger.record(ack({ attemptId: "a2", revision: 1 }));
    expect(ledger.newestOf(1, "q")).toMatchObject({ attemptId: "a2", revision: 1 });
  });
});
