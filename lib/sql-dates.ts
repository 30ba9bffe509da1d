import { Prisma } from "@/lib/generated/prisma/client";

/**
 * PostgreSQL's to_char pattern for an ISO-8601 instant in UTC ("2026-12-05T07:30:13.053Z"): the
 * columns are timestamp(3) without time zone holding UTC, and JSON built in SQL has no Date type.
 */
export const ISO_UTC = Prisma.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);
