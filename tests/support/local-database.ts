/** Tests write and drop data: refuse any database that is not on this machine. */
export function assertLocalDatabase(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) {
    throw new Error(`Refusing to run tests against ${host}: tests only touch a local PostgreSQL.`);
  }
}
