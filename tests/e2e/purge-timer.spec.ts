import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { findFreePort } from "@/scripts/lib/embedded-postgres";
import { startApp, stopApp, type App } from "../support/app-process";
import { startExternalPostgres, type ExternalPostgres } from "../support/external-postgres";
import { expect, test } from "./fixtures";

/**
 * The production server purges by itself (issue 22): nobody has to install a cron job for the
 * privacy page to tell the truth. Started as `npm start` starts it, with a short PURGE_EVERY, it
 * deletes an ended session (with the address and browser it recorded), a guest nobody can come back
 * as, and a spent rate-limit counter, soon after it starts and again at its interval, one log line
 * per run; and it keeps a live session. A PURGE_EVERY it cannot read stops it at start.
 */

test.describe.configure({ mode: "serial", timeout: 180_000 });

const DAY = 24 * 60 * 60 * 1000;
let database: ExternalPostgres;
let app: App;
let client: pg.Client;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await startExternalPostgres();
  app = await startApp({
    mode: "start",
    databaseUrl: database.url,
    port: await findFreePort(),
    env: { PURGE_EVERY: "2s", LOG_LEVEL: "info" },
    timeoutMs: 120_000,
  });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

test.afterAll(async () => {
  await client?.end();
  if (app) await stopApp(app);
  await database?.stop();
});

/** Inserts, in one transaction (so one run sees them all), what the purge is to delete and a live session it must keep. */
async function staleRows() {
  const id = (prefix: string) => `${prefix}-${randomBytes(6).toString("hex")}`;
  const [learner, guest, ended, live, counter] = [id("learner"), id("guest"), id("ended"), id("live"), id("counter")];
  // Times as the app writes them: UTC, without a time zone.
  const daysFromNow = (days: number) => `(now() AT TIME ZONE 'UTC') + make_interval(days => ${days})`;
  const session = (sessionId: string, userId: string, createdDays: number, expiresDays: number) =>
    client.query(
      `INSERT INTO "Session" (id, token, "userId", "expiresAt", "createdAt", "updatedAt", "lastSeenAt", "ipAddress", "userAgent")
       VALUES ($1, $1, $2, ${daysFromNow(expiresDays)}, ${daysFromNow(createdDays)}, ${daysFromNow(createdDays)}, ${daysFromNow(createdDays)}, '203.0.113.7', 'Mozilla/5.0 (test)')`,
      [sessionId, userId],
    );
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO "User" (id, name, email, "isAnonymous", "createdAt", "updatedAt") VALUES ($1, 'Élève', $1 || '@students.invalid', false, ${daysFromNow(0)}, ${daysFromNow(0)})`,
    [learner],
  );
  await client.query(
    `INSERT INTO "User" (id, name, email, "isAnonymous", "createdAt", "updatedAt") VALUES ($1, 'Anonymous', $1 || '@guest.invalid', true, ${daysFromNow(-730)}, ${daysFromNow(-730)})`,
    [guest],
  );
  await session(ended, learner, -31, -1);
  await session(live, learner, 0, 29);
  await session(id("guest-session"), guest, -730, -365);
  await client.query(`INSERT INTO "RateLimit" (id, key, count, "lastRequest") VALUES ($1, $1, 3, $2)`, [counter, Date.now() - DAY]);
  await client.query("COMMIT");
  return { learner, guest, ended, live, counter };
}

const countOf = async (sql: string, values: unknown[]) => Number((await client.query<{ n: string }>(sql, values)).rows[0]!.n);
const purgeLines = () =>
  app.output
    .join("")
    .split("\n")
    .filter((line) => line.includes('"message":"purge"'));

test("a started production server purges soon after it starts and again at its interval, one log line per run", async () => {
  const rows = await staleRows();
  await expect
    .poll(
      async () => [
        await countOf(`SELECT count(*) AS n FROM "Session" WHERE id = $1`, [rows.ended]),
        await countOf(`SELECT count(*) AS n FROM "User" WHERE id = $1`, [rows.guest]),
        await countOf(`SELECT count(*) AS n FROM "RateLimit" WHERE id = $1`, [rows.counter]),
      ],
      { timeout: 30_000 },
    )
    .toEqual([0, 0, 0]);
  expect(await countOf(`SELECT count(*) AS n FROM "Session" WHERE id = $1`, [rows.live])).toBe(1);
  expect(await countOf(`SELECT count(*) AS n FROM "User" WHERE id = $1`, [rows.learner])).toBe(1);

  // It keeps running: more rows, deleted by a later run.
  const before = purgeLines().length;
  const again = await staleRows();
  await expect.poll(async () => countOf(`SELECT count(*) AS n FROM "Session" WHERE id = $1`, [again.ended]), { timeout: 30_000 }).toBe(0);
  expect(purgeLines().length).toBeGreaterThan(before);
  // The run that found a batch: the learner's ended session and the guest's, the guest, the counter.
  const reports = purgeLines().map((line) => JSON.parse(line.trim()) as Record<string, unknown>);
  expect(reports).toContainEqual(
    expect.objectContaining({ level: "info", message: "purge", archivedClasses: 0, endedSessions: 2, inactiveGuests: 1, rateLimitCounters: 1 }),
  );
});

test("a PURGE_EVERY the server cannot read stops it at start, with a message naming it", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--port", String(await findFreePort()), "--hostname", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: database.url, BETTER_AUTH_SECRET: "purge-timer-secret-0123456789abcdef", PURGE_EVERY: "daily" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code, output.join("")).toBe(1);
  expect(output.join("")).toContain('PURGE_EVERY: a duration such as "24h", "30m" or "90s", or "off"');
});
