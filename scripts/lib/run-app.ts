import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { ContentError } from "@/lib/content/issues";
import { addressLines } from "./addresses";
import { connectDatabase, ensureAuthSecret, loadContentInto, migrate, type Database } from "./database";
import { PortInUseError } from "./embedded-postgres";
import { MigrationError } from "./migrations";
import { bin, ROOT } from "./paths";
import { DataDirUnreachableError } from "./postgres-user";

const log = (line: string) => console.log(`[recits] ${line}`);

/** The value after one of these flags on the command line (`--port 4000` or `--port=4000`). */
function argValue(flags: readonly string[]): string | undefined {
  const args = process.argv.slice(2);
  for (const [index, arg] of args.entries()) {
    if (flags.includes(arg)) return args[index + 1];
    const [flag, value] = arg.split("=", 2);
    if (value !== undefined && flags.includes(flag!)) return value;
  }
  return undefined;
}

/** Problems a newcomer can fix get one clear message and exit code 1, not a stack trace. */
function explain(error: unknown): string | null {
  if (error instanceof PortInUseError || error instanceof DataDirUnreachableError || error instanceof MigrationError) return error.message;
  if (error instanceof ContentError) return `content/ has errors (run "npm run content:check"):\n${error.message}`;
  return null;
}

async function prepare(): Promise<Database> {
  const database = await connectDatabase(log);
  try {
    const applied = await migrate(database.url, (line) => log(`migration ${line}`));
    log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
    const report = await loadContentInto(database.url);
    log(`Content loaded: ${report.articles} articles, ${report.questions} questions.`);
    return database;
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/**
 * `npm run dev` and `npm start`: database (embedded unless DATABASE_URL is set) → migrations →
 * content → Next.js. Stops the embedded database when Next.js exits.
 */
export async function runApp(mode: "dev" | "start"): Promise<void> {
  if (mode === "start" && !existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.error('No production build found: run "npm run build" first.');
    process.exit(1);
  }
  let database: Database;
  try {
    database = await prepare();
  } catch (error) {
    const message = explain(error);
    if (!message) throw error;
    console.error(message);
    process.exit(1);
  }
  const secret = await ensureAuthSecret();
  for (const line of addressLines(argValue(["-H", "--hostname"]) ?? "0.0.0.0", argValue(["-p", "--port"]) ?? process.env.PORT ?? 3000)) log(line.trim());
  // Next.js's own server, `next dev` or `next start`, with the flags given to npm (-p, -H).
  const child = spawn(bin("next"), [mode, ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: "inherit",
    // Telemetry off: a school's server should not phone home.
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: database.url, BETTER_AUTH_SECRET: secret },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => {
    void database.stop().finally(() => process.exit(code ?? (signal ? 1 : 0)));
  });
}
