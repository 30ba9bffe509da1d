// Runs `prisma generate` after install. Prisma 7 fetches its schema engine before generating, which
// fails offline; generation itself does not run the engine, so any existing file satisfies it.
import { spawnSync } from "node:child_process";
import { delimiter, resolve } from "node:path";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
// npm puts node_modules/.bin on PATH for its scripts; run by hand, this finds the same prisma.
env.PATH = `${resolve("node_modules", ".bin")}${delimiter}${env.PATH ?? ""}`;
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
