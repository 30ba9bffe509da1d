import { rm } from "node:fs/promises";
import path from "node:path";
import { findFreePort, makeTempDataDir, startEmbeddedPostgres } from "../embedded-postgres";
import { embeddedBinDir, runAsPostgres } from "../postgres-user";
import { sleep } from "../wait";

/**
 * A throw-away embedded PostgreSQL that the proofs can stop and start under the app's feet.
 * embedded-postgres starts it (initdb, user, database) and keeps it as a child process; restarts
 * go through PostgreSQL's own pg_ctl on the same data folder and port, so the cluster is the one
 * the app was connected to, and its WAL is what recovery replays after an immediate stop.
 */

/** pg_ctl's shutdown modes: "fast" rolls back open transactions and checkpoints; "immediate" is a crash (recovery on start). */
export type StopMode = "fast" | "immediate";

export type ProofCluster = {
  url: string;
  /** Stops in `mode`: until `resume`, the app gets refused connections. */
  halt: (mode: StopMode) => Promise<void>;
  /** Starts it again, on the same data folder and port. */
  resume: () => Promise<void>;
  /** Stops in `mode`, stays down `downMs`, starts again. */
  restart: (mode: StopMode, downMs: number) => Promise<void>;
  stop: () => Promise<void>;
};

export async function startProofCluster(): Promise<ProofCluster> {
  const dataDir = await makeTempDataDir("recits-proof-");
  const port = await findFreePort();
  // Never stopped through embedded-postgres: its stop() waits for an exit event that a pg_ctl
  // restart has already consumed. pg_ctl stops whichever postmaster holds the data folder.
  const running = await startEmbeddedPostgres({ dataDir, port });
  const pgCtl = path.join(await embeddedBinDir(), "pg_ctl");
  const ctl = (...args: string[]) => runAsPostgres(pgCtl, ["-D", dataDir, "-w", "-t", "120", ...args]);
  let up = true;

  const start = async () => {
    // Same flags as embedded-postgres's own start; the log stays in the data folder, which the
    // "postgres" user owns.
    await ctl("-o", `-p ${port}`, "-l", path.join(dataDir, "proof-restart.log"), "start");
    up = true;
  };

  const halt = async (mode: StopMode) => {
    await ctl("-m", mode, "stop");
    up = false;
  };

  return {
    url: running.url,
    halt,
    resume: start,
    async restart(mode, downMs) {
      await halt(mode);
      await sleep(downMs);
      await start();
    },
    async stop() {
      if (up) await ctl("-m", "fast", "stop");
      up = false;
      await rm(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}
