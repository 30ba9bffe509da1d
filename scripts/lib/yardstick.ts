import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { run } from "./command";
import { findFreePort } from "./embedded-postgres";
import { bin, NEXT_CLI, ROOT } from "./paths";
import { waitForUrl } from "./wait";

/**
 * The benchmark's yardstick: a bare Next.js app (bench/yardstick, one hello-world page), built
 * and served by the same Next.js as the app (`next start`), outside the app's route tree. Its
 * figures are what `npm run bench` divides the app's by, so that a slower machine moves both.
 */

const DIR = path.join(ROOT, "bench", "yardstick");

/** Builds it if asked (or never built), and serves it with `next start` on the given Node.js binary. */
export async function startYardstick(options: { build: boolean; node: string }): Promise<{ url: string; stop: () => void }> {
  if (options.build || !existsSync(path.join(DIR, ".next", "BUILD_ID"))) await run(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" }, DIR);
  const port = await findFreePort();
  const child = spawn(options.node, [NEXT_CLI, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: DIR,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitForUrl(url);
  return { url, stop: () => child.kill("SIGTERM") };
}
