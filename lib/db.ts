import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The database: one connection pool per process, shared by the Prisma client (everything) and by
 * `sql` (the few hot-path statements). Reused across hot reloads in development so connections
 * do not pile up.
 */
const globalForDb = globalThis as unknown as { pool?: pg.Pool; prisma?: PrismaClient };

function pool(): pg.Pool {
  globalForDb.pool ??= new pg.Pool({ connectionString: env().DATABASE_URL, max: 10 });
  return globalForDb.pool;
}

export function db(): PrismaClient {
  globalForDb.prisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return globalForDb.prisma;
}

/**
 * A named prepared statement, for the requests every learner makes every few seconds (a save, the
 * reader's own state). PostgreSQL plans a named statement once per connection: for these queries
 * that is about a tenth of the database's work per call, measured (`npm run bench`). Also for the
 * screens that are one statement by design (a teacher's class with its roster and assignments),
 * where JSON aggregation does what several Prisma queries would. Keep the statements beside their
 * domain (lib/answers/, lib/attempts/, lib/classes/…). `query` is built with Prisma.sql, which
 * numbers the placeholders; who may see what comes from the policy modules' SQL scopes
 * (lib/classes/policy.ts classesOwnedBySql…). `name` must be unique per text: a scope keeps the
 * same text for every viewer.
 */
export async function sql<Row extends object>(name: string, query: Prisma.Sql): Promise<Row[]> {
  const result = await pool().query<Row>({ name, text: query.text, values: query.values });
  return result.rows;
}

/**
 * Rows of one read-only statement, `batchSize` at a time, through a server-side cursor on a
 * connection of its own: for exports, whose result must never sit whole in memory. The caller
 * consumes the rows as they come; leaving the loop early (a client gone) closes the cursor.
 */
export async function* cursor<Row extends object>(query: Prisma.Sql, batchSize = 500): AsyncGenerator<Row[]> {
  const client = await pool().connect();
  let failed = false;
  try {
    await client.query("BEGIN READ ONLY");
    await client.query({ text: `DECLARE export_cursor NO SCROLL CURSOR FOR ${query.text}`, values: query.values });
    for (;;) {
      const { rows } = await client.query<Row>(`FETCH ${batchSize} FROM export_cursor`);
      if (rows.length > 0) yield rows;
      if (rows.length < batchSize) break;
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // A failed connection goes back broken: the pool drops it instead of reusing it.
    await client.query("ROLLBACK").catch(() => (failed = true));
    client.release(failed);
  }
}
