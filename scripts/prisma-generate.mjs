// Runs `prisma generate` after install. Prisma 7 fetches its schema engine before generating, which
// fails offline; generation itself does not run the engine, so any existing file satisfies it.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(result.status ?? 1);
