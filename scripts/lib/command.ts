import { spawn } from "node:child_process";
import { ROOT } from "./paths";

/** Runs a command (from the project's root unless told) with the terminal attached; rejects on failure. */
export function run(command: string, args: readonly string[], env: Record<string, string | undefined> = {}, cwd = ROOT): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${[command, ...args].join(" ")} failed (${signal ?? `exit ${code}`})`))));
  });
}
