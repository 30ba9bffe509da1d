import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadContent } from "@/lib/content/load";
import { ROOT } from "./lib/paths";
import { runFaults } from "./lib/proof/faults";
import { SimulatedLearner } from "./lib/proof/learner";
import { audit, canonical, Ledger, type JsonValue, type StoredRow } from "./lib/proof/ledger";
import { seededRandom } from "./lib/proof/random";
import { ensureBuild, startStack } from "./lib/proof/stack";
import { sleep } from "./lib/wait";

/**
 * `npm run proof:durability`: nothing a learner was told is saved is lost, whatever crashes.
 *
 * Starts a fresh embedded PostgreSQL and the production server (building first if there is no
 * build), then N simulated learners type answers that the browser's own autosave engine
 * (lib/autosave/answers.ts, driven in Node by ./lib/proof/node-deps.ts) sends to POST /api/answers.
 * Meanwhile (./lib/proof/faults.ts) part of the class loses its network for 60 s, the app server
 * is killed -9 and restarted twice, and PostgreSQL is restarted after a fast and after an
 * immediate stop. Typing stops, every learner's engine must report all saved before a deadline,
 * and the books (./lib/proof/ledger.ts) are checked against the Answer table. Exits 1 if anything
 * acknowledged is lost, if a fault did not happen, or if an answer never got saved.
 *
 * Flags: --learners N (200; CI uses 40), --questions N per learner (3), --edit-every S (mean
 * seconds between two edits of one learner, 3), --gap S between faults (10), --offline S
 * (60), --offline-every K (every K-th learner loses the network, 5), --pg-down S (3),
 * --settle S (deadline for all saved, 150), --seed N, --no-build / --build.
 */

const { values: flags } = parseArgs({
  options: {
    learners: { type: "string", default: "200" },
    questions: { type: "string", default: "3" },
    "edit-every": { type: "string", default: "3" },
    gap: { type: "string", default: "10" },
    offline: { type: "string", default: "60" },
    "offline-every": { type: "string", default: "5" },
    "pg-down": { type: "string", default: "3" },
    settle: { type: "string", default: "150" },
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
    build: { type: "boolean" },
    "no-build": { type: "boolean" },
  },
  strict: true,
});
const number = (name: keyof typeof flags) => {
  const value = Number(flags[name]);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
};
const log = (line: string) => console.log(`[durability] ${line}`);

await ensureBuild(flags["no-build"] ? "never" : flags.build ? "always" : "if-missing", log);
const content = await loadContent(path.join(ROOT, "content"));
// Every simulated learner is a guest from 127.0.0.1: the per-address limit would stop a class of 200.
const stack = await startStack(log, { GUEST_SESSIONS_PER_MINUTE: "1000000" });
const random = seededRandom(number("seed"));
const ledger = new Ledger();
const learners = Array.from({ length: number("learners") }, (_, index) => {
  const article = content.articles[index % content.articles.length]!;
  const questions = content.questionSets[article.slug]!.questions.filter((question) => question.type === "open").slice(0, number("questions"));
  return new SimulatedLearner(
    index,
    stack.app.url,
    article.slug,
    questions.map((question) => question.key),
    ledger,
  );
});

