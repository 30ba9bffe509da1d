import { spawn } from "node:child_process";
import { playwrightChromium, systemChromium } from "@/tests/support/chromium";
import { bin, ROOT } from "./paths";

/**
 * The end-to-end tests need a Chromium (tests/support/chromium.ts picks which). On a fresh machine
 * without one, the test runner installs Playwright's itself; if that cannot be done (no network
 * to Playwright's download host), it stops before the end-to-end tier with this one message,
 * instead of dozens of failures saying "Executable doesn't exist".
 */
export const NO_BROWSER =
  "No Chromium for the end-to-end tests: neither a system Chromium (/usr/bin/chromium) nor Playwright's own is installed, " +
  "and installing Playwright's failed (it downloads from the internet). Get one, then run npm test again:\n" +
  "    Debian/Ubuntu:  sudo apt-get install chromium\n" +
  "    anywhere:       npx playwright install chromium";

export class NoBrowserError extends Error {
  override name = "NoBrowserError";
  constructor(installOutput: string) {
    const lines = installOutput.trim().split("\n");
    const reason = (lines.find((line) => /error/i.test(line)) ?? lines.at(-1) ?? "").trim();
    super(`${NO_BROWSER}${reason ? `\n(playwright install said: ${reason.slice(0, 300)})` : ""}`);
  }
}

function installPlaywrightChromium(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(bin("playwright"), ["install", "chromium"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => resolve(`${output}${error.message}`));
    child.on("exit", () => resolve(output));
  });
}

/** Resolves with the browser the tests will use; throws NoBrowserError when there is none and none could be installed. */
export async function ensureBrowser(log: (line: string) => void): Promise<string> {
  const found = systemChromium() ?? playwrightChromium();
  if (found) return found;
  log("No Chromium found: installing Playwright's (npx playwright install chromium)…");
  const output = await installPlaywrightChromium();
  const installed = playwrightChromium();
  if (!installed) throw new NoBrowserError(output);
  return installed;
}
