import { existsSync } from "node:fs";
import { chromium, type LaunchOptions } from "@playwright/test";

/**
 * Debian's Chromium when it is installed (CI and this kind of machine cannot download Playwright's
 * own browser); otherwise Playwright's, as on a developer's laptop. The flags keep a sandboxed,
 * offline machine quiet: no background connections, no GPU, no /dev/shm exhaustion.
 *
 * RECITS_SYSTEM_CHROMIUM replaces the paths where a system Chromium is looked for (read here
 * only), so the test runner's "no browser" path can be tested on a machine that has one.
 */
const SYSTEM_PATHS = process.env.RECITS_SYSTEM_CHROMIUM ? [process.env.RECITS_SYSTEM_CHROMIUM] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const systemChromium = (): string | undefined => SYSTEM_PATHS.find((path) => existsSync(path));

/** Playwright's own Chromium, if `npx playwright install chromium` has put it where Playwright looks (PLAYWRIGHT_BROWSERS_PATH). */
export function playwrightChromium(): string | undefined {
  const path = chromium.executablePath();
  return existsSync(path) ? path : undefined;
}

const SYSTEM_CHROMIUM = systemChromium();

/**
 * A school's server as its students reach it: a name that is not localhost, over plain HTTP. It
 * resolves to the loopback, so tests can open http://school.test:<port> and meet the rules browsers
 * apply to a non-secure origin (e.g. Secure cookies dropped).
 */
export const SCHOOL_HOST = "school.test";
const SCHOOL_HOST_RULE = `--host-resolver-rules=MAP ${SCHOOL_HOST} 127.0.0.1`;

const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export const chromiumLaunchOptions: LaunchOptions = SYSTEM_CHROMIUM
  ? { executablePath: SYSTEM_CHROMIUM, args: [...QUIET_FLAGS, SCHOOL_HOST_RULE] }
  : { args: [SCHOOL_HOST_RULE] };
