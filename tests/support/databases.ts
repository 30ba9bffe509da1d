import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/** The run's shared test database (migrated, content loaded). */
export const testDatabaseUrl = () => inject("databaseUrl");

/** An empty database on the same server, for tests that migrate or break a schema of their own. */
export async function freshDatabase(prefix: string): Promise<string> {
  const url = new URL(testDatabaseUrl());
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}
