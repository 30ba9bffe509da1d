import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadContent } from "@/lib/content/load";
import { learnerWithAnswers, openAtOnce } from "./lib/bench-learners";
import { applySaveResponse, load, nextSave, pacedSaves, type Latency, type Learner } from "./lib/bench-load";
import { benchExports } from "./lib/bench-export";
import { benchReviewByQuestion } from "./lib/bench-review";
import { loadContentInto, migrate } from "./lib/database";
import { findFreePort, makeTempDataDir, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { buildApp } from "./lib/build";
import { cpuPerRequest, cpuSample, machineCeiling, type CpuPerRequest } from "./lib/bench-cpu";
import { NEXT_CLI, ROOT } from "./lib/paths";
import { nginxPath, startReverseProxy } from "./lib/reverse-proxy";
import { ensureBrowser } from "./lib/browser";
import { lighthouseAudits, printLighthouse } from "./lib/bench-lighthouse";
import { waitForUrl } from "./lib/wait";
import { startYardstick } from "./lib/yardstick";

/**
 * `npm run bench`: builds, starts the production server (`next start`, as `npm start` runs it) on
 * a fresh embedded PostgreSQL, and measures in one run, each against a Next.js hello-world app
 * served the same way (the yardstick, bench/yardstick: scripts/lib/yardstick.ts):
 *   the reader page (the part that is the same for everyone), next to the same HTML from a plain
 *   Node static server; the learner's own part (GET /api/attempts/current, 13 saved answers);
 *   35 learners opening the same article at once; answer saves, 200 learners each every 2 s,
 *   2,000 learners each every 2 s (1,000 saves/s), then flat out; the reader's HTML size and the
 *   first-load JavaScript per route; the CSV export of a class of 35 × 5 articles, and of 100,000
 *   answers with the server's peak memory (RSS); the teacher's review by question for a class of
 *   35 × 13 answers; and, when nginx is installed, the reader behind the shipped reverse-proxy
 *   configuration next to the same nginx serving the same file from disk, and the 2,000 learners
 *   through it to two instances.
 * For the 2,000 learners it also prints where the machine's CPU went per save (server,
 * PostgreSQL, kernel, load generator: scripts/lib/bench-cpu.ts).
 * Prints a table with the targets and writes bench-results/<date>.json. Not part of npm test.
 * Also (l) Lighthouse's mobile audit of the home page and the reader, and of the yardstick's page as
 * the framework's floor (scripts/lib/bench-lighthouse.ts).
 * Flags: --no-build (reuse .next and the yardstick's build), --lighthouse-only (only (l)), --seconds N (default 6), --node PATH
 * (the Node.js binary the servers run on, by default the one running the benchmark: to compare
 * Node.js releases on the same build).
 */

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1]) || 6;
const node = args.includes("--node") ? path.resolve(args[args.indexOf("--node") + 1]!) : process.execPath;
const nodeVersion = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
const log = (line: string) => console.log(`[bench] ${line}`);
const BROWSER = { "accept-encoding": "gzip, deflate, br, zstd" };

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

/** New guests, each with a session and an attempt, made through the endpoint itself. */
async function makeLearners(base: string, article: string, question: string, count: number): Promise<Learner[]> {
  const learners: Learner[] = [];
  for (let index = 0; index < count; index += 1) {
    const response = await fetch(`${base}/api/answers`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ article, question, value: { text: "début" }, baseRevision: 0, saveId: randomBytes(8).toString("hex") }),
    });
    const body = (await response.json()) as { attemptId: string; revision: number };
    const cookie = response.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ");
    learners.push({ cookie, attemptId: body.attemptId, revision: body.revision });
  }
  return learners;
}

/**
 * Saves as fast as 200 connections allow, each connection one learner for the whole run, so no two
 * requests race on one answer. autocannon resets a connection's context after every pass over
 * the request list, so the learner's index goes in the connection's initial context.
 */
