import pg from "pg";

type QueryArgs = Parameters<pg.Client["query"]>;

/**
 * Runs `work` and records every SQL statement any connection of this process sent meanwhile,
 * Prisma's and the hot path's alike (they share one pool): how tests hold a screen or a save to
 * its number of statements. The driver is observed, not replaced.
 */
export async function recordStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: QueryArgs) => unknown };
  const original = prototype.query;
  const statements: string[] = [];
  prototype.query = function (this: pg.Client, ...args: QueryArgs) {
    const [config] = args;
    statements.push(typeof config === "string" ? config : ((config as { text?: string }).text ?? ""));
    return original.apply(this, args);
  };
  try {
    return { result: await work(), statements };
  } finally {
    prototype.query = original;
  }
}
