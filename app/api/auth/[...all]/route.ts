import { handleAuthRequest } from "@/lib/auth/handler";

/** better-auth's own endpoints (sign-in, session, sign-out). */
export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
