import type { TestProject } from "vitest/node";
import { loadContentInto, migrate } from "@/scripts/lib/database";
import { findFreePort, makeTempDataDir, startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { assertLocalDatabase } from "./local-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One database per run: the one `npm test` started (TEST_DATABASE_URL), or a fresh embedded
 * PostgreSQL when the integration tests run on their own. Migrated and loaded with content.
 */
export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const running = await startEmbeddedPostgres({ dataDir: await makeTempDataDir(), port: await findFreePort(), ephemeral: true });
    url = running.url;
    stop = running.stop;
    await migrate(url);
    await loadContentInto(url);
  }
  assertLocalDatabase(url);
  project.provide("databaseUrl", url);
  return stop;
}
