import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * Debian's Chromium when it is installed (CI and this kind of machine cannot download Playwright's
 * own browser); otherwise Playwright's, as on a developer's laptop. The flags keep a sandboxed,
 * offline machine quiet: no background connections, no GPU, no /dev/shm exhaustion.
 */
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));

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
