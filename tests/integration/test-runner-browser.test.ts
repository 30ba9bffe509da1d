import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * On a machine with neither a system Chromium nor Playwright's, `npm test` used to run the first
 * tiers and then fail dozens of end-to-end tests with "Executable doesn't exist". It now tries to
 * install Playwright's Chromium, and when that fails stops before the end-to-end tier with one
 * message naming both ways to get a browser. Played for real: the system browser is looked for
 * at a missing path (RECITS_SYSTEM_CHROMIUM), Playwright looks in an empty folder
 * (PLAYWRIGHT_BROWSERS_PATH) and downloads from an address where nothing listens.
 */
describe("npm test on a machine without a browser", () => {
  let browsers: string;
  afterAll(() => rm(browsers, { recursive: true, force: true }));

  it("tries to install Playwright's Chromium, then stops before the end-to-end tier with one clear message", async () => {
    browsers = await mkdtemp(path.join(tmpdir(), "recits-no-browser-"));
    const env = {
      ...process.env,
      RECITS_SYSTEM_CHROMIUM: path.join(browsers, "no-chromium-here"),
      PLAYWRIGHT_BROWSERS_PATH: browsers,
      PLAYWRIGHT_DOWNLOAD_HOST: "http://127.0.0.1:9",
    };
    // First, that this environment really hides every browser: otherwise the runner below would
    // go on to run the whole end-to-end suite inside this test.
    const lookup = 'import("./tests/support/chromium.ts").then((m) => console.log(m.systemChromium() ?? m.playwrightChromium() ?? "none"))';
    expect(spawnSync("node_modules/.bin/tsx", ["-e", lookup], { encoding: "utf8", env }).stdout.trim()).toBe("none");

    const result = spawnSync("node_modules/.bin/tsx", ["scripts/test.ts", "e2e"], { encoding: "utf8", timeout: 120_000, env });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(1);
    expect(output).toContain("installing Playwright's (npx playwright install chromium)");
    expect(output.match(/No Chromium for the end-to-end tests/g)).toHaveLength(1);
    expect(output).toContain("apt-get install chromium");
    expect(output).toContain("npx playwright install chromium");
    // Stopped before the tier: no database, no build, no test reached Playwright.
    expect(output).not.toContain("━━ end-to-end tests");
    expect(output).not.toContain("━━ test database");
    expect(output).not.toContain("Executable doesn't exist");
  }, 150_000);
});
