import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";

/**
 * A small applier for prisma/migrations that keeps Prisma Migrate's own bookkeeping, so that
 * `prisma migrate deploy` on a connected machine sees the same migrations as applied. Prisma's
 * schema engine cannot be downloaded here, hence this module.
 */

export type Migration = { name: string; sql: string; checksum: string };

export type MigrationLog = (message: string) => void;

/** Prisma Migrate takes this same advisory lock, so our applier and Prisma never migrate at once. */
export const MIGRATION_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  override name = "MigrationError";
}

export const checksumOf = (sql: string) => createHash("sha256").update(sql, "utf8").digest("hex");

/** Migration folders in name order (Prisma's timestamp prefixes make that chronological). */
export async function readMigrations(dir: string): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      const sql = await readFile(file, "utf8").catch(() => {
        throw new MigrationError(`${file} is missing: every migration folder needs a migration.sql.`);
      });
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type Row = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

/** Refuses to go on when the recorded history and the files disagree, as Prisma does. */
export function planMigrations(migrations: Migration[], rows: Row[]): Migration[] {
  const live = rows.filter((row) => row.rolled_back_at === null);
  const unfinished = live.find((row) => row.finished_at === null);
  if (unfinished) {
    throw new MigrationError(
      `Migration "${unfinished.migration_name}" started but never finished (a failed or interrupted run). ` +
        "Inspect the database, then mark it rolled back (prisma migrate resolve --rolled-back) or applied " +
        "before migrating again.",
    );
  }
  const applied = new Map(live.map((row) => [row.migration_name, row]));
  for (const migration of migrations) {
    const row = applied.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration "${migration.name}" was edited after it was applied (checksum mismatch). ` +
          "Applied migrations must not change: add a new migration instead.",
      );
    }
  }
  return migrations.filter((migration) => !applied.has(migration.name));
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock. A migration that
 * fails is rolled back with its transaction and recorded as such (logs + rolled_back_at).
 */
export async function applyMigrations(client: pg.Client, migrations: Migration[], log: MigrationLog = () => {}): Promise<string[]> {
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<Row>(
      `SELECT "id", "checksum", "migration_name", "finished_at", "rolled_back_at"
         FROM "_prisma_migrations" ORDER BY "started_at"`,
    );
    const pending = planMigrations(migrations, rows);
    for (const migration of pending) {
      await applyOne(client, migration);
      log(`applied ${migration.name}`);
    }
    return pending.map((migration) => migration.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  await client.query(
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count")
     VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    await client.query(`UPDATE "_prisma_migrations" SET "logs" = $2, "rolled_back_at" = now() WHERE "id" = $1`, [id, reason]);
    throw new MigrationError(`Migration "${migration.name}" failed and was rolled back: ${reason}`);
  }
}
