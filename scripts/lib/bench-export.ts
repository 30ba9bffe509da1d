import { readFile } from "node:fs/promises";
import pg from "pg";
import type { Content } from "@/lib/content/load";
import { seedBenchClass, studentsFor } from "./bench-class";
import { postPageForm } from "./form-post";

/**
 * Measuring a CSV export as a teacher's browser gets it: the whole file streamed over HTTP from
 * the production server, its time to first byte and total, its size, and the server process's
 * memory meanwhile (VmRSS sampled from /proc, and VmHWM, the process's peak so far, Linux only).
 */

/** `baselineRssMb`: the server's memory as the download starts, so the export's own share is `peakRssMb - baselineRssMb`. */
export type ExportMeasure = {
  status: number;
  firstByteMs: number;
  totalMs: number;
  bytes: number;
  lines: number;
  baselineRssMb: number;
  peakRssMb: number;
  hwmMb: number | null;
};

const MB = 1024 * 1024;

/** A field of /proc/<pid>/status in bytes (they are given in kB), or null where /proc is missing. */
export async function procStatusBytes(pid: number, field: "VmRSS" | "VmHWM"): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * The cookie header of a teacher signed in on `base` through the teacher's sign-in form, as a
 * browser without JavaScript does it: the session's cookies, not the page's language (requests
 * made with it choose theirs).
 */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const response = await postPageForm(base, "/fr/sign-in/teacher", { email, password, locale: "fr" });
  if (response.status !== 303) throw new Error(`teacher sign-in answered ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .filter((cookie) => !cookie.startsWith("NEXT_LOCALE="))
    .join("; ");
}

/** Downloads `url`, counting bytes and lines without keeping them, while sampling `pid`'s memory every `sampleMs`. */
export async function measureExport(url: string, options: { cookie: string; pid: number; sampleMs?: number }): Promise<ExportMeasure> {
  const baseline = (await procStatusBytes(options.pid, "VmRSS")) ?? 0;
  let peak = baseline;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, (await procStatusBytes(options.pid, "VmRSS")) ?? 0);
      await new Promise((resolve) => setTimeout(resolve, options.sampleMs ?? 20));
    }
  })();
  const started = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  let lines = 0;
  let status = 0;
  try {
    const response = await fetch(url, { headers: { cookie: options.cookie } });
    status = response.status;
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += value.length;
      for (const byte of value) if (byte === 0x0a) lines += 1;
    }
  } finally {
    sampling = false;
    await sampler;
  }
  const hwm = await procStatusBytes(options.pid, "VmHWM");
  return {
    status,
    firstByteMs,
    totalMs: performance.now() - started,
    bytes,
    lines,
    baselineRssMb: baseline / MB,
    peakRssMb: peak / MB,
    hwmMb: hwm === null ? null : hwm / MB,
  };
}

export type ExportBench = { classRuns: ExportMeasure[]; large: ExportMeasure & { answers: number; students: number } };

/**
 * The benchmark's export scenarios against a running production server (`pid`): a class of 35 ×
 * 5 articles exported whole five times, then one assignment holding `largeAnswers` answers,
 * with the server's peak memory during that download.
 */
export async function benchExports(base: string, databaseUrl: string, content: Content, pid: number, largeAnswers = 100_000): Promise<ExportBench> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const full = await seedBenchClass(pool, content, { students: 35, articles: 5 });
    const large = await seedBenchClass(pool, content, { students: studentsFor(largeAnswers, content), articles: 1 });
    const cookie = await signInCookie(base, full.teacher.email, full.teacher.password);
    const classUrl = `${base}/api/teach/classes/${full.classId}/export?sep=semicolon`;
    await measureExport(classUrl, { cookie, pid }); // warm-up
    const classRuns: ExportMeasure[] = [];
    for (let run = 0; run < 5; run += 1) classRuns.push(await measureExport(classUrl, { cookie, pid }));
    const largeCookie = await signInCookie(base, large.teacher.email, large.teacher.password);
    const largeRun = await measureExport(`${base}/api/teach/assignments/${large.assignmentIds[0]}/export`, { cookie: largeCookie, pid });
    return { classRuns, large: { ...largeRun, answers: large.answers, students: large.students } };
  } finally {
    await pool.end();
  }
}
