import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { loadContent } from "@/lib/content/load";
import { syncContent, type SyncReport } from "@/lib/content/sync";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { applyMigrations, readMigrations } from "./migrations";
import { CONTENT_DIR, DATA_DIR, MIGRATIONS_DIR } from "./paths";
import { createPrisma } from "./prisma";

/** What `npm run dev` / `npm start` and the db:* scripts do before the app can serve. */

export const DEFAULT_EMBEDDED_PORT = 54329;

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

/** DATABASE_URL when set; otherwise the embedded PostgreSQL kept in .data/postgres. */
export async function connectDatabase(log: (line: string) => void): Promise<Database> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) {
    log(`Using the PostgreSQL at DATABASE_URL (${redact(external)}).`);
    return { url: external, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  log(`DATABASE_URL is not set: starting the embedded PostgreSQL on port ${port} (data in .data/postgres).`);
  const running: RunningPostgres = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    port,
    log: (line) => process.env.DEBUG_PG && log(`[postgres] ${line}`),
  });
  return { url: running.url, embedded: true, stop: running.stop };
}

export const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");

export async function migrate(url: string, log: (line: string) => void = () => {}): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await applyMigrations(client, await readMigrations(MIGRATIONS_DIR), log);
  } finally {
    await client.end();
  }
}

/** Validates content/ (throws ContentError listing every problem) and syncs it into the database. */
export async function loadContentInto(url: string, contentDir = CONTENT_DIR): Promise<SyncReport> {
  const content = await loadContent(contentDir);
  const prisma = createPrisma(url);
  try {
    return await syncContent(prisma, content);
  } finally {
    await prisma.$disconnect();
  }
}

/** BETTER_AUTH_SECRET when set; otherwise one generated once and kept in .data, so sessions survive restarts. */
export async function ensureAuthSecret(): Promise<string> {
  const given = process.env.BETTER_AUTH_SECRET?.trim();
  if (given) return given;
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
