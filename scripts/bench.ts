import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { loadContent } from "@/lib/content/load";
import { learnerWithAnswers, openAtOnce } from "./lib/bench-learners";
import { loadContentInto, migrate } from "./lib/database";
import { findFreePort, makeTempDataDir, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { bin, ROOT } from "./lib/paths";

/**
 * `npm run bench`: builds, starts the production server on a fresh embedded PostgreSQL and
 * measures (a) the reader page against the same HTML from a plain Node static server, (b) answer
 * saves through POST /api/answers from 200 guests, paced then flat out, (c) first-load JavaScript
 * per route, gzipped. Prints a table and writes bench-results/<date>.json. Not part of npm test.
 * Flags: --no-build (reuse .next), --seconds N (default 15).
 */

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1]) || 15;
const log = (line: string) => console.log(`[bench] ${line}`);

type Latency = {
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

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** autocannon reports no p95, so latencies are collected from its per-response events. A 30 s timeout keeps slow responses in the percentiles instead of dropping them as errors. */
async function load(options: autocannon.Options): Promise<Latency> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ timeout: 30, ...options }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
    statuses,
  };
}

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

function staticServer(html: string): Promise<{ url: string; close: () => void }> {
  const body = Buffer.from(html);
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

type Learner = { cookie: string; attemptId: string; revision: number };

/** 200 guests, each with a session and an attempt, made through the endpoint itself. */
async function makeLearners(base: string, article: string, question: string, count: number): Promise<Learner[]> {
  const learners: Learner[] = [];
  for (let index = 0; index < count; index += 1) {
    const response = await fetch(`${base}/api/answers`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ article, question, value: { text: "début" }, baseRevision: 0, saveId: randomBytes(8).toString("hex") }),
    });
    const body = (await response.json()) as { attemptId: string; revision: number };
    const cookie = response.headers.getSetCookie().map((value) => value.split(";")[0]).join("; ");
    learners.push({ cookie, attemptId: body.attemptId, revision: body.revision });
  }
  return learners;
}

/**
 * Each connection is one learner for the whole run, so no two requests race on one answer and each
 * save builds on the revision the server last returned. autocannon resets a connection's context
 * after every pass over the request list, so the learner's index goes in the connection's initial
 * context, set when the connection is created.
 */
function saveLoad(learners: Learner[], article: string, question: string): Pick<autocannon.Options, "requests" | "setupClient"> {
  let next = 0;
  type Iterator = { initialContext: { learner?: number }; resetContext(): void; rebuildRequest(): void };
  return {
    setupClient: (client) => {
      const iterator = (client as unknown as { requestIterator: Iterator }).requestIterator;
      iterator.initialContext = { learner: next++ % learners.length };
      iterator.resetContext();
      iterator.rebuildRequest(); // the first request was built before the learner was known
    },
    requests: [
      {
        method: "POST",
        path: "/api/answers",
        setupRequest: (request, context) => {
          const learner = learners[(context as { learner?: number }).learner ?? 0]!;
          return {
            ...request,
            headers: { "content-type": "application/json", cookie: learner.cookie },
            body: JSON.stringify({
              article,
              question,
              attemptId: learner.attemptId,
              value: { text: `Réponse en cours d'écriture ${randomBytes(16).toString("hex")}` },
              baseRevision: learner.revision,
              saveId: randomBytes(8).toString("hex"),
            }),
          };
        },
        onResponse: (_status, body, context) => {
          const learner = learners[(context as { learner?: number }).learner ?? 0]!;
          try {
            const parsed = JSON.parse(body) as { revision?: number; current?: { revision: number } };
            learner.revision = parsed.revision ?? parsed.current?.revision ?? learner.revision;
          } catch {
            // Counted by autocannon as a non-2xx or error already.
          }
        },
      },
    ],
  };
}

