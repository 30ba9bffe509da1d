import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort, makeTempDataDir, PortInUseError, startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { DataDirUnreachableError, embeddedPostgresModule, embeddedServerBinary, isRoot, POSTGRES_USER, prepareDataDir } from "@/scripts/lib/postgres-user";

/** The set-up problems a newcomer (or CI, running as root) meets before the embedded database starts. */

const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()!();
});

describe("embedded PostgreSQL start-up", () => {
  it("names the taken port and the ways out instead of failing obscurely", async () => {
    const port = await findFreePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    cleanup.push(() => new Promise((resolve) => blocker.close(resolve)));

    const started = startEmbeddedPostgres({ dataDir: await makeTempDataDir(), port, ephemeral: true });
    await expect(started).rejects.toBeInstanceOf(PortInUseError);
    await expect(started).rejects.toThrow(new RegExp(`Port ${port} .*EMBEDDED_PG_PORT.*DATABASE_URL`));
  });

  describe.runIf(isRoot())("as root, where PostgreSQL runs as the postgres user", () => {
    const runsAsPostgres = (...args: string[]) => spawnSync("runuser", ["-u", POSTGRES_USER, "--", ...args]).status === 0;

    it("loads binaries the postgres user can execute, wherever the checkout is", async () => {
      const entry = fileURLToPath(await embeddedPostgresModule());
      const modules = path.resolve(path.dirname(entry), "../..");
      expect(runsAsPostgres(embeddedServerBinary(modules), "--version")).toBe(true);
    });

    it("refuses a data folder behind a private parent with a clear message", async () => {
      const parent = await mkdtemp(path.join(tmpdir(), "recits-private-")); // mode 700, like /root
      cleanup.push(() => rm(parent, { recursive: true, force: true }));
      await expect(prepareDataDir(path.join(parent, "data", "postgres"))).rejects.toBeInstanceOf(DataDirUnreachableError);
    });

    it("gives a reachable data folder to the postgres user", async () => {
      const dataDir = await makeTempDataDir();
      cleanup.push(() => rm(path.dirname(dataDir), { recursive: true, force: true }));
      await prepareDataDir(dataDir);
      expect(runsAsPostgres("test", "-w", dataDir)).toBe(true);
    });
  });
});
