import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Local state kept out of git: the development database and the auth secret. */
export const DATA_DIR = path.join(ROOT, ".data");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
export const CONTENT_DIR = path.join(ROOT, "content");
export const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
/** Next.js's command line, to run it on a chosen Node.js binary (npm run bench --node). */
export const NEXT_CLI = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
