import { randomBytes } from "node:crypto";
import http from "node:http";
import autocannon from "autocannon";

/** Load generation for `npm run bench`: closed-loop runs (autocannon) and learners saving on a clock. */

export type Latency = {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  /** Responses by HTTP status, so a non-2xx count can be read (e.g. 409 = stale revision). */
  statuses: Record<string, number>;
};

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function summarise(times: number[], statuses: Record<string, number>, seconds: number, errors: number): Latency {
  times.sort((a, b) => a - b);
  const non2xx = Object.entries(statuses).reduce((sum, [status, count]) => sum + (status.startsWith("2") ? 0 : count), 0);
  return {
    rps: times.length / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors,
    non2xx,
    requests: times.length,
    statuses,
  };
}

/**
 * As many requests as the connections allow (autocannon). It reports no p95, so latencies are
 * collected from its per-response events; a 30 s timeout keeps slow responses in the percentiles
 * instead of dropping them as errors.
 */
export async function load(options: autocannon.Options): Promise<Latency> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ timeout: 30, ...options }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  return summarise(times, statuses, result.duration, result.errors + result.timeouts);
}

export type Learner = { cookie: string; attemptId: string; revision: number };

/** The body of one learner's next save, building on the revision the server last returned. */
export function nextSave(learner: Learner, article: string, question: string): string {
  return JSON.stringify({
    article,
    question,
    attemptId: learner.attemptId,
    value: { text: `Réponse en cours d'écriture ${randomBytes(16).toString("hex")}` },
    baseRevision: learner.revision,
    saveId: randomBytes(8).toString("hex"),
  });
}

export function applySaveResponse(learner: Learner, body: string): void {
  try {
    const parsed = JSON.parse(body) as { revision?: number; current?: { revision: number } };
    learner.revision = parsed.revision ?? parsed.current?.revision ?? learner.revision;
  } catch {
    // Counted as a non-2xx or an error already.
  }
}

/**
 * Learners typing on their own clocks: each saves every `periodMs`, the learners' clocks spread
 * evenly over the period (a class does not press keys in unison), each on its own kept-alive
 * connection. An open loop: a slow answer does not slow the next learner down, so queueing shows
 * in the latencies. A learner whose previous save has not come back skips a tick, as the real
 * autosave (one save in flight per answer) does.
 */
export async function pacedSaves(
  base: string,
  learners: readonly Learner[],
  article: string,
  question: string,
  periodMs: number,
  seconds: number,
): Promise<Latency> {
  const { hostname, port } = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: learners.length });
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const end = performance.now() + seconds * 1000;

  const saveOnce = (learner: Learner) =>
    new Promise<void>((resolve) => {
      const body = nextSave(learner, article, question);
      const started = performance.now();
      const request = http.request(
        {
          hostname,
          port,
          path: "/api/answers",
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), cookie: learner.cookie },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            times.push(performance.now() - started);
            statuses[response.statusCode ?? 0] = (statuses[response.statusCode ?? 0] ?? 0) + 1;
            applySaveResponse(learner, Buffer.concat(chunks).toString());
            resolve();
          });
        },
      );
      request.on("error", () => {
        errors += 1;
        resolve();
      });
      request.end(body);
    });

  await Promise.all(
    learners.map(async (learner, index) => {
      let tick = performance.now() + (index * periodMs) / learners.length;
      while (tick < end) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, tick - performance.now())));
        await saveOnce(learner);
        tick += periodMs;
        while (tick < performance.now()) tick += periodMs;
      }
    }),
  );
  agent.destroy();
  return summarise(times, statuses, seconds, errors);
}
