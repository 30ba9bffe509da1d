import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client for scripts and tests (the app's own lives in lib/db.ts). */
export const createPrisma = (url: string) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
