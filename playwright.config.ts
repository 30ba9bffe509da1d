import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/support/chromium";

/**
 * End-to-end tests against the production build served by Next.js's own server (`next start`, as `npm start` runs it) in real Chromium, on the test
 * database that `npm test` started (E2E_DATABASE_URL). Run them through `npm test` (or
 * `npm test -- e2e`), which builds, starts PostgreSQL and sets these variables.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests with "npm test -- e2e".');

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } }, testIgnore: /phone\.spec/ },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /phone\.spec/ },
  ],
  webServer: {
    command: `node_modules/.bin/next start --port ${port} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${port}/fr`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-secret-0123456789abcdef0123456789",
      LOG_LEVEL: "warn",
      // Every test is a new guest from 127.0.0.1; the per-address limit has its own integration test.
      GUEST_SESSIONS_PER_MINUTE: "10000",
      // A lower ceiling of failed sign-ins per address than production's, so that the test reaching it stays short.
      SIGN_INS_PER_MINUTE: "40",
    },
  },
});
