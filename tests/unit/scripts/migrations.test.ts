import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checksumOf, MigrationError, planMigrations, readMigrations, type Migration } from "@/scripts/lib/migrations";

const migration = (name: string, sql = `-- ${name}`): Migration => ({ name, sql, checksum: checksumOf(sql) });
const row = (m: Migration, overrides: Partial<{ finished_at: Date | null; rolled_back_at: Date | null; checksum: string }> = {}) => ({
  id: m.name,
  migration_name: m.name,
  checksum: m.checksum,
  finished_at: new Date(),
  rolled_back_at: null,
  ...overrides,
});

describe("checksumOf", () => {
  it("is the SHA-256 of the file, in hex, as Prisma records it", () => {
    expect(checksumOf("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("planMigrations", () => {
  const first = migration("20240101000000_init");
  const second = migration("20240201000000_more");

  it("returns every migration on an empty history", () => {
    expect(planMigrations([first, second], [])).toEqual([first, second]);
  });

  it("skips applied migrations and keeps the pending ones in order", () => {
    expect(planMigrations([first, second], [row(first)])).toEqual([second]);
  });

  it("re-applies a migration that was recorded as rolled back", () => {
    expect(planMigrations([first], [row(first, { finished_at: null, rolled_back_at: new Date() })])).toEqual([first]);
  });

  it("stops on a migration that started but never finished", () => {
    expect(() => planMigrations([first], [row(first, { finished_at: null })])).toThrow(/never finished/);
  });

  it("refuses an applied migration whose file changed", () => {
    expect(() => planMigrations([first], [row(first, { checksum: checksumOf("something else") })])).toThrow(MigrationError);
  });
});

describe("readMigrations", () => {
  it("reads folders in name order and hashes each migration.sql", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    for (const name of ["20240201000000_b", "20240101000000_a"]) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, "migration.sql"), `-- ${name}\n`);
    }
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    const read = await readMigrations(dir);
    expect(read.map((m) => m.name)).toEqual(["20240101000000_a", "20240201000000_b"]);
    expect(read[0]?.checksum).toBe(checksumOf("-- 20240101000000_a\n"));
  });

  it("names the folder that lacks a migration.sql", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
    await mkdir(path.join(dir, "20240101000000_empty"));
    await expect(readMigrations(dir)).rejects.toThrow(/20240101000000_empty.*migration\.sql/);
  });
});
