import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { findFreePort, makeTempDataDir, startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { prepareDataDir, runAsPostgres } from "@/scripts/lib/postgres-user";

/**
 * A second PostgreSQL, started separately from the app, to stand for "your own server" behind
 * DATABASE_URL: the system's PostgreSQL binaries when installed (Debian's postgresql package),
 * otherwise another embedded instance.
 */
export type ExternalPostgres = { url: string; kind: "system" | "embedded"; stop: () => Promise<void> };

function systemBinDir(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((name) => existsSync(path.join(base, name, "bin", "pg_ctl")))
    .sort();
  const latest = versions.at(-1);
  return latest ? path.join(base, latest, "bin") : null;
}

export async function startExternalPostgres(): Promise<ExternalPostgres> {
  const port = await findFreePort();
  const dataDir = await makeTempDataDir("recits-external-");
  const bin = systemBinDir();
  if (!bin) {
    const running = await startEmbeddedPostgres({ dataDir, port, ephemeral: true });
    return { url: running.url, kind: "embedded", stop: running.stop };
  }
  await prepareDataDir(dataDir);
  await runAsPostgres(path.join(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C"]);
  await runAsPostgres(path.join(bin, "pg_ctl"), [
    "-D",
    dataDir,
    "-o",
    `-p ${port} -k /tmp -c listen_addresses=127.0.0.1`,
    "-w",
    "-l",
    path.join(dataDir, "server.log"),
    "start",
  ]);
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE "recits_external"');
  await admin.end();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/recits_external`,
    kind: "system",
    stop: () => runAsPostgres(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"]),
  };
}
