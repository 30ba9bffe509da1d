import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, checksumOf, readMigrations, type Migration } from "@/scripts/lib/migrations";
import { MIGRATIONS_DIR } from "@/scripts/lib/paths";
import { freshDatabase } from "../support/databases";

/** The applier against a real PostgreSQL: Prisma's bookkeeping, transactions, the advisory lock. */

let url: string;
let client: pg.Client;

beforeEach(async () => {
  url = await freshDatabase("migrations");
  client = new pg.Client({ connectionString: url });
  await client.connect();
});
afterEach(async () => {
  await client.end();
});

const migration = (name: string, sql: string): Migration => ({ name, sql, checksum: checksumOf(sql) });

describe("applyMigrations", () => {
  it("records each migration in _prisma_migrations exactly as Prisma Migrate does", async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    expect(await applyMigrations(client, migrations)).toEqual(migrations.map((m) => m.name));

    const columns = await client.query<{ column_name: string; data_type: string; is_nullable: string }>(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.rows).toEqual([
      { column_name: "id", data_type: "character varying", is_nullable: "NO" },
      { column_name: "checksum", data_type: "character varying", is_nullable: "NO" },
      { column_name: "finished_at", data_type: "timestamp with time zone", is_nullable: "YES" },
      { column_name: "migration_name", data_type: "character varying", is_nullable: "NO" },
      { column_name: "logs", data_type: "text", is_nullable: "YES" },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", is_nullable: "YES" },
      { column_name: "started_at", data_type: "timestamp with time zone", is_nullable: "NO" },
      { column_name: "applied_steps_count", data_type: "integer", is_nullable: "NO" },
    ]);
    const { rows } = await client.query(`SELECT * FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(migrations.length);
    for (const [index, row] of rows.entries()) {
      expect(row).toMatchObject({
        migration_name: migrations[index]?.name,
        checksum: migrations[index]?.checksum,
        applied_steps_count: 1,
        logs: null,
        rolled_back_at: null,
      });
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it("applies nothing the second time", async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    await applyMigrations(client, migrations);
    expect(await applyMigrations(client, migrations)).toEqual([]);
  });

  it("rolls a failing migration back whole and records why", async () => {
    const broken = migration("20990101000000_broken", 'CREATE TABLE "half" ("id" INTEGER); SELECT * FROM "no_such_table";');
    await expect(applyMigrations(client, [broken])).rejects.toThrow(/20990101000000_broken.*rolled back.*no_such_table/);
    const half = await client.query(`SELECT to_regclass('public.half') AS table`);
    expect(half.rows[0].table).toBeNull();
    const { rows } = await client.query(`SELECT finished_at, rolled_back_at, logs FROM "_prisma_migrations"`);
    expect(rows[0]).toMatchObject({ finished_at: null, logs: expect.stringMatching(/no_such_table/) });
    expect(rows[0].rolled_back_at).toBeInstanceOf(Date);
  });

  it("refuses to go on after an interrupted migration", async () => {
    const first = migration("20990101000000_first", "SELECT 1;");
    await applyMigrations(client, [first]);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = NULL`);
    await expect(applyMigrations(client, [first])).rejects.toThrow(/started but never finished/);
  });

  it("refuses an applied migration whose file was edited", async () => {
    await applyMigrations(client, [migration("20990101000000_first", "SELECT 1;")]);
    await expect(applyMigrations(client, [migration("20990101000000_first", "SELECT 2;")])).rejects.toThrow(/edited after it was applied/);
  });

  it("lets two instances starting together apply each migration once", async () => {
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      const migrations = [migration("20990101000000_slow", "SELECT pg_sleep(0.3); CREATE TABLE slow (id INTEGER);")];
      const [a, b] = await Promise.all([applyMigrations(client, migrations), applyMigrations(other, migrations)]);
      expect([...a, ...b]).toEqual(["20990101000000_slow"]);
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
      expect(rows[0].n).toBe(1);
    } finally {
      await other.end();
    }
  });
});
