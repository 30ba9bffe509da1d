import { describe, expect, it } from "vitest";
import { decideSave, type SaveDecision, type StoredRevision } from "@/lib/answers/revision";

const cases: Array<{ name: string; stored: StoredRevision; baseRevision: number; saveId: string; expected: SaveDecision }> = [
  { name: "first save creates", stored: null, baseRevision: 0, saveId: "a", expected: "create" },
  { name: "a save on a lost answer creates rather than fails", stored: null, baseRevision: 4, saveId: "a", expected: "create" },
  { name: "a save on the current revision updates", stored: { revision: 3, lastSaveId: "x" }, baseRevision: 3, saveId: "y", expected: "update" },
  { name: "a retried request is a duplicate", stored: { revision: 4, lastSaveId: "y" }, baseRevision: 3, saveId: "y", expected: "duplicate" },
  { name: "a save on an older revision is stale", stored: { revision: 4, lastSaveId: "x" }, baseRevision: 3, saveId: "z", expected: "stale" },
  { name: "a second tab that started empty is stale", stored: { revision: 1, lastSaveId: "x" }, baseRevision: 0, saveId: "z", expected: "stale" },
  { name: "a base from the future is stale", stored: { revision: 2, lastSaveId: "x" }, baseRevision: 5, saveId: "z", expected: "stale" },
];

describe("decideSave", () => {
  it.each(cases)("$name", ({ stored, baseRevision, saveId, expected }) => {
    expect(decideSave(stored, { baseRevision, saveId })).toBe(expected);
  });
});
