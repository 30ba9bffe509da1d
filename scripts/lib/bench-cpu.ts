import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

/**
 * Where a benchmark run's CPU went, from /proc (Linux only): the app's server processes,
 * PostgreSQL, the kernel's own threads (disk flushes of each commit, the network) and the load
 * generator (this process). On a machine that also runs the load, a request's cost to the whole
 * machine says how far one box can go, and the server's share how far one process can.
 */

export type CpuShares = { server: number; postgres: number; kernel: number; loadGenerator: number };
export type CpuSample = CpuShares & { at: number };
export type CpuPerRequest = { msPerRequest: CpuShares; coresBusy: CpuShares; machineCores: number; requests: number };

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** One process's CPU ticks, name and parent, or null once it has gone. */
function processStat(pid: string): { ticks: number; name: string; parent: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ticks: Number(fields[11]) + Number(fields[12]), name: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), parent: Number(fields[1]) };
  } catch {
    return null;
  }
}

/** The CPU milliseconds used so far by each part, or null where /proc cannot be read. */
export function cpuSample(serverPids: readonly number[]): CpuSample | null {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  const sample: CpuSample = { server: 0, postgres: 0, kernel: 0, loadGenerator: 0, at: performance.now() };
  for (const pid of pids) {
    const stat = processStat(pid);
    if (!stat) continue;
    const ms = stat.ticks * TICK_MS;
    if (serverPids.includes(Number(pid))) sample.server += ms;
    else if (Number(pid) === process.pid) sample.loadGenerator += ms;
    else if (stat.name.startsWith("postgres")) sample.postgres += ms;
    else if (stat.parent === 2) sample.kernel += ms; // children of kthreadd: the kernel's threads
  }
  return sample;
}

const PARTS = ["server", "postgres", "kernel", "loadGenerator"] as const;

export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): CpuPerRequest {
  const wallMs = Math.max(after.at - before.at, 1);
  const per = (scale: (used: number) => number) => Object.fromEntries(PARTS.map((part) => [part, scale(after[part] - before[part])])) as CpuShares;
  return {
    msPerRequest: per((used) => used / Math.max(requests, 1)),
    coresBusy: per((used) => used / wallMs),
    machineCores: os.cpus().length,
    requests,
  };
}

/** What the machine could take at most if nothing else ran: its cores over the whole cost of one request. */
export const machineCeiling = (cpu: CpuPerRequest): number =>
  (1000 * cpu.machineCores) /
  Math.max(
    PARTS.reduce((sum, part) => sum + cpu.msPerRequest[part], 0),
    0.001,
  );