function flatOutSaves(learners: Learner[], article: string, question: string) {
  let next = 0;
  type Iterator = { initialContext: { learner?: number }; resetContext(): void; rebuildRequest(): void };
  const learnerOf = (context: unknown) => learners[(context as { learner?: number }).learner ?? 0]!;
  return {
    setupClient: (client: unknown) => {
      const iterator = (client as { requestIterator: Iterator }).requestIterator;
      iterator.initialContext = { learner: next++ % learners.length };
      iterator.resetContext();
      iterator.rebuildRequest(); // the first request was built before the learner was known
    },
    requests: [
      {
        method: "POST" as const,
        path: "/api/answers",
        setupRequest: (request: object, context: unknown) => {
          const learner = learnerOf(context);
          return { ...request, headers: { "content-type": "application/json", cookie: learner.cookie }, body: nextSave(learner, article, question) };
        },
        onResponse: (_status: number, body: string, context: unknown) => applySaveResponse(learnerOf(context), body),
      },
    ],
  };
}

async function firstLoadJs(base: string, route: string): Promise<{ route: string; files: number; jsGzipKb: number; htmlKb: number; htmlGzipKb: number }> {
  const html = await (await fetch(`${base}${route}`)).text();
  // Scripts marked nomodule (legacy polyfills) are skipped by every browser that runs modules.
  const sources = [...html.matchAll(/<script([^>]+)src="([^"]+)"[^>]*>/g)].filter((match) => !/nomodule/i.test(match[0])).map((match) => match[2]!);
  const unique = [...new Set(sources)];
  const sizes = await Promise.all(unique.map(async (src) => gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length));
  return {
    route,
    files: unique.length,
    jsGzipKb: sizes.reduce((sum, size) => sum + size, 0) / 1024,
    htmlKb: Buffer.byteLength(html) / 1024,
    htmlGzipKb: gzipSync(Buffer.from(html)).length / 1024,
  };
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

let server: ChildProcess | undefined;
if (!args.includes("--no-build")) await buildApp();
log(`servers run on Node.js ${nodeVersion}`);
// --lighthouse-only: the Lighthouse audits (l) alone (with the yardstick's page), without the load tests.
const lighthouseOnly = args.includes("--lighthouse-only");
const yardstick = await startYardstick({ build: !args.includes("--no-build"), node });
log("starting a fresh embedded PostgreSQL");
const database = await startEmbeddedPostgres({ dataDir: await makeTempDataDir("recits-bench-"), port: await findFreePort(), ephemeral: true });
await migrate(database.url);
await loadContentInto(database.url);

try {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  // The server's own log goes beside the results, to read if a request fails.
  await mkdir(path.join(ROOT, "bench-results"), { recursive: true });
  const serverLog = openSync(path.join(ROOT, "bench-results", "server.log"), "w");
  // One secret for both instances (the second serves (k)): a session from one is valid on the other.
  const secret = randomBytes(24).toString("hex");
  const startInstance = (instancePort: number) =>
    spawn(node, [NEXT_CLI, "start", "--port", String(instancePort), "--hostname", "127.0.0.1"], {
      cwd: ROOT,
      stdio: ["ignore", serverLog, serverLog],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        BETTER_AUTH_SECRET: secret,
        NODE_ENV: "production",
        LOG_LEVEL: "error",
        // Every simulated learner is a new guest from 127.0.0.1: the per-address limit would stop them.
        GUEST_SESSIONS_PER_MINUTE: "100000",
      },
    });
  server = startInstance(port);
  await waitForUrl(`${base}/fr`);

  const content = await loadContent(path.join(ROOT, "content"));
  const article = [...content.articles].sort((a, b) => b.body.length - a.body.length)[0]!;
  const questions = content.questionSets[article.slug]!.questions;
  const question = questions.find((candidate) => candidate.type === "open")!;
  const readerPath = `/fr/articles/${article.slug}`;
  const warmUp = (options: Parameters<typeof load>[0]) => load({ connections: 10, duration: 2, ...options });
  const measure = (options: Parameters<typeof load>[0]) => load({ connections: 50, duration: seconds, ...options });

  log("(l) Lighthouse, mobile: the yardstick's page, the home page, and the reader of the longest article in French and in English");
  const lighthouse = await lighthouseAudits(await ensureBrowser(log), [
    { label: "Next.js hello world (yardstick)", url: yardstick.url },
    ...["/fr", readerPath, `/en/articles/${article.slug}`].map((path) => ({ label: path, url: `${base}${path}` })),
  ]);
  if (lighthouseOnly) {
    yardstick.stop();
    printLighthouse(lighthouse, console.log);
  } else {
    const yardstickApp = yardstick;
    log(`(0) the yardstick, a Next.js hello-world app served by next start: 50 connections, ${seconds}s`);
    await warmUp({ url: yardstickApp.url });
    const hello = await measure({ url: yardstickApp.url });
    // The same body as a save, to a bare route handler: what Next.js alone costs a save here.
    const echoBody = nextSave({ cookie: "", attemptId: "a", revision: 0 }, article.slug, question.key);
    const echo = { url: new URL("api/echo", yardstickApp.url).href, method: "POST" as const, headers: { "content-type": "application/json" }, body: echoBody };
    await warmUp(echo);
    const bareHandler = await load({ ...echo, connections: 200, duration: seconds });
    yardstickApp.stop();

    log(`(a) reader page ${readerPath} (the longest article): as the yardstick is asked for, then as a browser asks (gzip)`);
    await warmUp({ url: `${base}${readerPath}`, headers: BROWSER });
    const reader = await measure({ url: `${base}${readerPath}` });
    const readerBrotli = await measure({ url: `${base}${readerPath}`, headers: BROWSER });
    const html = await (await fetch(`${base}${readerPath}`)).text();
    const staticHtml = await staticServer(html);
    const staticResult = await measure({ url: staticHtml.url });
    staticHtml.close();

    const statePath = `/api/attempts/current?article=${article.slug}`;
    log(`(b) the learner's own part: ${statePath} for a learner with ${questions.length} saved answers`);
    const cookie = await learnerWithAnswers(base, article.slug, questions);
    await warmUp({ url: `${base}${statePath}`, headers: { cookie } });
    const state = await measure({ url: `${base}${statePath}`, headers: { cookie } });

    log("(c) 35 learners opening the same article at once (page as a browser asks, then their own work)");
    const classCookies = await Promise.all(Array.from({ length: 35 }, () => learnerWithAnswers(base, article.slug, questions.slice(0, 3))));
    await openAtOnce(base, readerPath, statePath, classCookies.slice(0, 5)); // warm-up
    const classOpens: number[] = [];
    for (let round = 0; round < 3; round += 1) classOpens.push(await openAtOnce(base, readerPath, statePath, classCookies));
    const classMs = Math.max(...classOpens);

    // Fresh learners for each run: saves still in flight when a run stops leave their learners behind.
    log(`(d) answer saves: 200 new guest learners, each saving every 2 s, for ${seconds}s`);
    const paced = await pacedSaves(base, await makeLearners(base, article.slug, question.key, 200), article.slug, question.key, 2000, seconds);
    log(`(d2) answer saves: 2,000 new guest learners, each saving every 2 s (1,000 saves/s), for ${seconds}s`);
    const manyLearners = await makeLearners(base, article.slug, question.key, 2000);
    const cpuBefore = cpuSample([server.pid!]);
    const pacedMany = await pacedSaves(base, manyLearners, article.slug, question.key, 2000, seconds);
    const cpuAfter = cpuSample([server.pid!]);
    const savesCpu = cpuBefore && cpuAfter ? cpuPerRequest(cpuBefore, cpuAfter, pacedMany.requests) : null;
    log(`(e) 200 new guest learners saving as fast as they can, for ${seconds}s`);
    const flat = await load({
      url: base,
      connections: 200,
      duration: seconds,
      ...flatOutSaves(await makeLearners(base, article.slug, question.key, 200), article.slug, question.key),
    });

    log("(f) HTML and first-load JavaScript per route");
    const routes = ["/fr", readerPath, `${readerPath}/background`];
    const bundles = await Promise.all(routes.map((route) => firstLoadJs(base, route)));

    log("(g) CSV export of a class of 35 students × 5 articles (5 runs), then (h) of one assignment with 100,000 answers");
    const exports = await benchExports(base, database.url, content, server.pid!);
    log("(i) the teacher's review by question for a class of 35 × 13 answers, one request at a time");
    const review = await benchReviewByQuestion(base, database.url, content, seconds);

    log("(j) the reader behind the shipped nginx configuration (deploy/nginx/recits.conf), next to the same nginx serving the same file from disk");
    let behindProxy: { proxied: Latency; disk: Latency } | null = null;
    if (nginxPath()) {
      const proxy = await startReverseProxy({ upstreams: [`127.0.0.1:${port}`], diskFile: { name: "reader.html", body: html } });
      try {
        const gzip = { "accept-encoding": "gzip" };
        await warmUp({ url: `${proxy.http}${readerPath}`, headers: gzip });
        const proxied = await measure({ url: `${proxy.http}${readerPath}`, headers: gzip });
        await warmUp({ url: `${proxy.disk}/reader.html`, headers: gzip });
        behindProxy = { proxied, disk: await measure({ url: `${proxy.disk}/reader.html`, headers: gzip }) };
      } finally {
        await proxy.stop();
      }
    } else log("nginx is not installed (apt-get install nginx): the reverse-proxy figures are skipped");

    log("(k) 2,000 learners each saving every 2 s, through nginx to two instances (one per core), as compose.yaml runs them");
    let twoInstances: Latency | null = null;
    let twoInstancesCpu: CpuPerRequest | null = null;
    if (nginxPath()) {
      const secondPort = await findFreePort();
      const second = startInstance(secondPort);
      await waitForUrl(`http://127.0.0.1:${secondPort}/fr`);
      const proxy = await startReverseProxy({ upstreams: [`127.0.0.1:${port}`, `127.0.0.1:${secondPort}`] });
      try {
        const learners = await makeLearners(proxy.http, article.slug, question.key, 2000);
        const before = cpuSample([server.pid!, second.pid!]);
        twoInstances = await pacedSaves(proxy.http, learners, article.slug, question.key, 2000, seconds);
        const after = cpuSample([server.pid!, second.pid!]);
        twoInstancesCpu = before && after ? cpuPerRequest(before, after, twoInstances.requests) : null;
      } finally {
        await proxy.stop();
        second.kill("SIGTERM");
      }
    }

    const ofHello = (result: Latency) => (100 * result.rps) / Math.max(hello.rps, 0.001);
    const rows: Array<[string, Latency, string]> = [
      ["Next.js hello world (yardstick)", hello, ""],
      ["reader page", reader, "see nginx below"],
      ["reader page, as a browser asks (gzip)", readerBrotli, ""],
      ["same HTML, plain Node static server", staticResult, ""],
      [`learner's own part (GET, ${questions.length} answers)`, state, "≥ 50 %, p99 < 100"],
      ["saves, 200 learners every 2 s", paced, "p99 < 50, 0 non-2xx"],
      ["saves, 2,000 learners every 2 s", pacedMany, "p99 < 100, 0 non-2xx"],
      ...(twoInstances ? [["saves, 2,000 every 2 s, nginx + 2 instances", twoInstances, "p99 < 100, 0 non-2xx"] as [string, Latency, string]] : []),
      ["bare route handler, same body, 200 conns (yardstick app)", bareHandler, ""],
      ["saves, 200 learners flat out", flat, "≥ 50 %"],
      [`review by question, ${review.students} × ${review.questions}, 1 connection`, review.result, "p95 < 150"],
    ];
    const ms = (value: number) => round(value, 1).toString().padStart(8);
    const statusList = (result: Latency) =>
      Object.entries(result.statuses)
        .map(([status, count]) => `${status}×${count}`)
        .join(" ");
    console.log(
      `\n${"scenario".padEnd(42)} ${"req/s".padStart(8)} ${"× hello".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(6)}  ${"target".padEnd(20)} responses`,
    );
    for (const [name, result, target] of rows) {
      console.log(
        `${name.padEnd(42)} ${round(result.rps).toString().padStart(8)} ${`${Math.round(ofHello(result))} %`.padStart(8)} ${ms(result.p50)} ${ms(result.p95)} ${ms(result.p99)} ${result.errors.toString().padStart(6)}  ${target.padEnd(20)} ${statusList(result)}`,
      );
    }
    if (behindProxy) {
      const share = Math.round((100 * behindProxy.proxied.rps) / Math.max(behindProxy.disk.rps, 0.001));
      console.log(
        `\nBehind nginx (shipped configuration, gzip): reader ${round(behindProxy.proxied.rps)} req/s (p99 ${round(behindProxy.proxied.p99)} ms), the same file from disk ${round(behindProxy.disk.rps)} req/s: ${share} % (target ≥ 80 %)`,
      );
    } else console.log("\nBehind nginx: not measured, nginx is not installed");
    for (const [name, cpu] of [
      ["2,000 learners every 2 s, one instance", savesCpu],
      ["2,000 learners every 2 s, nginx + 2 instances", twoInstancesCpu],
    ] as const) {
      if (!cpu) continue;
      const part = (key: keyof CpuPerRequest["msPerRequest"]) => `${round(cpu.msPerRequest[key], 2)} ms (${round(cpu.coresBusy[key], 2)} core)`;
      console.log(
        `\nCPU per save, ${name}: server ${part("server")}, PostgreSQL ${part("postgres")}, kernel ${part("kernel")}, load generator ${part("loadGenerator")}; all of them on ${cpu.machineCores} cores: at most ${Math.round(machineCeiling(cpu))} saves/s here`,
      );
    }
    console.log(`\n35 learners opening the article at once: all had page and answers after ${Math.round(classMs)} ms (worst of 3)`);
    console.log(`\n${"route".padEnd(50)} ${"JS files".padStart(8)} ${"JS gzip KB".padStart(11)} ${"HTML KB".padStart(8)} ${"HTML gzip KB".padStart(13)}`);
    for (const bundle of bundles) {
      console.log(
        `${bundle.route.padEnd(50)} ${bundle.files.toString().padStart(8)} ${round(bundle.jsGzipKb).toString().padStart(11)} ${round(bundle.htmlKb).toString().padStart(8)} ${round(bundle.htmlGzipKb).toString().padStart(13)}`,
      );
    }
    console.log(`(targets: reader HTML ≤ 100 KB, first-load JS ≤ 161 KB gzipped; KB = 1,024 bytes)`);
    printLighthouse(lighthouse, console.log);
    const classMsSorted = exports.classRuns.map((run) => run.totalMs).sort((a, b) => a - b);
    console.log(
      `\n${"CSV export".padEnd(42)} ${"ms".padStart(8)} ${"1st byte".padStart(8)} ${"MB".padStart(8)} ${"lines".padStart(8)} ${"peak RSS".padStart(9)}  target`,
    );
    console.log(
      `${"class 35 × 5 articles (median of 5)".padEnd(42)} ${ms(classMsSorted[2] ?? 0)} ${ms(exports.classRuns[0]?.firstByteMs ?? 0)} ${round(
        exports.classRuns[0]!.bytes / 1048576,
        2,
      )
        .toString()
        .padStart(
          8,
        )} ${exports.classRuns[0]!.lines.toString().padStart(8)} ${`${round(Math.max(...exports.classRuns.map((run) => run.peakRssMb)))} MB`.padStart(9)}`,
    );
    console.log(
      `${`${exports.large.answers} answers, one assignment`.padEnd(42)} ${ms(exports.large.totalMs)} ${ms(exports.large.firstByteMs)} ${round(
        exports.large.bytes / 1048576,
        2,
      )
        .toString()
        .padStart(
          8,
        )} ${exports.large.lines.toString().padStart(8)} ${`${round(exports.large.peakRssMb)} MB`.padStart(9)}  the export's own share < 150 MB: +${round(exports.large.peakRssMb - exports.large.baselineRssMb)} MB over ${round(exports.large.baselineRssMb)} MB before`,
    );

    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, serverNode: nodeVersion },
      seconds,
      hello,
      bareRouteHandler: bareHandler,
      reader: { route: readerPath, htmlBytes: Buffer.byteLength(html), plain: reader, brotli: readerBrotli, staticNodeServer: staticResult },
      learnerState: { route: statePath, answers: questions.length, result: state },
      classOpening: { learners: classCookies.length, worstMs: Math.round(classMs), runsMs: classOpens.map(Math.round) },
      saves: { paced, pacedMany, flat, twoInstancesBehindNginx: twoInstances, cpu: { pacedMany: savesCpu, twoInstancesBehindNginx: twoInstancesCpu } },
      behindProxy,
      exports,
      reviewByQuestion: { route: review.path, students: review.students, questions: review.questions, result: review.result },
      lighthouse,
      firstLoadJs: bundles.map((bundle) => ({
        ...bundle,
        jsGzipKb: round(bundle.jsGzipKb),
        htmlKb: round(bundle.htmlKb),
        htmlGzipKb: round(bundle.htmlGzipKb),
      })),
    };
    const dir = path.join(ROOT, "bench-results");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `${report.date.replace(/[:.]/g, "-")}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`written ${path.relative(ROOT, file)}`);
  }
} finally {
  server?.kill("SIGTERM");
  await database.stop();
}
