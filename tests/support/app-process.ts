import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "@playwright/test";

/** The app started as a user starts it (`npm run dev` or `npm start`), for specs that need their own server. */
export type App = { process: ChildProcess; output: string[]; url: string };

export async function startApp(options: {
  mode: "dev" | "start";
  databaseUrl: string;
  port: number;
  timeoutMs?: number;
  env?: Record<string, string>;
  /** `npm start`'s own default (every interface) when false; 127.0.0.1 otherwise. */
  loopbackOnly?: boolean;
}): Promise<App> {
  const output: string[] = [];
  const script = options.mode === "dev" ? "scripts/dev.ts" : "scripts/start.ts";
  // `npm run dev` is started as a user types it, with no --hostname: Next.js then listens on every
  // interface and trusts only "localhost" unless allowedDevOrigins says otherwise.
  const hostname = options.mode === "dev" || options.loopbackOnly === false ? [] : ["--hostname", "127.0.0.1"];
  // As package.json runs them: Node.js with tsx's loader (the tsx command would SIGKILL a child that
  // is slow to acknowledge a stop signal, orphaning the server it started).
  const child = spawn(process.execPath, ["--import", "tsx", script, "--port", String(options.port), ...hostname], {
    env: { ...process.env, ...options.env, DATABASE_URL: options.databaseUrl, BETTER_AUTH_SECRET: "app-process-secret-0123456789abcdef" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  await expect
    .poll(
      async () =>
        fetch(`${url}/fr`).then(
          (response) => response.status,
          () => 0,
        ),
      { timeout: options.timeoutMs ?? 60_000 },
    )
    .toBe(200)
    .catch((error: unknown) => {
      throw new Error(`The app did not start:\n${output.join("")}`, { cause: error });
    });
  return { process: child, output, url };
}

export async function stopApp(app: App) {
  if (app.process.exitCode !== null) return;
  const exited = new Promise((resolve) => app.process.once("exit", resolve));
  app.process.kill("SIGTERM");
  await exited;
}
