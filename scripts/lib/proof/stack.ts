import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp } from "../build";
import { loadContentInto, migrate } from "../database";
import { findFreePort } from "../embedded-postgres";
import { ROOT } from "../paths";
import { startAppServer, type AppServer } from "./app-server";
import { startProofCluster, type ProofCluster } from "./cluster";

/**
 * What both proofs run against: the production build, served by the production server, on a
 * fresh embedded PostgreSQL (migrated, content loaded). Nothing of a developer's data is touched.
 */
export type Stack = {
  cluster: ProofCluster;
  app: AppServer;
  databaseUrl: string;
  /** Stops both; the server's log is kept (its path was printed) only when asked, to read a failure. */
  close: (options?: { keepLog?: boolean }) => Promise<void>;
};

/**
 * Builds when there is no build yet (or when asked); `--no-build` refuses to, for CI, where
 * `npm test` has just built.
 */
export async function ensureBuild(mode: "if-missing" | "never" | "always", log: (line: string) => void): Promise<void> {
  const built = existsSync(path.join(ROOT, ".next", "BUILD_ID"));
  if (mode === "never" && !built) throw new Error('No production build (.next): run "npm run build", or drop --no-build.');
  if (mode === "always" || !built) {
    log("building (next build)");
    await buildApp();
  }
}

export async function startStack(log: (line: string) => void, serverEnv: Record<string, string> = {}): Promise<Stack> {
  log("starting a fresh embedded PostgreSQL");
  const cluster = await startProofCluster();
  try {
    await migrate(cluster.url);
    await loadContentInto(cluster.url);
    const logDir = await mkdtemp(path.join(tmpdir(), "recits-proof-log-"));
    const logFile = path.join(logDir, "server.log");
    log(`starting the production server (log: ${logFile})`);
    const app = await startAppServer({ databaseUrl: cluster.url, port: await findFreePort(), logFile, env: serverEnv });
    return {
      cluster,
      app,
      databaseUrl: cluster.url,
      close: async ({ keepLog = false } = {}) => {
        await app.stop();
        await cluster.stop();
        if (!keepLog) await rm(logDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
