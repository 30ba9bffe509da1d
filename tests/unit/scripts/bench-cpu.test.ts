import { describe, expect, it } from "vitest";
import { cpuPerRequest, cpuSample, machineCeiling } from "@/scripts/lib/bench-cpu";

/** Spins until this process has used `ms` of CPU (not of wall time: the machine may be busy). */
const busy = (ms: number) => {
  const start = process.cpuUsage();
  let x = 0;
  const used = () => {
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };
  while (used() < ms) for (let index = 0; index < 100_000; index += 1) x += Math.sqrt(x + index);
  return x;
};

describe("the benchmark's CPU accounting (/proc)", () => {
  it("counts a server process's CPU to the server, and this process's to the load generator otherwise", () => {
    const before = cpuSample([process.pid])!;
    busy(200);
    const after = cpuSample([process.pid])!;
    expect(after.server - before.server).toBeGreaterThanOrEqual(100);
    expect(after.loadGenerator - before.loadGenerator).toBe(0);

    const asLoad = cpuSample([]);
    busy(200);
    const asLoadAfter = cpuSample([])!;
    expect(asLoadAfter.loadGenerator - asLoad!.loadGenerator).toBeGreaterThanOrEqual(100);
  });

  it("divides each part's CPU by the requests, and the machine's cores by their sum", () => {
    const before = { server: 0, postgres: 0, kernel: 0, loadGenerator: 0, at: 0 };
    const after = { server: 1500, postgres: 300, kernel: 0, loadGenerator: 200, at: 1000 };
    const cpu = cpuPerRequest(before, after, 1000);
    expect(cpu.msPerRequest).toEqual({ server: 1.5, postgres: 0.3, kernel: 0, loadGenerator: 0.2 });
    expect(cpu.coresBusy.server).toBe(1.5);
    expect(machineCeiling({ ...cpu, machineCores: 2 })).toBe(1000);
  });
});
