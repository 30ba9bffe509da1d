import { describe, expect, it } from "vitest";
import { claimOutcome } from "@/lib/claims/outcome";
import { CLAIM_STATUSES } from "@/lib/content/schemas";

describe("claimOutcome", () => {
  it("counts a documented claim as supported and a contradicted or unevidenced one as not", () => {
    expect(claimOutcome("documented")).toBe(1);
    expect(claimOutcome("contradicted-by-record")).toBe(0);
    expect(claimOutcome("no-evidence-presented")).toBe(0);
  });

  it("leaves out what the record cannot settle", () => {
    expect(claimOutcome("disputed")).toBeNull();
    expect(claimOutcome("official-claim-only")).toBeNull();
  });

  it("decides every status", () => {
    for (const status of CLAIM_STATUSES) expect([0, 1, null]).toContain(claimOutcome(status));
  });
});
