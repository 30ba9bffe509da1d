/**
 * Body limits read outside the route handlers' own (next.config.ts, proxy.ts): a server action's
 * body is read by Next.js, up to serverActions.bodySizeLimit (default 1 MB).
 */
export const ACTION_BODY_BYTES = 1024 * 1024;