let exitCode = 1;
try {
  log(`${learners.length} learners typing (seed ${flags.seed})`);
  learners.forEach((learner) => learner.startTyping(number("edit-every") * 1000, random));
  const faults = await runFaults(
    { app: stack.app, cluster: stack.cluster, learners },
    {
      warmupMs: number("gap") * 1000,
      gapMs: number("gap") * 1000,
      offlineMs: number("offline") * 1000,
      offlineEvery: number("offline-every"),
      pgDownMs: number("pg-down") * 1000,
    },
    log,
  );
  await sleep(number("gap") * 1000);
  learners.forEach((learner) => learner.stopTyping());
  log("typing stopped; waiting for every answer to be saved");
  const deadline = Date.now() + number("settle") * 1000;
  while (Date.now() < deadline && !learners.every((learner) => learner.allSaved())) await sleep(500);
  const unsettled = learners.flatMap((learner) => learner.unsettled().map((answer) => ({ learner: learner.index, ...answer })));

  const result = audit(
    ledger.all(),
    await readStored(
      stack.databaseUrl,
      ledger.all().map((ack) => ack.attemptId),
    ),
  );
  const lastTypedAcked = learners.flatMap((learner) =>
    learner.lastTyped().map((typed) => canonical(typed.value as JsonValue) === canonical(ledger.newestOf(learner.index, typed.question)?.value ?? null)),
  );
  const outcomes = new Map<string, number>();
  learners.forEach((learner) => learner.network.outcomes.forEach((count, outcome) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + count)));

  console.log(`
Durability proof: ${learners.length} learners × ${number("questions")} answers, seed ${flags.seed}
faults: app server killed -9 ×${faults.appKills} (and restarted), PostgreSQL restarted ×${faults.pgRestarts.length} (${faults.pgRestarts.join(", ")}), network cut for ${faults.offlineLearners} learners × ${number("offline")} s
requests sent by the learners' autosave: ${[...outcomes]
    .sort()
    .map(([outcome, count]) => `${outcome} ×${count}`)
    .join(", ")}
"acknowledged" = the server answered 2xx {"ok": true} to a save, after which the browser drops its local copy;
the newest acknowledged text of each answer must be what PostgreSQL holds.
  acknowledged ${String(result.acknowledged).padStart(6)}  answers with an acknowledged save (${ledger.responses} acknowledgements in all)
  stored       ${String(result.stored).padStart(6)}  PostgreSQL holds the newest acknowledged text
  lost         ${String(result.lost.length).padStart(6)}  acknowledged but missing, older, or different in PostgreSQL
  ahead        ${String(result.ahead).padStart(6)}  stored newer than acknowledged (a 2xx that never arrived; not a loss)
  last text typed = newest acknowledged: ${lastTypedAcked.filter(Boolean).length}/${lastTypedAcked.length}; not saved by the deadline: ${unsettled.length}`);
  for (const loss of result.lost.slice(0, 10))
    console.log(
      `  LOST learner ${loss.learner} ${loss.question}: acknowledged r${loss.acked.revision}, stored ${loss.stored ? `r${loss.stored.revision}` : "nothing"}`,
    );
  for (const answer of unsettled.slice(0, 10)) console.log(`  NOT SAVED learner ${answer.learner} ${answer.question}: ${answer.state}`);

  const problems = [
    result.lost.length > 0 && `${result.lost.length} acknowledged answer(s) lost`,
    faults.appKills === 0 && "the app server was never killed",
    faults.pgRestarts.length === 0 && "PostgreSQL was never restarted",
    unsettled.length > 0 && `${unsettled.length} answer(s) not saved by the deadline (server log: ${stack.app.logFile})`,
    lastTypedAcked.includes(false) && "a last typed text was never acknowledged",
    // While PostgreSQL is down a save is answered 503 DATABASE_UNAVAILABLE; a 500 is an error the server did not recognise.
    (outcomes.get("500") ?? 0) > 0 && `${outcomes.get("500")} save(s) answered 500, not 503, while PostgreSQL was down (server log: ${stack.app.logFile})`,
  ].filter(Boolean);
  console.log(problems.length ? `✗ ${problems.join("; ")}` : "✓ nothing acknowledged was lost");
  exitCode = problems.length ? 1 : 0;
} finally {
  learners.forEach((learner) => learner.dispose());
  await stack.close({ keepLog: exitCode !== 0 });
}
process.exit(exitCode);

async function readStored(url: string, attemptIds: string[]): Promise<StoredRow[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<StoredRow>(
      `SELECT a."attemptId", q."key" AS "question", a."revision", a."value"
         FROM "Answer" a JOIN "Question" q ON q."id" = a."questionId"
        WHERE a."attemptId" = ANY($1)`,
      [[...new Set(attemptIds)]],
    );
    return rows;
  } finally {
    await client.end();
  }
}
