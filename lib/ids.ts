import { z } from "zod";

/**
 * A record's id as the app makes them (cuid, better-auth's ids): letters, digits, "-" and "_".
 * Anything else cannot name a row, and some of it (U+0000) PostgreSQL refuses outright: such a
 * value is invalid input, not a query that fails. Client-safe.
 */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Whether a value taken from an address (not parsed by a schema) can be an id. */
export const isId = (value: unknown): value is string => idSchema.safeParse(value).success;
