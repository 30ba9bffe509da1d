import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadContent } from "@/lib/content/load";
import { makeContext } from "./lib/fuzz/context";
import { checkPagesBack, checkWhileDown, waitUntilBack, type DownCheck } from "./lib/fuzz/database-down";
import { sendOversized, type OversizedResult, type OversizedTarget } from "./lib/fuzz/oversized";
import { ENDPOINTS } from "./lib/fuzz/registry";
import { checkLimits, type LimitCheck } from "./lib/fuzz/limits";
import { fuzzEndpoint, type Tally } from "./lib/fuzz/runner";
import { ROOT } from "./lib/paths";
import { ensureBuild, startStack } from "./lib/proof/stack";

/**
 * `npm run proof:fuzz`: no bad input gets a 5xx, a refusal says why in the learner's language,
 * and a refused request stores nothing.
 *
 * Starts the production server on a fresh embedded PostgreSQL (building first if there is no
 * build), makes two learners through the app and two teachers with a class each, then sends every endpoint of the registry
 * (scripts/lib/fuzz/registry.ts) the invalid requests fast-check generates for it — about 7,700
 * at the full size: wrong types, missing and extra fields, huge and deeply nested JSON, invalid UTF-8
 * and unicode edge cases, wrong ids, another learner's ids, replayed save ids, wrong content
 * types and methods, forged cookies, bodies over the limit — and checks each answer
 * (scripts/lib/fuzz/runner.ts):
 *   - never 5xx;
 *   - a refusal (4xx) from our own endpoints is JSON with a code of lib/errors.ts, that code's
 *     status, and the catalogue's message in the request's language; a server action refuses
 *     with `{ ok: false, code }` in its payload (or an `?error=CODE` redirect), a code both
 *     catalogues have; a form posted without JavaScript gets its page again, or the not-found
 *     page; better-auth's own endpoints answer with their own codes, and a JSON body is all that
 *     is asked of them;
 *   - no row of the tables the endpoint could write changes when a request is refused (nor at
 *     all for a read-only endpoint): every row is fingerprinted before and after each request.
 * Then a 10 MB body, declared and chunked, must get 413 before it is read, and a closed connection;
 * and the limits on joining and signing in must hold against a script (scripts/lib/fuzz/limits.ts):
 * a burst of guessed class codes is turned away and makes no account, a burst of wrong passwords
 * on one account is checked only as far as its free tries, and a classmate behind the same
 * address still signs in with her right password.
 * Before all that, PostgreSQL is stopped (scripts/lib/fuzz/database-down.ts): every endpoint's
 * valid request, every form posted without JavaScript and every page that reads the database must
 * say the database is unavailable (503, the localised message), never 500; PostgreSQL then starts
 * again, the pages must work again, and each endpoint's valid request, sent first, must be accepted.
 * Exits 1 on any failure, with the smallest failing request fast-check could shrink it to.
 *
 * Registering a new route handler or server action: add an `Endpoint` (scripts/lib/fuzz/endpoint.ts)
 * to ENDPOINTS, beside scripts/lib/fuzz/endpoints/*.ts:
 *   - `valid(ctx)`: one request it accepts (a teacher's or student's session can be made in
 *     FuzzContext like `me` and `other` are);
 *   - `invalid(ctx)`: for a JSON handler, `jsonBodyAttacks(path, validBody, { cookie, method,
 *     maxBytes })`, plus its own wrong ids (another class's, another teacher's); for a server
 *     action, `actionAttacks(target, refusedArgument)` with its id from `ctx.actionIds`, and an
 *     argument the action must refuse; a form's action is one more entry of SPECS in
 *     scripts/lib/fuzz/endpoints/form-actions.ts;
 *   - `writes`: the tables it could write (e.g. ["Class", "Enrolment"]), `readOnly` for a GET;
 *   - `runs`: how many generated requests.
 *
 * Flags: --scale F (multiplies every endpoint's runs; 1 by default, ≥ 5,000 requests in all),
 * --seed N (replays a run), --only TEXT (the endpoints whose name contains it; repeatable),
 * --no-build / --build.
 */

const { values: flags } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
    build: { type: "boolean" },
    "no-build": { type: "boolean" },
    only: { type: "string", multiple: true },
  },
  strict: true,
});
const log = (line: string) => console.log(`[fuzz] ${line}`);
const seed = Number(flags.seed);

