// Prisma CLI configuration. The app itself never reads this file: lib/env.ts owns DATABASE_URL.
// Migrations are applied by scripts/migrate.ts (Prisma's own migrate engine cannot be fetched
// offline); on a connected machine `prisma migrate deploy` sees the same folders as applied.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/recits" },
});
