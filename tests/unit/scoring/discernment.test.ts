import { describe, expect, it } from "vitest";
import { correctedRate, countDetections, discernment, normalQuantile } from "@/lib/scoring/discernment";

describe("normalQuantile", () => {
  it("matches the table values of the standard normal", () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 5);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 5);
  });
  it("refuses 0 and 1, where z is infinite", () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe("discernment", () => {
  it("gives d′ 0 to a learner who flags nearly everything: suspicion is not skill", () => {
    const result = discernment({ hits: 9, signal: 10, falseAlarms: 9, noise: 10 });
    expect(result.hitRate).toBe(0.9);
    expect(result.falseAlarmRate).toBe(0.9);
    expect(result.dPrime).toBeCloseTo(0, 9);
    // Flags freely: c is negative. z(9.5/11) = 1.096804.
    expect(result.bias).toBeCloseTo(-1.096804, 5);
  });
  it("computes d′ and c by hand: 8 of 10 hits, 2 of 10 false alarms", () => {
    // H = 8.5/11 = 0.772727, F = 2.5/11 = 0.227273, z(H) = 0.747859 = −z(F).
    const result = discernment({ hits: 8, signal: 10, falseAlarms: 2, noise: 10 });
    expect(result.dPrime).toBeCloseTo(1.495717, 5);
    expect(result.bias).toBeCloseTo(0, 9);
  });
  it("corrects rates of 0 and 1 with the log-linear rule instead of giving an infinite d′", () => {
    expect(correctedRate(10, 10)).toBeCloseTo(10.5 / 11, 12);
    expect(correctedRate(0, 10)).toBeCloseTo(0.5 / 11, 12);
    const perfect = discernment({ hits: 10, signal: 10, falseAlarms: 0, noise: 10 });
    expect(perfect.hitRate).toBe(1);
    expect(perfect.falseAlarmRate).toBe(0);
    expect(perfect.dPrime).toBeCloseTo(3.381243, 5);
    expect(perfect.bias).toBeCloseTo(0, 9);
  });
  it("holds back: unequal totals, c positive when the learner flags little", () => {
    // H = 2.5/9, F = 0.5/5: z(H) = −0.589456, z(F) = −1.281552.
    const result = discernment({ hits: 2, signal: 8, falseAlarms: 0, noise: 4 });
    expect(result.dPrime).toBeCloseTo(0.692096, 5);
    expect(result.bias).toBeCloseTo(0.935504, 5);
  });
  it("has no d′ without both kinds of item, and refuses impossible counts", () => {
    expect(discernment({ hits: 3, signal: 4, falseAlarms: 0, noise: 0 })).toMatchObject({ hitRate: 0.75, falseAlarmRate: null, dPrime: null, bias: null });
    expect(() => discernment({ hits: 5, signal: 4, falseAlarms: 0, noise: 2 })).toThrow(RangeError);
  });
});

describe("countDetections", () => {
  it("counts hits among manipulative items and false alarms among neutral ones", () => {
    const counts = countDetections([
      { manipulative: true, flagged: true },
      { manipulative: true, flagged: false },
      { manipulative: false, flagged: true },
      { manipulative: false, flagged: false },
      { manipulative: false, flagged: false },
    ]);
    expect(counts).toEqual({ hits: 1, signal: 2, falseAlarms: 1, noise: 3 });
  });
});