async function firstLoadJs(base: string, route: string): Promise<{ route: string; files: number; jsGzipKb: number; htmlGzipKb: number }> {
  const html = await (await fetch(`${base}${route}`)).text();
  // Scripts marked nomodule (legacy polyfills) are skipped by every browser that runs modules.
  const sources = [...html.matchAll(/<script([^>]+)src="([^"]+)"[^>]*>/g)]
    .filter((match) => !/nomodule/i.test(match[0]))
    .map((match) => match[2]!);
  const unique = [...new Set(sources)];
  const sizes = await Promise.all(unique.map(async (src) => gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length));
  return {
    route,
    files: unique.length,
    jsGzipKb: sizes.reduce((sum, size) => sum + size, 0) / 1024,
    htmlGzipKb: gzipSync(Buffer.from(html)).length / 1024,
  };
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

let server: ChildProcess | undefined;
const database = await (async () => {
  // BENCH_HELLO=1: the build includes /bench/hello, the Next.js hello-world page every figure is divided by.
  if (!args.includes("--no-build")) await run(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1", BENCH_HELLO: "1" });
  log("starting a fresh embedded PostgreSQL");
  const running = await startEmbeddedPostgres({ dataDir: await makeTempDataDir("recits-bench-"), port: await findFreePort(), ephemeral: true });
  await migrate(running.url);
  await loadContentInto(running.url);
  return running;
})();

try {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn(bin("next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: randomBytes(24).toString("hex"),
      NODE_ENV: "production",
      LOG_LEVEL: "error",
      // Every simulated learner is a new guest from 127.0.0.1: the per-address limit would stop them.
      GUEST_SESSIONS_PER_MINUTE: "100000",
    },
  });
  await waitFor(`${base}/fr`);

  const content = await loadContent(path.join(ROOT, "content"));
  const article = content.articles[1]!;
  const question = content.questionSets[article.slug]!.questions.find((candidate) => candidate.type === "open")!;
  const readerPath = `/fr/articles/${article.slug}`;

  log(`(0) Next.js hello-world page /bench/hello: 50 connections, ${seconds}s`);
  await load({ url: `${base}/bench/hello`, connections: 10, duration: 2 }); // warm-up
  const hello = await load({ url: `${base}/bench/hello`, connections: 50, duration: seconds });
  if (hello.non2xx > 0) throw new Error("/bench/hello did not answer 200: build with BENCH_HELLO=1 (drop --no-build)");

  log(`(a) reader page ${readerPath}: 50 connections, ${seconds}s, then the same HTML from a static server`);
  await load({ url: `${base}${readerPath}`, connections: 10, duration: 3 }); // warm-up
  const reader = await load({ url: `${base}${readerPath}`, connections: 50, duration: seconds });
  const html = await (await fetch(`${base}${readerPath}`)).text();
  const staticHtml = await staticServer(html);
  const staticResult = await load({ url: staticHtml.url, connections: 50, duration: seconds });
  staticHtml.close();

  const statePath = `/api/attempts/current?article=${article.slug}`;
  const questions = content.questionSets[article.slug]!.questions;
  log(`(a) the learner's own part: ${statePath} for a learner with ${questions.length} saved answers, 50 connections`);
  const cookie = await learnerWithAnswers(base, article.slug, questions);
  const state = await load({ url: `${base}${statePath}`, connections: 50, duration: seconds, headers: { cookie } });
  log("(a) 35 learners opening the same article at once (page, then their own work)");
  const classCookies = await Promise.all(Array.from({ length: 35 }, () => learnerWithAnswers(base, article.slug, questions.slice(0, 3))));
  await openAtOnce(base, readerPath, statePath, classCookies.slice(0, 5)); // warm-up
  const classOpens = [];
  for (let round = 0; round < 3; round += 1) classOpens.push(await openAtOnce(base, readerPath, statePath, classCookies));
  const classMs = Math.max(...classOpens);

  // Fresh learners for each run: saves still in flight when a run stops leave its learners one revision behind.
  log(`(b) answer saves: 200 new guest learners saving every 2 s for ${seconds}s`);
  const pacedLearners = await makeLearners(base, article.slug, question.key, 200);
  const paced = await load({ url: base, connections: 200, overallRate: 100, duration: seconds, ...saveLoad(pacedLearners, article.slug, question.key) });
  log(`(b) 200 new guest learners saving as fast as possible for ${seconds}s`);
  const flatLearners = await makeLearners(base, article.slug, question.key, 200);
  const flat = await load({ url: base, connections: 200, duration: seconds, ...saveLoad(flatLearners, article.slug, question.key) });

  log("(c) first-load JavaScript per route");
  const routes = ["/fr", readerPath, `${readerPath}/background`];
  const bundles = await Promise.all(routes.map((route) => firstLoadJs(base, route)));

  const rows = [
    ["Next.js hello world (yardstick)", hello],
    ["reader page (Next.js)", reader],
    [`learner's own part (GET, ${questions.length} answers)`, state],
    ["same HTML, static Node server", staticResult],
    ["saves, 200 learners every 2 s", paced],
    ["saves, 200 learners flat out", flat],
  ] as Array<[string, Latency]>;
  const ms = (value: number) => round(value, 1).toString().padStart(8);
  const statusList = (result: Latency) => Object.entries(result.statuses).map(([status, count]) => `${status}×${count}`).join(" ");
  const ofHello = (result: Latency) => `${Math.round((100 * result.rps) / Math.max(hello.rps, 0.001))} %`;
  console.log(
    `\n${"scenario".padEnd(38)} ${"req/s".padStart(9)} ${"× hello".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)}  responses`,
  );
  for (const [name, result] of rows) {
    console.log(
      `${name.padEnd(38)} ${round(result.rps).toString().padStart(9)} ${ofHello(result).padStart(8)} ${ms(result.p50)} ${ms(result.p95)} ${ms(result.p99)} ${result.errors.toString().padStart(7)}  ${statusList(result)}`,
    );
  }
  console.log(`\n35 learners opening the article at once: all had page and answers after ${Math.round(classMs)} ms (worst of 3)`);
  const ratio = staticResult.rps / Math.max(reader.rps, 0.001);
  console.log(`\nstatic / reader throughput ratio: ${round(ratio, 2)}× (reader HTML ${round(Buffer.byteLength(html) / 1024)} KB)`);
  console.log(`\n${"route".padEnd(50)} ${"JS files".padStart(8)} ${"JS gzip KB".padStart(11)} ${"HTML gzip KB".padStart(13)}`);
  for (const bundle of bundles) {
    console.log(`${bundle.route.padEnd(50)} ${bundle.files.toString().padStart(8)} ${round(bundle.jsGzipKb).toString().padStart(11)} ${round(bundle.htmlGzipKb).toString().padStart(13)}`);
  }

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    seconds,
    hello,
    reader: { route: readerPath, nextjs: reader, static: staticResult, ratio: round(ratio, 2), htmlKb: round(Buffer.byteLength(html) / 1024) },
    learnerState: { route: statePath, answers: questions.length, result: state },
    classOpening: { learners: classCookies.length, worstMs: Math.round(classMs), runsMs: classOpens.map(Math.round) },
    saves: { paced, flat },
    firstLoadJs: bundles.map((bundle) => ({ ...bundle, jsGzipKb: round(bundle.jsGzipKb), htmlGzipKb: round(bundle.htmlGzipKb) })),
  };
  const dir = path.join(ROOT, "bench-results");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${report.date.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  log(`written ${path.relative(ROOT, file)}`);
} finally {
  server?.kill("SIGTERM");
  await database.stop();
}