await ensureBuild(flags["no-build"] ? "never" : flags.build ? "always" : "if-missing", log);
const content = await loadContent(path.join(ROOT, "content"));
// Each generated client speaks for an address of its own through X-Forwarded-For, as the reverse
// proxy in front of the app writes it (docs/deploy.md).
const stack = await startStack(log);
const connect = async () => {
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  return client;
};
let db = await connect();
let failed = true;
try {
  const ctx = await makeContext(stack.app.url, content, db, stack.app.secret);
  const tallies: Tally[] = [];
  const only = flags.only;
  const endpoints = only ? ENDPOINTS.filter((endpoint) => only.some((text) => endpoint.name.includes(text))) : ENDPOINTS;

  // First with PostgreSQL stopped (the requests then store nothing); each endpoint's valid request,
  // sent first below, then shows it works again.
  log("PostgreSQL stopped: every endpoint, form and page must say the database is unavailable (503), never 500");
  await db.end();
  await stack.cluster.halt("fast");
  let down: DownCheck[];
  try {
    down = await checkWhileDown(ctx, endpoints);
  } finally {
    await stack.cluster.resume();
  }
  await waitUntilBack(ctx);
  down.push(...(await checkPagesBack(ctx)));
  db = await connect();
  log("PostgreSQL started again");

  for (const endpoint of endpoints) {
    const runs = Math.max(1, Math.round(endpoint.runs * Number(flags.scale)));
    log(`${endpoint.name}: ${runs} generated requests`);
    tallies.push(await fuzzEndpoint(endpoint, ctx, db, runs, seed));
  }
  const oversized: OversizedResult[] = [];
  const targets: OversizedTarget[] = [
    { name: "POST /api/answers", path: "/api/answers", headers: { "content-type": "application/json", cookie: ctx.me.cookie } },
    {
      name: "submit action",
      path: ctx.actionPage,
      headers: { "content-type": "text/plain;charset=UTF-8", "next-action": ctx.actionIds.submitAttemptAction!, cookie: ctx.me.cookie },
      // docs/security.md; the shipped nginx configuration refuses it first (client_max_body_size).
      upstream: "Next.js reads a page request's whole body before proxy.ts runs (vercel/next.js#59519)",
    },
    { name: "POST /api/auth/sign-in/anonymous", path: "/api/auth/sign-in/anonymous", headers: { "content-type": "application/json" } },
  ];
  for (const target of targets) for (const framing of ["declared", "chunked"] as const) oversized.push(await sendOversized(stack.app.url, target, framing));
  const limits: LimitCheck[] = only ? [] : await checkLimits(stack.app.url, db, ctx.teacher.joinCode);

  const total = tallies.reduce((sum, tally) => sum + tally.sent, 0);
  const fiveHundreds = tallies.reduce(
    (sum, tally) => sum + [...tally.statuses].filter(([status]) => status >= 500).reduce((inner, [, count]) => inner + count, 0),
    0,
  );
  const nextOwn = new Map<string, number>();
  for (const tally of tallies) for (const [issue, count] of tally.nextOwn) nextOwn.set(issue, (nextOwn.get(issue) ?? 0) + count);
  const nextOwnTotal = [...nextOwn.values()].reduce((sum, count) => sum + count, 0);
  console.log(`\nBad-input proof (seed ${seed}): ${total} requests, ${fiveHundreds - nextOwnTotal} answered 5xx by the app's code`);
  console.log(`Answered 5xx by Next.js itself, before the app's code (docs/security.md): ${nextOwnTotal}`);
  for (const [issue, count] of nextOwn) console.log(`  ${count} × ${issue}`);
  console.log(`${"endpoint".padEnd(36)} ${"sent".padStart(6)} ${"refused".padStart(8)} ${"accepted".padStart(9)}  statuses`);
  for (const tally of tallies) {
    const statuses = [...tally.statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(" ");
    console.log(
      `${tally.endpoint.padEnd(36)} ${String(tally.sent).padStart(6)} ${String(tally.refused).padStart(8)} ${String(tally.accepted).padStart(9)}  ${statuses}`,
    );
  }
  console.log("(refused = a 4xx, an action's { ok: false }, or an answer's replayed save id; each left every row it could write unchanged)");
  for (const result of oversized) {
    console.log(
      `10 MB body, ${result.framing.padEnd(8)} → ${result.target}: ${result.status || "no answer"} ${result.code} after ${Math.round(result.sentBytes / 1024)} KB sent, connection ${result.closed ? "closed" : "left open"}${result.problem ? `  ✗ ${result.problem}` : ""}${result.upstream ? `  (Next.js's own: ${result.upstream})` : ""}`,
    );
  }
  for (const limit of limits) console.log(`Limit: ${limit.name} → ${limit.detail}${limit.problem ? `  ✗ ${limit.problem}` : ""}`);
  const downFailures = down.filter((check) => check.problems.length > 0);
  const answers = new Map<string, number>();
  for (const check of down) answers.set(check.answered, (answers.get(check.answered) ?? 0) + 1);
  console.log(`\nPostgreSQL stopped: ${down.length} requests and pages, ${downFailures.length} not answered as "database unavailable" (then back)`);
  console.log([...answers].map(([answered, count]) => `  ${answered} ×${count}`).join("\n"));
  for (const check of downFailures) console.log(`✗ ${check.name}: ${check.answered}: ${check.problems.join("; ")}`);
  const failures = tallies.filter((tally) => tally.failure);
  for (const tally of failures) console.log(`\n✗ ${tally.endpoint}: ${tally.failure}`);
  const problems = [
    ...failures.map((tally) => tally.endpoint),
    ...oversized.filter((result) => result.problem).map((result) => `oversized ${result.target}`),
    ...limits.filter((limit) => limit.problem).map((limit) => `limit: ${limit.name}`),
    ...downFailures.map((check) => `database down: ${check.name}`),
  ];
  if (total < 5_000 && Number(flags.scale) >= 1 && !only) problems.push(`only ${total} requests`);
  console.log(
    problems.length
      ? `\n✗ failed: ${problems.join(", ")}`
      : "\n✓ no 5xx from the app's code, every refusal explained, nothing stored by a refused request; with PostgreSQL stopped, 503 and the localised message everywhere, then back",
  );
  failed = problems.length > 0;
} finally {
  await db.end();
  await stack.close({ keepLog: failed });
}
process.exit(failed ? 1 : 0);
