import { sleep } from "../wait";
import type { AppServer } from "./app-server";
import type { ProofCluster, StopMode } from "./cluster";
import type { SimulatedLearner } from "./learner";

/**
 * The faults of the durability proof, one after another while learners type: part of the class
 * loses its network for a while (as a browser sees it: requests fail, "offline", then the online
 * event), the app server is killed -9 and started again, PostgreSQL is stopped fast and then
 * immediately (a crash: recovery replays the WAL) and started again, and the app is killed once
 * more. The network cut overlaps the others.
 */

export type FaultPlan = {
  /** Typing before the first fault. */
  warmupMs: number;
  /** Quiet time between two faults, so saves get through in between. */
  gapMs: number;
  offlineMs: number;
  /** Every learner whose index is a multiple of this loses the network. */
  offlineEvery: number;
  pgDownMs: number;
};

export type FaultLog = { appKills: number; pgRestarts: StopMode[]; offlineLearners: number; events: string[] };

export async function runFaults(
  targets: { app: AppServer; cluster: ProofCluster; learners: readonly SimulatedLearner[] },
  plan: FaultPlan,
  log: (line: string) => void,
): Promise<FaultLog> {
  const started = Date.now();
  const done: FaultLog = { appKills: 0, pgRestarts: [], offlineLearners: 0, events: [] };
  const note = (event: string) => {
    const line = `t+${((Date.now() - started) / 1000).toFixed(1)}s ${event}`;
    done.events.push(line);
    log(line);
  };

  await sleep(plan.warmupMs);
  const cut = targets.learners.filter((learner) => learner.index % plan.offlineEvery === 0);
  cut.forEach((learner) => learner.cutNetwork());
  done.offlineLearners = cut.length;
  note(`network cut for ${cut.length} learners, for ${plan.offlineMs / 1000}s`);
  const restored = sleep(plan.offlineMs).then(() => {
    cut.forEach((learner) => learner.restoreNetwork());
    note(`network back for ${cut.length} learners`);
  });

  const killApp = async () => {
    await targets.app.kill9();
    done.appKills += 1;
    note("app server killed (SIGKILL)");
    await targets.app.restart();
    note("app server answering again");
  };
  const restartPostgres = async (mode: StopMode) => {
    note(`PostgreSQL stopping (${mode})`);
    await targets.cluster.restart(mode, plan.pgDownMs);
    done.pgRestarts.push(mode);
    note(`PostgreSQL started again (after the ${mode} stop)`);
  };

  await sleep(plan.gapMs / 2);
  await killApp();
  await sleep(plan.gapMs);
  await restartPostgres("fast");
  await sleep(plan.gapMs);
  await restartPostgres("immediate");
  await sleep(plan.gapMs);
  await killApp();
  await restored;
  return done;
}
