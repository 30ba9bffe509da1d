import { getAuth } from "@/lib/auth/server";

/** better-auth's own endpoints (sign-in, session, sign-out). */
export const GET = (request: Request) => getAuth(request.headers).handler(request);
export const POST = (request: Request) => getAuth(request.headers).handler(request);
