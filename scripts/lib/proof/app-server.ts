import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync } from "node:fs";
import { bin, ROOT } from "../paths";
import { waitForUrl } from "../wait";

/**
 * The production server (`next start`, as `npm start` runs it) as a process the proofs can kill -9 and
 * start again on the same port and database, its output appended to one log file.
 */
export type AppServer = {
  url: string;
  /** Its BETTER_AUTH_SECRET, the key of what it stores keyed (a recovery code's hash: lib/auth/recovery-code-format.ts). */
  secret: string;
  logFile: string;
  /** SIGKILL to the server's whole process group (and any process it starts): no shutdown hook runs. */
  kill9: () => Promise<void>;
  /** Starts it again and waits until it answers. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
};

export type AppServerOptions = { databaseUrl: string; port: number; logFile: string; env?: Record<string, string> };

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const log = openSync(options.logFile, "a");
  // One secret for every start: sessions given before a kill must still be valid after it.
  const secret = randomBytes(24).toString("hex");
  let child: ChildProcess | undefined;

  const start = async () => {
    child = spawn(bin("next"), ["start", "--port", String(options.port), "--hostname", "127.0.0.1"], {
      cwd: ROOT,
      // Its own process group, so that a kill reaches the Node process tsx starts as well.
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        DATABASE_URL: options.databaseUrl,
        BETTER_AUTH_SECRET: secret,
        LOG_LEVEL: "warn",
        ...options.env,
      },
    });
    const exited = new Promise<never>((_, reject) =>
      child!.once("exit", (code, signal) => reject(new Error(`the app server exited (${signal ?? code}) while starting; see ${options.logFile}`))),
    );
    exited.catch(() => {});
    await Promise.race([waitForUrl(`${url}/fr`, 120_000), exited]);
  };

  const signalGroup = async (signal: NodeJS.Signals) => {
    const running = child;
    if (!running?.pid || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    process.kill(-running.pid, signal);
    await exited;
  };

  await start();
  return {
    url,
    secret,
    logFile: options.logFile,
    kill9: () => signalGroup("SIGKILL"),
    restart: start,
    stop: () => signalGroup("SIGTERM"),
  };
}
