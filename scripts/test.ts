import { randomBytes } from "node:crypto";
import { loadContentInto, migrate } from "./lib/database";
import { findFreePort, makeTempDataDir, startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { ensureBrowser } from "./lib/browser";
import { buildApp } from "./lib/build";
import { run } from "./lib/command";
import { bin } from "./lib/paths";

/**
 * `npm test`: typecheck → lint → content check → unit → integration (real PostgreSQL) → browser
 * (a Chromium for the end-to-end tests, Playwright's installed if there is none; otherwise one
 * message saying how to get one, and the run stops) → build → end-to-end (real Chromium against
 * the production server). One fresh embedded PostgreSQL serves the run,
 * whatever DATABASE_URL says, so tests never touch a developer's data.
 * `npm test -- unit integration` runs only the named steps (plus what they need); any other
 * argument goes to Playwright, e.g. `npm test -- build e2e tests/e2e/phone.spec.ts`.
 */

const STEPS = ["typecheck", "lint", "content", "unit", "integration", "build", "e2e"] as const;
type Step = (typeof STEPS)[number];

const requested = process.argv.slice(2).filter((arg): arg is Step => (STEPS as readonly string[]).includes(arg));
const steps: Step[] = requested.length > 0 ? requested : [...STEPS];
const playwrightArgs = process.argv.slice(2).filter((arg) => !(STEPS as readonly string[]).includes(arg));

const timings: Array<[string, number]> = [];
async function step(name: string, action: () => Promise<void>) {
  console.log(`\n━━ ${name}`);
  const started = Date.now();
  await action();
  timings.push([name, Date.now() - started]);
}

let database: RunningPostgres | undefined;
let failed = false;
try {
  const secret = randomBytes(24).toString("hex");
  const testDatabase = async () => {
    if (database) return database;
    await step("test database", async () => {
      database = await startEmbeddedPostgres({ dataDir: await makeTempDataDir("recits-test-"), port: await findFreePort(), ephemeral: true });
      await migrate(database.url);
      await loadContentInto(database.url);
    });
    return database!;
  };
  const env = async () => {
    const { url } = await testDatabase();
    return { TEST_DATABASE_URL: url, E2E_DATABASE_URL: url, BETTER_AUTH_SECRET: secret };
  };

  if (steps.includes("typecheck")) await step("typecheck", () => run(bin("tsc"), ["--noEmit", "-p", "."]));
  if (steps.includes("lint")) {
    await step("format", () => run(bin("prettier"), ["--check", "."]));
    await step("lint", () => run(bin("eslint"), [".", "--max-warnings=0"]));
    // Import cycles (.dependency-cruiser.cjs): type-only imports count, which eslint's import/no-cycle skips.
    await step("import cycles", () => run("npm", ["run", "--silent", "lint:cycles"]));
  }
  if (steps.includes("content")) await step("content check", () => run(bin("tsx"), ["scripts/content-check.ts"]));
  if (steps.includes("unit")) await step("unit tests", () => run(bin("vitest"), ["run", "--project", "unit"]));
  if (steps.includes("integration")) {
    const integrationEnv = await env();
    await step("integration tests", () => run(bin("vitest"), ["run", "--project", "integration"], integrationEnv));
  }
  // Before the build, so that a machine without a browser learns it without waiting for one.
  if (steps.includes("e2e")) await step("browser", async () => console.log(`Chromium: ${await ensureBrowser(console.log)}`));
  // With the standalone output the Docker image runs, which tests/e2e/standalone.spec.ts starts
  // (next start serves the same build, with a warning that it is not the standalone server).
  if (steps.includes("build")) await step("build", () => buildApp({ NEXT_OUTPUT: "standalone" }));
  if (steps.includes("e2e")) {
    const e2eEnv = { ...(await env()), E2E_PORT: String(await findFreePort()) };
    await step("end-to-end tests", () => run(bin("playwright"), ["test", ...playwrightArgs], e2eEnv));
  }
} catch (error) {
  failed = true;
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await database?.stop();
  console.log(`\n${failed ? "✗ FAILED" : "✓ all passed"} — ${timings.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)}s`).join(", ")}`);
  process.exit(failed ? 1 : 0);
}
