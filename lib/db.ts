import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
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
 * domain (lib/answers/, lib/attempts/, lib/classes/…); `name` must be unique per text.
 */
export async function sql<Row extends object>(name: string, text: string, values: readonly unknown[]): Promise<Row[]> {
  const result = await pool().query<Row>({ name, text, values: [...values] });
  return result.rows;
}
